// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).

package shared

import (
	"log/slog"
	"regexp"
)

var isbnPattern = regexp.MustCompile(`^97[89][0-9]{10}$`)

// Isbn is a value object wrapping a string.
type Isbn struct {
	value string
}

// NewIsbn validates value and returns the Isbn it describes.
func NewIsbn(value string) (Isbn, error) {
	var v Validator
	v.Pattern("", value, isbnPattern)
	if err := v.Err(); err != nil {
		return Isbn{}, err
	}
	return Isbn{value: value}, nil
}

// UnmarshalIsbnFromDatabase rebuilds an Isbn from a stored value.
// It is not a constructor: it validates nothing and is meant for repositories only.
func UnmarshalIsbnFromDatabase(value string) Isbn {
	return Isbn{value: value}
}

// Value returns the underlying string.
func (i Isbn) Value() string { return i.value }

// LogValue implements slog.LogValuer.
func (i Isbn) LogValue() slog.Value { return slog.AnyValue(i.value) }
