// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).

package handler_test

// The request bodies the HTTP tests of Book start from: each case copies
// one and changes what it checks. When a rule you add to Book refuses them,
// change them here, and every test follows.
const (
	// validBook is a valid create body: the required fields of Book.
	validBook = `{"isbn":"9781111111111","title":"sample","catalogId":"0190a7e0-0000-7000-8000-000000000001"}`
)
