// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).

package shared

import "log/slog"

// Address is a value object.
type Address struct {
	street   string
	city     string
	postcode *string
	location *GeoPoint
}

// AddressParams holds the unvalidated parts of an Address; nil means absent.
type AddressParams struct {
	Street   *string
	City     *string
	Postcode *string
	Location *GeoPointParams
}

// NewAddress validates p and returns the Address it describes. Every failing
// part is reported, under its own name ("street", "city", "postcode", "location").
func NewAddress(p AddressParams) (Address, error) {
	var v Validator
	var a Address
	if street, ok := Required(&v, "street", p.Street); ok {
		v.MinLength("street", street, 1)
		v.MaxLength("street", street, 200)
		a.street = street
	}
	if city, ok := Required(&v, "city", p.City); ok {
		a.city = city
	}
	a.postcode = CopyPtr(p.Postcode)
	a.location = nil
	if p.Location != nil {
		g, err := NewGeoPoint(*p.Location)
		v.Merge("location", err)
		a.location = &g
	}
	if err := v.Err(); err != nil {
		return Address{}, err
	}
	return a, nil
}

// UnmarshalAddressFromDatabase rebuilds an Address from stored values.
// It is not a constructor: it validates nothing and is meant for repositories only.
func UnmarshalAddressFromDatabase(street string, city string, postcode *string, location *GeoPoint) Address {
	return Address{street: street, city: city, postcode: postcode, location: location}
}

// Street returns the street.
func (a Address) Street() string { return a.street }

// City returns the city.
func (a Address) City() string { return a.city }

// Postcode returns the postcode, or nil when it is not set.
func (a Address) Postcode() *string { return CopyPtr(a.postcode) }

// Location returns the location, or nil when it is not set.
func (a Address) Location() *GeoPoint { return CopyPtr(a.location) }

// Equal reports whether a and o have equal parts.
func (a Address) Equal(o Address) bool {
	return a.street == o.street && a.city == o.city && (a.postcode == nil) == (o.postcode == nil) && (a.postcode == nil || *a.postcode == *o.postcode) && (a.location == nil) == (o.location == nil) && (a.location == nil || a.location.Equal(*o.location))
}

// LogValue implements slog.LogValuer.
func (a Address) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("street", a.street),
		slog.String("city", a.city),
		slog.Any("postcode", LogPtr(a.postcode)),
		slog.Any("location", LogPtr(a.location)),
	)
}
