// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).

package loan_test

import (
	"testing"
	"time"

	"github.com/acme/library/internal/domain/loan"
	"github.com/acme/library/internal/domain/shared"
	"github.com/google/uuid"
	"github.com/stretchr/testify/require"
)

// The sample values every test of this package starts from: each case copies
// one and changes what it checks. When a rule you add to Loan refuses them,
// change them here, and every test follows.

func ptr[T any](v T) *T { return &v }

// validParams returns Params that pass every invariant; fields with a default are left nil.
func validParams() loan.Params {
	return loan.Params{
		BookID:   ptr(uuid.MustParse("0190a7e0-0000-7000-8000-000000000001")),
		PersonID: ptr(uuid.MustParse("0190a7e0-0000-7000-8000-000000000001")),
		DueAt:    ptr(time.Date(2024, time.January, 31, 12, 0, 0, 0, time.UTC)),
		Renewals: []loan.RenewalParams{{RenewedAt: ptr(time.Date(2024, time.January, 31, 12, 0, 0, 0, time.UTC)), ByPersonID: ptr(uuid.MustParse("0190a7e0-0000-7000-8000-000000000001"))}},
	}
}

// validRenewLoanParams returns RenewLoanParams that pass every check.
func validRenewLoanParams() loan.RenewLoanParams {
	return loan.RenewLoanParams{DueAt: ptr(time.Date(2024, time.January, 31, 12, 0, 0, 0, time.UTC)), Reason: ptr("sample")}
}

// validReturnLoanParams returns ReturnLoanParams that pass every check.
func validReturnLoanParams() loan.ReturnLoanParams {
	return loan.ReturnLoanParams{ReturnedAt: ptr(time.Date(2024, time.January, 31, 12, 0, 0, 0, time.UTC))}
}

// validChargeFeeParams returns ChargeFeeParams that pass every check.
func validChargeFeeParams() loan.ChargeFeeParams {
	return loan.ChargeFeeParams{Fee: &shared.FeeParams{Amount: ptr(shared.NewDecimal(1250, 2)), Currency: ptr("AAA")}}
}

// newLoan returns the Loan that validParams make after changes, its
// creation events already pulled.
func newLoan(t *testing.T, changes ...func(p *loan.Params)) *loan.Loan {
	t.Helper()
	p := validParams()
	for _, change := range changes {
		change(&p)
	}
	l, err := loan.NewLoan(p)
	require.NoError(t, err)
	l.PullEvents()
	return l
}
