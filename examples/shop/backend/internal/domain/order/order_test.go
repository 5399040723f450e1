// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).

package order_test

import (
	"errors"
	"testing"

	"github.com/acme/shop/internal/domain/order"
	"github.com/acme/shop/internal/domain/shared"
	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func ptr[T any](v T) *T { return &v }

func money(coef int64, scale int32, currency string) *shared.MoneyParams {
	return &shared.MoneyParams{Amount: ptr(shared.NewDecimal(coef, scale)), Currency: ptr(currency)}
}

// validParams returns Params that pass every invariant; fields with a default are left nil.
func validParams() order.Params {
	return order.Params{
		CustomerID: ptr(uuid.MustParse("0190f4c2-7a00-7000-8000-000000000001")),
		Total:      money(1250, 2, "EUR"),
		OrderLines: []order.OrderLineParams{{
			ProductID: ptr(uuid.MustParse("0190f4c2-7a00-7000-8000-000000000002")),
			Quantity:  ptr(int32(2)),
			UnitPrice: money(625, 2, "EUR"),
		}},
	}
}

// assertFields checks that err is a *shared.ValidationError naming exactly fields, in order.
func assertFields(t *testing.T, err error, fields ...string) {
	t.Helper()
	var ve *shared.ValidationError
	require.True(t, errors.As(err, &ve), "want a *shared.ValidationError, got %v", err)
	got := make([]string, 0, len(ve.Errors))
	for _, fe := range ve.Errors {
		got = append(got, fe.Field)
	}
	assert.Equal(t, fields, got)
}

func TestNewOrder(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		mutate     func(p *order.Params)
		wantFields []string
	}{
		{name: "valid with defaults", mutate: func(*order.Params) {}},
		{name: "valid with every field", mutate: func(p *order.Params) {
			p.Status = ptr(order.StatusPaid)
			p.Note = ptr("leave at the door")
		}},
		{name: "no lines", mutate: func(p *order.Params) { p.OrderLines = nil }},
		{name: "customerId missing", mutate: func(p *order.Params) { p.CustomerID = nil }, wantFields: []string{"customerId"}},
		{name: "status not a value", mutate: func(p *order.Params) { p.Status = ptr(order.Status("SHIPPED")) }, wantFields: []string{"status"}},
		{name: "total missing", mutate: func(p *order.Params) { p.Total = nil }, wantFields: []string{"total"}},
		{name: "total invalid", mutate: func(p *order.Params) { p.Total = money(-1, 0, "eur") }, wantFields: []string{"total.amount", "total.currency"}},
		{name: "line quantity below minimum", mutate: func(p *order.Params) { p.OrderLines[0].Quantity = ptr(int32(0)) }, wantFields: []string{"orderLines[0].quantity"}},
		{name: "line fields missing", mutate: func(p *order.Params) {
			p.OrderLines = append(p.OrderLines, order.OrderLineParams{})
		}, wantFields: []string{"orderLines[1].productId", "orderLines[1].quantity", "orderLines[1].unitPrice"}},
		{name: "every field invalid", mutate: func(p *order.Params) {
			*p = order.Params{Status: ptr(order.Status("")), OrderLines: []order.OrderLineParams{{Quantity: ptr(int32(-1))}}}
		}, wantFields: []string{"customerId", "status", "total", "orderLines[0].productId", "orderLines[0].quantity", "orderLines[0].unitPrice"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p := validParams()
			tt.mutate(&p)
			o, err := order.NewOrder(p)
			if tt.wantFields != nil {
				assert.Nil(t, o)
				assertFields(t, err, tt.wantFields...)
				return
			}
			require.NoError(t, err)
			assert.NotEqual(t, uuid.Nil, o.ID())
			assert.Equal(t, int64(1), o.Version())
			assert.Equal(t, *p.CustomerID, o.CustomerID())
			assert.Equal(t, shared.ValueOr(p.Status, order.StatusPending), o.Status())
			assert.Equal(t, p.Note, o.Note())
			assert.Len(t, o.OrderLines(), len(p.OrderLines))
			events := o.PullEvents()
			require.Len(t, events, 1)
			placed, ok := events[0].(order.OrderPlaced)
			require.True(t, ok)
			assert.Equal(t, o.ID(), placed.AggregateID())
			assert.Equal(t, o.CustomerID(), placed.CustomerID)
			assert.True(t, o.Total().Equal(placed.Total))
		})
	}
}

func TestOrderCancel(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		status     order.Status
		reason     *string
		wantErr    error
		wantFields []string
	}{
		{name: "allowed from PENDING", status: order.StatusPending, reason: ptr("changed my mind")},
		{name: "refused from PAID", status: order.StatusPaid, reason: ptr("too late"), wantErr: order.ErrCancelOrderNotAllowed},
		{name: "refused from CANCELLED", status: order.StatusCancelled, reason: ptr("twice"), wantErr: order.ErrCancelOrderNotAllowed},
		{name: "reason missing", status: order.StatusPending, wantFields: []string{"reason"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p := validParams()
			p.Status = ptr(tt.status)
			o, err := order.NewOrder(p)
			require.NoError(t, err)
			o.PullEvents()

			err = o.Cancel(order.CancelOrderParams{Reason: tt.reason})
			switch {
			case tt.wantFields != nil:
				assertFields(t, err, tt.wantFields...)
				assert.Equal(t, tt.status, o.Status())
				assert.Empty(t, o.PullEvents())
			case tt.wantErr != nil:
				require.ErrorIs(t, err, tt.wantErr)
				assert.ErrorIs(t, err, shared.ErrGuard)
				assert.Equal(t, tt.status, o.Status())
				assert.Empty(t, o.PullEvents())
			default:
				require.NoError(t, err)
				assert.Equal(t, order.StatusCancelled, o.Status())
				events := o.PullEvents()
				require.Len(t, events, 1)
				cancelled, ok := events[0].(order.OrderCancelled)
				require.True(t, ok)
				assert.Equal(t, *tt.reason, cancelled.Reason)
				assert.Equal(t, "OrderCancelled", cancelled.EventName())
			}
		})
	}
}

func TestOrderGettersReturnCopies(t *testing.T) {
	t.Parallel()
	p := validParams()
	p.Note = ptr("original")
	o, err := order.NewOrder(p)
	require.NoError(t, err)
	*p.Note = "changed by caller"
	*o.Note() = "changed through getter"
	o.OrderLines()[0] = order.OrderLine{}
	assert.Equal(t, "original", *o.Note())
	assert.NotEqual(t, uuid.Nil, o.OrderLines()[0].ID())
}
