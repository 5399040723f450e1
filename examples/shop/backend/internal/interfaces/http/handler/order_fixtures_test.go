// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).

package handler_test

// The request bodies the HTTP tests of Order start from: each case copies
// one and changes what it checks. When a rule you add to Order refuses them,
// change them here, and every test follows.
const (
	// validOrder is a valid create body: the required fields of Order.
	validOrder = `{"customerId":"0190a7e0-0000-7000-8000-000000000001","total":{"amount":"12.50","currency":"AAA"},"orderLines":[{"productId":"0190a7e0-0000-7000-8000-000000000001","quantity":1,"unitPrice":{"amount":"12.50","currency":"AAA"}}]}`
	// validCancelOrder is a body cancel accepts.
	validCancelOrder = `{"reason":"sample"}`
)
