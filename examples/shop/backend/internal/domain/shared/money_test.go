// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).

package shared_test

import (
	"errors"
	"log/slog"
	"testing"

	"github.com/acme/shop/internal/domain/shared"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func ptr[T any](v T) *T { return &v }

func dec(t *testing.T, s string) *shared.Decimal {
	t.Helper()
	d, err := shared.ParseDecimal(s)
	require.NoError(t, err)
	return &d
}

func TestNewMoney(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		params     func(t *testing.T) shared.MoneyParams
		wantFields []string
	}{
		{
			name: "valid",
			params: func(t *testing.T) shared.MoneyParams {
				return shared.MoneyParams{Amount: dec(t, "12.50"), Currency: ptr("EUR")}
			},
		},
		{
			name: "amount at minimum",
			params: func(t *testing.T) shared.MoneyParams {
				return shared.MoneyParams{Amount: dec(t, "0"), Currency: ptr("EUR")}
			},
		},
		{
			name: "amount below minimum",
			params: func(t *testing.T) shared.MoneyParams {
				return shared.MoneyParams{Amount: dec(t, "-0.01"), Currency: ptr("EUR")}
			},
			wantFields: []string{"amount"},
		},
		{
			name: "currency not matching pattern",
			params: func(t *testing.T) shared.MoneyParams {
				return shared.MoneyParams{Amount: dec(t, "1"), Currency: ptr("eur")}
			},
			wantFields: []string{"currency"},
		},
		{
			name:       "every part missing",
			params:     func(*testing.T) shared.MoneyParams { return shared.MoneyParams{} },
			wantFields: []string{"amount", "currency"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			m, err := shared.NewMoney(tt.params(t))
			if tt.wantFields == nil {
				require.NoError(t, err)
				assert.Equal(t, *tt.params(t).Currency, m.Currency())
				assert.True(t, m.Amount().Equal(*tt.params(t).Amount))
				return
			}
			assertFields(t, err, tt.wantFields...)
		})
	}
}

func TestMoneyLogValue(t *testing.T) {
	t.Parallel()
	m, err := shared.NewMoney(shared.MoneyParams{Amount: dec(t, "12.50"), Currency: ptr("EUR")})
	require.NoError(t, err)
	assert.Equal(t, slog.KindGroup, m.LogValue().Kind())
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
