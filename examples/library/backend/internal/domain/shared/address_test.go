// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).

package shared_test

import (
	"log/slog"
	"strings"
	"testing"

	"github.com/acme/library/internal/domain/shared"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNewAddress(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		params     shared.AddressParams
		wantFields []string
	}{
		{name: "valid", params: shared.AddressParams{Street: ptr("sample"), City: ptr("sample")}},
		{name: "every part set", params: shared.AddressParams{Street: ptr("sample"), City: ptr("sample"), Postcode: ptr("sample"), Location: &shared.GeoPointParams{Lat: ptr(shared.NewDecimal(1250, 2)), Lng: ptr(shared.NewDecimal(1250, 2))}}},
		{name: "street invalid", params: shared.AddressParams{Street: ptr(strings.Repeat("a", 201)), City: ptr("sample")}, wantFields: []string{"street"}},
		{name: "location.lat invalid", params: shared.AddressParams{Street: ptr("sample"), City: ptr("sample"), Location: &shared.GeoPointParams{Lat: ptr(shared.NewDecimal(-91, 0)), Lng: ptr(shared.NewDecimal(1250, 2))}}, wantFields: []string{"location.lat"}},
		{name: "location.lng invalid", params: shared.AddressParams{Street: ptr("sample"), City: ptr("sample"), Location: &shared.GeoPointParams{Lat: ptr(shared.NewDecimal(1250, 2)), Lng: ptr(shared.NewDecimal(-181, 0))}}, wantFields: []string{"location.lng"}},
		{name: "every part missing", params: shared.AddressParams{}, wantFields: []string{"street", "city"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			a, err := shared.NewAddress(tt.params)
			if tt.wantFields != nil {
				assertFields(t, err, tt.wantFields...)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, *tt.params.Street, a.Street())
			assert.Equal(t, *tt.params.City, a.City())
			assert.True(t, a.Equal(a))
			assert.Equal(t, slog.KindGroup, a.LogValue().Kind())
		})
	}
}
