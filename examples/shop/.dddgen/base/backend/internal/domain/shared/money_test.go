// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).

package shared_test

import (
	"log/slog"
	"testing"

	"github.com/acme/shop/internal/domain/shared"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNewMoney(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		params     shared.MoneyParams
		wantFields []string
	}{
		{name: "valid", params: shared.MoneyParams{Amount: ptr(shared.NewDecimal(1250, 2)), Currency: ptr("AAA")}},
		{name: "amount invalid", params: shared.MoneyParams{Amount: ptr(shared.NewDecimal(-1, 0)), Currency: ptr("AAA")}, wantFields: []string{"amount"}},
		{name: "currency invalid", params: shared.MoneyParams{Amount: ptr(shared.NewDecimal(1250, 2)), Currency: ptr("!")}, wantFields: []string{"currency"}},
		{name: "every part missing", params: shared.MoneyParams{}, wantFields: []string{"amount", "currency"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			m, err := shared.NewMoney(tt.params)
			if tt.wantFields != nil {
				assertFields(t, err, tt.wantFields...)
				return
			}
			require.NoError(t, err)
			assert.True(t, tt.params.Amount.Equal(m.Amount()))
			assert.Equal(t, *tt.params.Currency, m.Currency())
			assert.True(t, m.Equal(m))
			assert.Equal(t, slog.KindGroup, m.LogValue().Kind())
		})
	}
}
