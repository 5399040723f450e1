// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).

package handler_test

// The request bodies the HTTP tests of Loan start from: each case copies
// one and changes what it checks. When a rule you add to Loan refuses them,
// change them here, and every test follows.
const (
	// validLoan is a valid create body: the required fields of Loan.
	validLoan = `{"bookId":"0190a7e0-0000-7000-8000-000000000001","personId":"0190a7e0-0000-7000-8000-000000000001","dueAt":"2024-01-31T12:00:00Z","renewals":[{"renewedAt":"2024-01-31T12:00:00Z","byPersonId":"0190a7e0-0000-7000-8000-000000000001"}]}`
	// validRenewLoan is a body renew accepts.
	validRenewLoan = `{"dueAt":"2024-01-31T12:00:00Z","reason":"sample"}`
	// validReturnLoan is a body return accepts.
	validReturnLoan = `{"returnedAt":"2024-01-31T12:00:00Z"}`
	// validChargeFee is a body charge-fee accepts.
	validChargeFee = `{"fee":{"amount":"12.50","currency":"AAA"}}`
)
