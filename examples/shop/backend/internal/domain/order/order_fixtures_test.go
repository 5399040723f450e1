// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).

package order_test

import (
	"testing"

	"github.com/acme/shop/internal/domain/order"
	"github.com/acme/shop/internal/domain/shared"
	"github.com/google/uuid"
	"github.com/stretchr/testify/require"
)

// The sample values every test of this package starts from: each case copies
// one and changes what it checks. When a rule you add to Order refuses them,
// change them here, and every test follows.

func ptr[T any](v T) *T { return &v }

// validParams returns Params that pass every invariant; fields with a default are left nil.
func validParams() order.Params {
	return order.Params{
		CustomerID: ptr(uuid.MustParse("0190a7e0-0000-7000-8000-000000000001")),
		Total:      &shared.MoneyParams{Amount: ptr(shared.NewDecimal(1250, 2)), Currency: ptr("AAA")},
		OrderLines: []order.OrderLineParams{{ProductID: ptr(uuid.MustParse("0190a7e0-0000-7000-8000-000000000001")), Quantity: ptr(int32(1)), UnitPrice: &shared.MoneyParams{Amount: ptr(shared.NewDecimal(1250, 2)), Currency: ptr("AAA")}}},
	}
}

// validCancelOrderParams returns CancelOrderParams that pass every check.
func validCancelOrderParams() order.CancelOrderParams {
	return order.CancelOrderParams{Reason: ptr("sample")}
}

// newOrder returns the Order that validParams make after changes, its
// creation events already pulled.
func newOrder(t *testing.T, changes ...func(p *order.Params)) *order.Order {
	t.Helper()
	p := validParams()
	for _, change := range changes {
		change(&p)
	}
	o, err := order.NewOrder(p)
	require.NoError(t, err)
	o.PullEvents()
	return o
}
