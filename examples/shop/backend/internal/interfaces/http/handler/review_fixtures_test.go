// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).

package handler_test

// The request bodies the HTTP tests of Review start from: each case copies
// one and changes what it checks. When a rule you add to Review refuses them,
// change them here, and every test follows.
const (
	// validReview is a valid create body: the required fields of Review.
	validReview = `{"productId":"0190a7e0-0000-7000-8000-000000000001","customerId":"0190a7e0-0000-7000-8000-000000000001","rating":1}`
	// validPublishReview is a body publish accepts.
	validPublishReview = `{"publishedAt":"2024-01-31T12:00:00Z"}`
)
