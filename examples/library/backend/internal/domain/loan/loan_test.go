// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).

package loan_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/acme/library/internal/domain/loan"
	"github.com/acme/library/internal/domain/shared"
	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

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

// assertFields checks that err is a *shared.ValidationError naming exactly fields, in order.
func assertFields(t *testing.T, err error, fields ...string) {
	t.Helper()
	var ve *shared.ValidationError
	require.True(t, errors.As(err, &ve), "want a *shared.ValidationError, got %v", err)
	got := make([]string, 0, len(ve.Errors))
	for _, fe := range ve.Errors {
		got = append(got, fe.Field)
	}
	assert.Equal(t, fields, got)
}

func TestNewLoan(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		mutate     func(p *loan.Params)
		wantFields []string
	}{
		{name: "valid with defaults", mutate: func(*loan.Params) {}},
		{name: "valid with every field", mutate: func(p *loan.Params) {
			p.Status = ptr(loan.StatusOpen)
			p.Renewable = ptr(true)
			p.OpenedAt = ptr(time.Date(2024, time.January, 1, 9, 0, 0, 0, time.UTC))
			p.ReturnedAt = ptr(time.Date(2024, time.January, 31, 12, 0, 0, 0, time.UTC))
			p.Fee = &shared.FeeParams{Amount: ptr(shared.NewDecimal(1250, 2)), Currency: ptr("AAA")}
			p.LateDays = ptr(int64(0))
		}},
		{name: "lateDays at minimum", mutate: func(p *loan.Params) {
			p.LateDays = ptr(int64(0))
		}},
		{name: "bookId missing", mutate: func(p *loan.Params) {
			p.BookID = nil
		}, wantFields: []string{"bookId"}},
		{name: "personId missing", mutate: func(p *loan.Params) {
			p.PersonID = nil
		}, wantFields: []string{"personId"}},
		{name: "dueAt missing", mutate: func(p *loan.Params) {
			p.DueAt = nil
		}, wantFields: []string{"dueAt"}},
		{name: "status invalid", mutate: func(p *loan.Params) {
			p.Status = ptr(loan.Status("NOT_A_VALUE"))
		}, wantFields: []string{"status"}},
		{name: "fee.amount invalid", mutate: func(p *loan.Params) {
			p.Fee = &shared.FeeParams{Amount: ptr(shared.NewDecimal(-1, 0)), Currency: ptr("AAA")}
		}, wantFields: []string{"fee.amount"}},
		{name: "fee.currency invalid", mutate: func(p *loan.Params) {
			p.Fee = &shared.FeeParams{Amount: ptr(shared.NewDecimal(1250, 2)), Currency: ptr("!")}
		}, wantFields: []string{"fee.currency"}},
		{name: "fee parts missing", mutate: func(p *loan.Params) {
			p.Fee = &shared.FeeParams{}
		}, wantFields: []string{"fee.amount", "fee.currency"}},
		{name: "lateDays invalid", mutate: func(p *loan.Params) {
			p.LateDays = ptr(int64(-1))
		}, wantFields: []string{"lateDays"}},
		{name: "renewal fields missing", mutate: func(p *loan.Params) {
			p.Renewals = append(p.Renewals, loan.RenewalParams{})
		}, wantFields: []string{"renewals[1].renewedAt", "renewals[1].byPersonId"}},
		{name: "every field missing", mutate: func(p *loan.Params) {
			*p = loan.Params{}
		}, wantFields: []string{"bookId", "personId", "dueAt"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p := validParams()
			tt.mutate(&p)
			l, err := loan.NewLoan(p)
			if tt.wantFields != nil {
				assert.Nil(t, l)
				assertFields(t, err, tt.wantFields...)
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
			events := l.PullEvents()
			require.Len(t, events, 1)
			event, ok := events[0].(loan.LoanOpened)
			require.True(t, ok)
			assert.Equal(t, l.ID(), event.AggregateID())
			assert.Equal(t, l.BookID(), event.BookID)
			assert.Equal(t, l.PersonID(), event.PersonID)
			assert.Equal(t, l.DueAt(), event.DueAt)
		})
	}
}

