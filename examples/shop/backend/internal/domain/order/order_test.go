// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).

package order_test

import (
	"testing"

	"github.com/acme/shop/internal/domain/order"
	"github.com/acme/shop/internal/domain/shared"
	"github.com/acme/shop/internal/domain/shared/sharedtest"
	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The cases below start from the sample values in order_fixtures_test.go.

func TestNewOrder(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		change     func(p *order.Params)
		wantFields []string
	}{
		{"valid with defaults", func(*order.Params) {}, nil},
		{"valid with every field", func(p *order.Params) {
			p.Status = ptr(order.StatusPending)
			p.Note = ptr("sample")
		}, nil},
		{"customerId missing", func(p *order.Params) { p.CustomerID = nil }, []string{"customerId"}},
		{"total missing", func(p *order.Params) { p.Total = nil }, []string{"total"}},
		{"status invalid", func(p *order.Params) { p.Status = ptr(order.Status("NOT_A_VALUE")) }, []string{"status"}},
		{"total.amount invalid", func(p *order.Params) { p.Total.Amount = ptr(shared.NewDecimal(-1, 0)) }, []string{"total.amount"}},
		{"total.currency invalid", func(p *order.Params) { p.Total.Currency = ptr("!") }, []string{"total.currency"}},
		{"total parts missing", func(p *order.Params) { p.Total = &shared.MoneyParams{} }, []string{"total.amount", "total.currency"}},
		{"orderLines[0].quantity invalid", func(p *order.Params) { p.OrderLines[0].Quantity = ptr(int32(0)) }, []string{"orderLines[0].quantity"}},
		{"orderLines[0].unitPrice.amount invalid", func(p *order.Params) { p.OrderLines[0].UnitPrice.Amount = ptr(shared.NewDecimal(-1, 0)) }, []string{"orderLines[0].unitPrice.amount"}},
		{"orderLines[0].unitPrice.currency invalid", func(p *order.Params) { p.OrderLines[0].UnitPrice.Currency = ptr("!") }, []string{"orderLines[0].unitPrice.currency"}},
		{"orderLines[0].unitPrice parts missing", func(p *order.Params) { p.OrderLines[0].UnitPrice = &shared.MoneyParams{} }, []string{"orderLines[0].unitPrice.amount", "orderLines[0].unitPrice.currency"}},
		{"order line fields missing", func(p *order.Params) { p.OrderLines = append(p.OrderLines, order.OrderLineParams{}) }, []string{"orderLines[1].productId", "orderLines[1].quantity", "orderLines[1].unitPrice"}},
		{"every field missing", func(p *order.Params) { *p = order.Params{} }, []string{"customerId", "total"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p := validParams()
			tt.change(&p)
			o, err := order.NewOrder(p)
			if tt.wantFields != nil {
				assert.Nil(t, o)
				sharedtest.AssertFields(t, err, tt.wantFields...)
				return
			}
			require.NoError(t, err)
			assert.NotEqual(t, uuid.Nil, o.ID())
			assert.Equal(t, int64(1), o.Version())
			assert.Equal(t, *p.CustomerID, o.CustomerID())
			assert.Equal(t, shared.ValueOr(p.Status, order.StatusPending), o.Status())
			assert.Equal(t, p.Note, o.Note())
			assert.Len(t, o.OrderLines(), len(p.OrderLines))
			event := sharedtest.SingleEvent[order.OrderPlaced](t, o)
			assert.Equal(t, o.CustomerID(), event.CustomerID)
			assert.Equal(t, o.Total(), event.Total)
		})
	}
}

func TestOrderPay(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		state      func(p *order.Params)
		wantErr    error
		wantFields []string
	}{
		{"allowed when status is PENDING", func(p *order.Params) { p.Status = ptr(order.StatusPending) }, nil, nil},
		{"refused when status is PAID", func(p *order.Params) { p.Status = ptr(order.StatusPaid) }, order.ErrPayOrderNotAllowed, nil},
		{"refused when status is CANCELLED", func(p *order.Params) { p.Status = ptr(order.StatusCancelled) }, order.ErrPayOrderNotAllowed, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			o := newOrder(t, tt.state)
			err := o.Pay()
			if sharedtest.Refused(t, o, err, tt.wantErr, tt.wantFields) {
				return
			}
			assert.Equal(t, order.StatusPaid, o.Status())
			assert.Empty(t, o.PullEvents())
		})
	}
}

func TestOrderCancel(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		state      func(p *order.Params)
		params     order.CancelOrderParams
		wantErr    error
		wantFields []string
	}{
		{"allowed when status is PENDING", func(p *order.Params) { p.Status = ptr(order.StatusPending) }, validCancelOrderParams(), nil, nil},
		{"refused when status is PAID", func(p *order.Params) { p.Status = ptr(order.StatusPaid) }, validCancelOrderParams(), order.ErrCancelOrderNotAllowed, nil},
		{"refused when status is CANCELLED", func(p *order.Params) { p.Status = ptr(order.StatusCancelled) }, validCancelOrderParams(), order.ErrCancelOrderNotAllowed, nil},
		{"reason missing", func(p *order.Params) { p.Status = ptr(order.StatusPending) }, order.CancelOrderParams{}, nil, []string{"reason"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			o := newOrder(t, tt.state)
			err := o.Cancel(tt.params)
			if sharedtest.Refused(t, o, err, tt.wantErr, tt.wantFields) {
				return
			}
			assert.Equal(t, order.StatusCancelled, o.Status())
			assert.Equal(t, "OrderCancelled", sharedtest.SingleEvent[order.OrderCancelled](t, o).EventName())
		})
	}
}
