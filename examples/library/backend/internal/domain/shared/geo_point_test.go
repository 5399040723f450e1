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

func TestNewGeoPoint(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		params     shared.GeoPointParams
		wantFields []string
	}{
		{name: "valid", params: shared.GeoPointParams{Lat: ptr(shared.NewDecimal(1250, 2)), Lng: ptr(shared.NewDecimal(1250, 2))}},
		{name: "lat invalid", params: shared.GeoPointParams{Lat: ptr(shared.NewDecimal(-91, 0)), Lng: ptr(shared.NewDecimal(1250, 2))}, wantFields: []string{"lat"}},
		{name: "lng invalid", params: shared.GeoPointParams{Lat: ptr(shared.NewDecimal(1250, 2)), Lng: ptr(shared.NewDecimal(-181, 0))}, wantFields: []string{"lng"}},
		{name: "every part missing", params: shared.GeoPointParams{}, wantFields: []string{"lat", "lng"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			g, err := shared.NewGeoPoint(tt.params)
			if tt.wantFields != nil {
				assertFields(t, err, tt.wantFields...)
				return
			}
			require.NoError(t, err)
			assert.True(t, tt.params.Lat.Equal(g.Lat()))
			assert.True(t, tt.params.Lng.Equal(g.Lng()))
			assert.True(t, g.Equal(g))
			assert.Equal(t, slog.KindGroup, g.LogValue().Kind())
		})
	}
}