// validRenewLoanParams returns RenewLoanParams that pass every check.
func validRenewLoanParams() loan.RenewLoanParams {
	return loan.RenewLoanParams{DueAt: ptr(time.Date(2024, time.January, 31, 12, 0, 0, 0, time.UTC)), Reason: ptr("sample")}
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
		{name: "allowed when status is OPEN and renewable is true", state: func(p *loan.Params) {
			p.Status = ptr(loan.StatusOpen)
			p.Renewable = ptr(true)
		}, params: validRenewLoanParams()},
		{name: "refused when status is RETURNED", state: func(p *loan.Params) {
			p.Status = ptr(loan.StatusReturned)
			p.Renewable = ptr(true)
		}, params: validRenewLoanParams(), wantErr: loan.ErrRenewLoanNotAllowed},
		{name: "refused when status is LOST", state: func(p *loan.Params) {
			p.Status = ptr(loan.StatusLost)
			p.Renewable = ptr(true)
		}, params: validRenewLoanParams(), wantErr: loan.ErrRenewLoanNotAllowed},
		{name: "refused when renewable is false", state: func(p *loan.Params) {
			p.Status = ptr(loan.StatusOpen)
			p.Renewable = ptr(false)
		}, params: validRenewLoanParams(), wantErr: loan.ErrRenewLoanNotAllowed},
		{name: "dueAt missing", state: func(p *loan.Params) {
			p.Status = ptr(loan.StatusOpen)
			p.Renewable = ptr(true)
		}, params: loan.RenewLoanParams{Reason: ptr("sample")}, wantFields: []string{"dueAt"}},
		{name: "reason missing", state: func(p *loan.Params) {
			p.Status = ptr(loan.StatusOpen)
			p.Renewable = ptr(true)
		}, params: loan.RenewLoanParams{DueAt: ptr(time.Date(2024, time.January, 31, 12, 0, 0, 0, time.UTC))}, wantFields: []string{"reason"}},
		{name: "reason invalid", state: func(p *loan.Params) {
			p.Status = ptr(loan.StatusOpen)
			p.Renewable = ptr(true)
		}, params: loan.RenewLoanParams{DueAt: ptr(time.Date(2024, time.January, 31, 12, 0, 0, 0, time.UTC)), Reason: ptr(strings.Repeat("a", 201))}, wantFields: []string{"reason"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p := validParams()
			tt.state(&p)
			l, err := loan.NewLoan(p)
			require.NoError(t, err)
			l.PullEvents()

			err = l.Renew(tt.params)
			switch {
			case tt.wantFields != nil:
				assertFields(t, err, tt.wantFields...)
				assert.Empty(t, l.PullEvents())
			case tt.wantErr != nil:
				require.ErrorIs(t, err, tt.wantErr)
				assert.ErrorIs(t, err, shared.ErrGuard)
				assert.Empty(t, l.PullEvents())
			default:
				require.NoError(t, err)
				assert.Equal(t, shared.NormalizeTime(*tt.params.DueAt), l.DueAt())
				events := l.PullEvents()
				require.Len(t, events, 1)
				event, ok := events[0].(loan.LoanRenewed)
				require.True(t, ok)
				assert.Equal(t, l.ID(), event.AggregateID())
				assert.Equal(t, "LoanRenewed", event.EventName())
			}
		})
	}
}

