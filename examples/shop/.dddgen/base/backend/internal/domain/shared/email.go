// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).

package shared

import (
	"log/slog"
	"regexp"
)

var emailPattern = regexp.MustCompile(`^[^@\s]+@[^@\s]+$`)

// Email is a value object wrapping a string. It is personal data: String,
// GoString and LogValue print "[REDACTED]"; use Value to read it.
type Email struct {
	value string
}

// NewEmail validates value and returns the Email it describes.
func NewEmail(value string) (Email, error) {
	var v Validator
	v.Pattern("", value, emailPattern)
	if err := v.Err(); err != nil {
		return Email{}, err
	}
	return Email{value: value}, nil
}

// UnmarshalEmailFromDatabase rebuilds an Email from a stored value.
// It is not a constructor: it validates nothing and is meant for repositories only.
func UnmarshalEmailFromDatabase(value string) Email {
	return Email{value: value}
}

// Value returns the underlying string.
func (e Email) Value() string { return e.value }

// String implements fmt.Stringer without revealing the value.
func (e Email) String() string { return Redacted }

// GoString implements fmt.GoStringer without revealing the value.
func (e Email) GoString() string { return Redacted }

// LogValue implements slog.LogValuer without revealing the value.
func (e Email) LogValue() slog.Value { return slog.StringValue(Redacted) }
