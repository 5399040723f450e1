// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).

package shared_test

import (
	"log/slog"
	"testing"

	"github.com/acme/library/internal/domain/shared"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNewFee(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		params     shared.FeeParams
		wantFields []string
	}{
		{name: "valid", params: shared.FeeParams{Amount: ptr(shared.NewDecimal(1250, 2)), Currency: ptr("AAA")}},
		{name: "amount invalid", params: shared.FeeParams{Amount: ptr(shared.NewDecimal(-1, 0)), Currency: ptr("AAA")}, wantFields: []string{"amount"}},
		{name: "currency invalid", params: shared.FeeParams{Amount: ptr(shared.NewDecimal(1250, 2)), Currency: ptr("!")}, wantFields: []string{"currency"}},
		{name: "every part missing", params: shared.FeeParams{}, wantFields: []string{"amount", "currency"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f, err := shared.NewFee(tt.params)
			if tt.wantFields != nil {
				assertFields(t, err, tt.wantFields...)
				return
			}
			require.NoError(t, err)
			assert.True(t, tt.params.Amount.Equal(f.Amount()))
			assert.Equal(t, *tt.params.Currency, f.Currency())
			assert.True(t, f.Equal(f))
			assert.Equal(t, slog.KindGroup, f.LogValue().Kind())
		})
	}
}
