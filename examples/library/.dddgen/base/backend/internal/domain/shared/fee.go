// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).

package shared

import (
	"log/slog"
	"regexp"
)

var (
	feeAmountMin       = NewDecimal(0, 0)
	feeCurrencyPattern = regexp.MustCompile(`^[A-Z]{3}$`)
)

// Fee is a value object.
type Fee struct {
	amount   Decimal
	currency string
}

// FeeParams holds the unvalidated parts of a Fee; nil means absent.
type FeeParams struct {
	Amount   *Decimal
	Currency *string
}

// NewFee validates p and returns the Fee it describes. Every failing
// part is reported, under its own name ("amount", "currency").
func NewFee(p FeeParams) (Fee, error) {
	var v Validator
	var f Fee
	if amount, ok := Required(&v, "amount", p.Amount); ok {
		v.MinDecimal("amount", amount, feeAmountMin)
		f.amount = amount
	}
	if currency, ok := Required(&v, "currency", p.Currency); ok {
		v.Pattern("currency", currency, feeCurrencyPattern)
		f.currency = currency
	}
	if err := v.Err(); err != nil {
		return Fee{}, err
	}
	return f, nil
}

// UnmarshalFeeFromDatabase rebuilds a Fee from stored values.
// It is not a constructor: it validates nothing and is meant for repositories only.
func UnmarshalFeeFromDatabase(amount Decimal, currency string) Fee {
	return Fee{amount: amount, currency: currency}
}

// Amount returns the amount.
func (f Fee) Amount() Decimal { return f.amount }

// Currency returns the currency.
func (f Fee) Currency() string { return f.currency }

// Equal reports whether f and o have equal parts.
func (f Fee) Equal(o Fee) bool {
	return f.amount.Equal(o.amount) && f.currency == o.currency
}

// LogValue implements slog.LogValuer.
func (f Fee) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("amount", f.amount.String()),
		slog.String("currency", f.currency),
	)
}
