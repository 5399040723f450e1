// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).

package handler_test

// The request bodies the HTTP tests of Person start from: each case copies
// one and changes what it checks. When a rule you add to Person refuses them,
// change them here, and every test follows.
const (
	// validPerson is a valid create body: the required fields of Person.
	validPerson = `{"name":"sample","email":"ann@example.com","memberNo":1}`
)
