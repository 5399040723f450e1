// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).

package shared

import "log/slog"

var (
	geoPointLatMin = NewDecimal(-90, 0)
	geoPointLatMax = NewDecimal(90, 0)
	geoPointLngMin = NewDecimal(-180, 0)
	geoPointLngMax = NewDecimal(180, 0)
)

// GeoPoint is a value object.
type GeoPoint struct {
	lat Decimal
	lng Decimal
}

// GeoPointParams holds the unvalidated parts of a GeoPoint; nil means absent.
type GeoPointParams struct {
	Lat *Decimal
	Lng *Decimal
}

// NewGeoPoint validates p and returns the GeoPoint it describes. Every failing
// part is reported, under its own name ("lat", "lng").
func NewGeoPoint(p GeoPointParams) (GeoPoint, error) {
	var v Validator
	var g GeoPoint
	if lat, ok := Required(&v, "lat", p.Lat); ok {
		v.MinDecimal("lat", lat, geoPointLatMin)
		v.MaxDecimal("lat", lat, geoPointLatMax)
		g.lat = lat
	}
	if lng, ok := Required(&v, "lng", p.Lng); ok {
		v.MinDecimal("lng", lng, geoPointLngMin)
		v.MaxDecimal("lng", lng, geoPointLngMax)
		g.lng = lng
	}
	if err := v.Err(); err != nil {
		return GeoPoint{}, err
	}
	return g, nil
}

// UnmarshalGeoPointFromDatabase rebuilds a GeoPoint from stored values.
// It is not a constructor: it validates nothing and is meant for repositories only.
func UnmarshalGeoPointFromDatabase(lat Decimal, lng Decimal) GeoPoint {
	return GeoPoint{lat: lat, lng: lng}
}

// Lat returns the lat.
func (g GeoPoint) Lat() Decimal { return g.lat }

// Lng returns the lng.
func (g GeoPoint) Lng() Decimal { return g.lng }

// Equal reports whether g and o have equal parts.
func (g GeoPoint) Equal(o GeoPoint) bool {
	return g.lat.Equal(o.lat) && g.lng.Equal(o.lng)
}

// LogValue implements slog.LogValuer.
func (g GeoPoint) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("lat", g.lat.String()),
		slog.String("lng", g.lng.String()),
	)
}