// validReturnLoanParams returns ReturnLoanParams that pass every check.
func validReturnLoanParams() loan.ReturnLoanParams {
	return loan.ReturnLoanParams{ReturnedAt: ptr(time.Date(2024, time.January, 31, 12, 0, 0, 0, time.UTC))}
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
		{name: "allowed when status is OPEN", state: func(p *loan.Params) {
			p.Status = ptr(loan.StatusOpen)
		}, params: validReturnLoanParams()},
		{name: "refused when status is RETURNED", state: func(p *loan.Params) {
			p.Status = ptr(loan.StatusReturned)
		}, params: validReturnLoanParams(), wantErr: loan.ErrReturnLoanNotAllowed},
		{name: "refused when status is LOST", state: func(p *loan.Params) {
			p.Status = ptr(loan.StatusLost)
		}, params: validReturnLoanParams(), wantErr: loan.ErrReturnLoanNotAllowed},
		{name: "returnedAt missing", state: func(p *loan.Params) {
			p.Status = ptr(loan.StatusOpen)
		}, params: loan.ReturnLoanParams{}, wantFields: []string{"returnedAt"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p := validParams()
			tt.state(&p)
			l, err := loan.NewLoan(p)
			require.NoError(t, err)
			l.PullEvents()

			err = l.Return(tt.params)
			switch {
			case tt.wantFields != nil:
				assertFields(t, err, tt.wantFields...)
				assert.Empty(t, l.PullEvents())
			case tt.wantErr != nil:
				require.ErrorIs(t, err, tt.wantErr)
				assert.ErrorIs(t, err, shared.ErrGuard)
				assert.Empty(t, l.PullEvents())
			default:
				require.NoError(t, err)
				assert.Equal(t, loan.StatusReturned, l.Status())
				assert.Equal(t, shared.NormalizeTime(*tt.params.ReturnedAt), *l.ReturnedAt())
				events := l.PullEvents()
				require.Len(t, events, 1)
				event, ok := events[0].(loan.LoanReturned)
				require.True(t, ok)
				assert.Equal(t, l.ID(), event.AggregateID())
				assert.Equal(t, "LoanReturned", event.EventName())
			}
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
		{name: "allowed when status is OPEN", state: func(p *loan.Params) {
			p.Status = ptr(loan.StatusOpen)
		}},
		{name: "refused when status is RETURNED", state: func(p *loan.Params) {
			p.Status = ptr(loan.StatusReturned)
		}, wantErr: loan.ErrReportLostNotAllowed},
		{name: "refused when status is LOST", state: func(p *loan.Params) {
			p.Status = ptr(loan.StatusLost)
		}, wantErr: loan.ErrReportLostNotAllowed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p := validParams()
			tt.state(&p)
			l, err := loan.NewLoan(p)
			require.NoError(t, err)
			l.PullEvents()

			err = l.ReportLost()
			switch {
			case tt.wantFields != nil:
				assertFields(t, err, tt.wantFields...)
				assert.Empty(t, l.PullEvents())
			case tt.wantErr != nil:
				require.ErrorIs(t, err, tt.wantErr)
				assert.ErrorIs(t, err, shared.ErrGuard)
				assert.Empty(t, l.PullEvents())
			default:
				require.NoError(t, err)
				assert.Equal(t, loan.StatusLost, l.Status())
				assert.Equal(t, false, l.Renewable())
				assert.Empty(t, l.PullEvents())
			}
		})
	}
}

// validChargeFeeParams returns ChargeFeeParams that pass every check.
func validChargeFeeParams() loan.ChargeFeeParams {
	return loan.ChargeFeeParams{Fee: &shared.FeeParams{Amount: ptr(shared.NewDecimal(1250, 2)), Currency: ptr("AAA")}}
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
		{name: "allowed when status is LOST", state: func(p *loan.Params) {
			p.Status = ptr(loan.StatusLost)
		}, params: validChargeFeeParams()},
		{name: "allowed when status is RETURNED", state: func(p *loan.Params) {
			p.Status = ptr(loan.StatusReturned)
		}, params: validChargeFeeParams()},
		{name: "refused when status is OPEN", state: func(p *loan.Params) {
			p.Status = ptr(loan.StatusOpen)
		}, params: validChargeFeeParams(), wantErr: loan.ErrChargeFeeNotAllowed},
		{name: "fee missing", state: func(p *loan.Params) {
			p.Status = ptr(loan.StatusLost)
		}, params: loan.ChargeFeeParams{}, wantFields: []string{"fee"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p := validParams()
			tt.state(&p)
			l, err := loan.NewLoan(p)
			require.NoError(t, err)
			l.PullEvents()

			err = l.ChargeFee(tt.params)
			switch {
			case tt.wantFields != nil:
				assertFields(t, err, tt.wantFields...)
				assert.Empty(t, l.PullEvents())
			case tt.wantErr != nil:
				require.ErrorIs(t, err, tt.wantErr)
				assert.ErrorIs(t, err, shared.ErrGuard)
				assert.Empty(t, l.PullEvents())
			default:
				require.NoError(t, err)
				assert.Empty(t, l.PullEvents())
			}
		})
	}
}
