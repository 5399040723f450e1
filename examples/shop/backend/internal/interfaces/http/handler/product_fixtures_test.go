// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).

package handler_test

// The request bodies the HTTP tests of Product start from: each case copies
// one and changes what it checks. When a rule you add to Product refuses them,
// change them here, and every test follows.
const (
	// validProduct is a valid create body: the required fields of Product.
	validProduct = `{"sku":"AAAA","name":"sample","categoryId":"0190a7e0-0000-7000-8000-000000000001","price":{"amount":"12.50","currency":"AAA"}}`
)
