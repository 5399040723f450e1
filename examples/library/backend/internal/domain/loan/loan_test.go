// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).

package loan_test

import (
	"strings"
	"testing"
	"time"

	"github.com/acme/library/internal/domain/loan"
	"github.com/acme/library/internal/domain/shared"
	"github.com/acme/library/internal/domain/shared/sharedtest"
	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The cases below start from the sample values in loan_fixtures_test.go.

func TestNewLoan(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		change     func(p *loan.Params)
		wantFields []string
	}{
		{"valid with defaults", func(*loan.Params) {}, nil},
		{"valid with every field", func(p *loan.Params) {
			p.Status = ptr(loan.StatusOpen)
			p.Renewable = ptr(true)
			p.OpenedAt = ptr(time.Date(2024, time.January, 1, 9, 0, 0, 0, time.UTC))
			p.ReturnedAt = ptr(time.Date(2024, time.January, 31, 12, 0, 0, 0, time.UTC))
			p.Fee = &shared.FeeParams{Amount: ptr(shared.NewDecimal(1250, 2)), Currency: ptr("AAA")}
			p.LateDays = ptr(int64(0))
		}, nil},
		{"lateDays at minimum", func(p *loan.Params) { p.LateDays = ptr(int64(0)) }, nil},
		{"bookId missing", func(p *loan.Params) { p.BookID = nil }, []string{"bookId"}},
		{"personId missing", func(p *loan.Params) { p.PersonID = nil }, []string{"personId"}},
		{"dueAt missing", func(p *loan.Params) { p.DueAt = nil }, []string{"dueAt"}},
		{"status invalid", func(p *loan.Params) { p.Status = ptr(loan.Status("NOT_A_VALUE")) }, []string{"status"}},
		{"fee.amount invalid", func(p *loan.Params) {
			p.Fee = &shared.FeeParams{Amount: ptr(shared.NewDecimal(-1, 0)), Currency: ptr("AAA")}
		}, []string{"fee.amount"}},
		{"fee.currency invalid", func(p *loan.Params) {
			p.Fee = &shared.FeeParams{Amount: ptr(shared.NewDecimal(1250, 2)), Currency: ptr("!")}
		}, []string{"fee.currency"}},
		{"fee parts missing", func(p *loan.Params) { p.Fee = &shared.FeeParams{} }, []string{"fee.amount", "fee.currency"}},
		{"lateDays invalid", func(p *loan.Params) { p.LateDays = ptr(int64(-1)) }, []string{"lateDays"}},
		{"renewal fields missing", func(p *loan.Params) { p.Renewals = append(p.Renewals, loan.RenewalParams{}) }, []string{"renewals[1].renewedAt", "renewals[1].byPersonId"}},
		{"every field missing", func(p *loan.Params) { *p = loan.Params{} }, []string{"bookId", "personId", "dueAt"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p := validParams()
			tt.change(&p)
			l, err := loan.NewLoan(p)
			if tt.wantFields != nil {
				assert.Nil(t, l)
				sharedtest.AssertFields(t, err, tt.wantFields...)
				return
			}
			require.NoError(t, err)
			assert.NotEqual(t, uuid.Nil, l.ID())
			assert.Equal(t, int64(1), l.Version())
			assert.Equal(t, *p.BookID, l.BookID())
			assert.Equal(t, *p.PersonID, l.PersonID())
			assert.Equal(t, shared.ValueOr(p.Status, loan.StatusOpen), l.Status())
			assert.Equal(t, shared.ValueOr(p.Renewable, true), l.Renewable())
			assert.Equal(t, shared.NormalizeTime(shared.ValueOr(p.OpenedAt, time.Date(2024, time.January, 1, 9, 0, 0, 0, time.UTC))), l.OpenedAt())
			assert.Equal(t, shared.NormalizeTime(*p.DueAt), l.DueAt())
			assert.Equal(t, shared.NormalizeTimePtr(p.ReturnedAt), l.ReturnedAt())
			assert.Equal(t, shared.ValueOr(p.LateDays, int64(0)), l.LateDays())
			assert.Len(t, l.Renewals(), len(p.Renewals))
			event := sharedtest.SingleEvent[loan.LoanOpened](t, l)
			assert.Equal(t, l.BookID(), event.BookID)
			assert.Equal(t, l.PersonID(), event.PersonID)
			assert.Equal(t, l.DueAt(), event.DueAt)
		})
	}
}

