// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).

package shared

import (
	"log/slog"
	"regexp"
)

var (
	moneyAmountMin       = NewDecimal(0, 0)
	moneyCurrencyPattern = regexp.MustCompile(`^[A-Z]{3}$`)
)

// Money is a value object.
type Money struct {
	amount   Decimal
	currency string
}

// MoneyParams holds the unvalidated parts of a Money; nil means absent.
type MoneyParams struct {
	Amount   *Decimal
	Currency *string
}

// NewMoney validates p and returns the Money it describes. Every failing
// part is reported, under its own name ("amount", "currency").
func NewMoney(p MoneyParams) (Money, error) {
	var v Validator
	var m Money
	if amount, ok := Required(&v, "amount", p.Amount); ok {
		v.MinDecimal("amount", amount, moneyAmountMin)
		m.amount = amount
	}
	if currency, ok := Required(&v, "currency", p.Currency); ok {
		v.Pattern("currency", currency, moneyCurrencyPattern)
		m.currency = currency
	}
	if err := v.Err(); err != nil {
		return Money{}, err
	}
	return m, nil
}

// UnmarshalMoneyFromDatabase rebuilds a Money from stored values.
// It is not a constructor: it validates nothing and is meant for repositories only.
func UnmarshalMoneyFromDatabase(amount Decimal, currency string) Money {
	return Money{amount: amount, currency: currency}
}

// Amount returns the amount.
func (m Money) Amount() Decimal { return m.amount }

// Currency returns the currency.
func (m Money) Currency() string { return m.currency }

// Equal reports whether m and o have equal parts.
func (m Money) Equal(o Money) bool {
	return m.amount.Equal(o.amount) && m.currency == o.currency
}

// LogValue implements slog.LogValuer.
func (m Money) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("amount", m.amount.String()),
		slog.String("currency", m.currency),
	)
}
