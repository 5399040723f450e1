// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).

package shared

import (
	"log/slog"
	"regexp"
)

var phonePattern = regexp.MustCompile(`^\+[0-9]{6,15}$`)

// Phone is a value object wrapping a string. It is personal data: String,
// GoString and LogValue print "[REDACTED]"; use Value to read it.
type Phone struct {
	value string
}

// NewPhone validates value and returns the Phone it describes.
func NewPhone(value string) (Phone, error) {
	var v Validator
	v.Pattern("", value, phonePattern)
	if err := v.Err(); err != nil {
		return Phone{}, err
	}
	return Phone{value: value}, nil
}

// UnmarshalPhoneFromDatabase rebuilds a Phone from a stored value.
// It is not a constructor: it validates nothing and is meant for repositories only.
func UnmarshalPhoneFromDatabase(value string) Phone {
	return Phone{value: value}
}

// Value returns the underlying string.
func (ph Phone) Value() string { return ph.value }

// String implements fmt.Stringer without revealing the value.
func (ph Phone) String() string { return Redacted }

// GoString implements fmt.GoStringer without revealing the value.
func (ph Phone) GoString() string { return Redacted }

// LogValue implements slog.LogValuer without revealing the value.
func (ph Phone) LogValue() slog.Value { return slog.StringValue(Redacted) }