func TestLoanRenew(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		state      func(p *loan.Params)
		params     loan.RenewLoanParams
		wantErr    error
		wantFields []string
	}{
		{"allowed when status is OPEN and renewable is true", func(p *loan.Params) {
			p.Status = ptr(loan.StatusOpen)
			p.Renewable = ptr(true)
		}, validRenewLoanParams(), nil, nil},
		{"refused when status is RETURNED", func(p *loan.Params) {
			p.Status = ptr(loan.StatusReturned)
			p.Renewable = ptr(true)
		}, validRenewLoanParams(), loan.ErrRenewLoanNotAllowed, nil},
		{"refused when status is LOST", func(p *loan.Params) {
			p.Status = ptr(loan.StatusLost)
			p.Renewable = ptr(true)
		}, validRenewLoanParams(), loan.ErrRenewLoanNotAllowed, nil},
		{"refused when renewable is false", func(p *loan.Params) {
			p.Status = ptr(loan.StatusOpen)
			p.Renewable = ptr(false)
		}, validRenewLoanParams(), loan.ErrRenewLoanNotAllowed, nil},
		{"dueAt missing", func(p *loan.Params) {
			p.Status = ptr(loan.StatusOpen)
			p.Renewable = ptr(true)
		}, loan.RenewLoanParams{Reason: ptr("sample")}, nil, []string{"dueAt"}},
		{"reason missing", func(p *loan.Params) {
			p.Status = ptr(loan.StatusOpen)
			p.Renewable = ptr(true)
		}, loan.RenewLoanParams{DueAt: ptr(time.Date(2024, time.January, 31, 12, 0, 0, 0, time.UTC))}, nil, []string{"reason"}},
		{"reason invalid", func(p *loan.Params) {
			p.Status = ptr(loan.StatusOpen)
			p.Renewable = ptr(true)
		}, loan.RenewLoanParams{DueAt: ptr(time.Date(2024, time.January, 31, 12, 0, 0, 0, time.UTC)), Reason: ptr(strings.Repeat("a", 201))}, nil, []string{"reason"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			l := newLoan(t, tt.state)
			err := l.Renew(tt.params)
			if sharedtest.Refused(t, l, err, tt.wantErr, tt.wantFields) {
				return
			}
			assert.Equal(t, shared.NormalizeTime(*tt.params.DueAt), l.DueAt())
			assert.Equal(t, "LoanRenewed", sharedtest.SingleEvent[loan.LoanRenewed](t, l).EventName())
		})
	}
}

func TestLoanReturn(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		state      func(p *loan.Params)
		params     loan.ReturnLoanParams
		wantErr    error
		wantFields []string
	}{
		{"allowed when status is OPEN", func(p *loan.Params) { p.Status = ptr(loan.StatusOpen) }, validReturnLoanParams(), nil, nil},
		{"refused when status is RETURNED", func(p *loan.Params) { p.Status = ptr(loan.StatusReturned) }, validReturnLoanParams(), loan.ErrReturnLoanNotAllowed, nil},
		{"refused when status is LOST", func(p *loan.Params) { p.Status = ptr(loan.StatusLost) }, validReturnLoanParams(), loan.ErrReturnLoanNotAllowed, nil},
		{"returnedAt missing", func(p *loan.Params) { p.Status = ptr(loan.StatusOpen) }, loan.ReturnLoanParams{}, nil, []string{"returnedAt"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			l := newLoan(t, tt.state)
			err := l.Return(tt.params)
			if sharedtest.Refused(t, l, err, tt.wantErr, tt.wantFields) {
				return
			}
			assert.Equal(t, loan.StatusReturned, l.Status())
			assert.Equal(t, shared.NormalizeTime(*tt.params.ReturnedAt), *l.ReturnedAt())
			assert.Equal(t, "LoanReturned", sharedtest.SingleEvent[loan.LoanReturned](t, l).EventName())
		})
	}
}

func TestLoanReportLost(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		state      func(p *loan.Params)
		wantErr    error
		wantFields []string
	}{
		{"allowed when status is OPEN", func(p *loan.Params) { p.Status = ptr(loan.StatusOpen) }, nil, nil},
		{"refused when status is RETURNED", func(p *loan.Params) { p.Status = ptr(loan.StatusReturned) }, loan.ErrReportLostNotAllowed, nil},
		{"refused when status is LOST", func(p *loan.Params) { p.Status = ptr(loan.StatusLost) }, loan.ErrReportLostNotAllowed, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			l := newLoan(t, tt.state)
			err := l.ReportLost()
			if sharedtest.Refused(t, l, err, tt.wantErr, tt.wantFields) {
				return
			}
			assert.Equal(t, loan.StatusLost, l.Status())
			assert.Equal(t, false, l.Renewable())
			assert.Empty(t, l.PullEvents())
		})
	}
}

func TestLoanChargeFee(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		state      func(p *loan.Params)
		params     loan.ChargeFeeParams
		wantErr    error
		wantFields []string
	}{
		{"allowed when status is LOST", func(p *loan.Params) { p.Status = ptr(loan.StatusLost) }, validChargeFeeParams(), nil, nil},
		{"allowed when status is RETURNED", func(p *loan.Params) { p.Status = ptr(loan.StatusReturned) }, validChargeFeeParams(), nil, nil},
		{"refused when status is OPEN", func(p *loan.Params) { p.Status = ptr(loan.StatusOpen) }, validChargeFeeParams(), loan.ErrChargeFeeNotAllowed, nil},
		{"fee missing", func(p *loan.Params) { p.Status = ptr(loan.StatusLost) }, loan.ChargeFeeParams{}, nil, []string{"fee"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			l := newLoan(t, tt.state)
			err := l.ChargeFee(tt.params)
			if sharedtest.Refused(t, l, err, tt.wantErr, tt.wantFields) {
				return
			}
			assert.Empty(t, l.PullEvents())
		})
	}
}
