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

// validParams returns Params that pass every invariant; fields with a default are left nil.
func validParams() order.Params {
	return order.Params{
		CustomerID: ptr(uuid.MustParse("0190a7e0-0000-7000-8000-000000000001")),
		Total:      &shared.MoneyParams{Amount: ptr(shared.NewDecimal(1250, 2)), Currency: ptr("AAA")},
		OrderLines: []order.OrderLineParams{{ProductID: ptr(uuid.MustParse("0190a7e0-0000-7000-8000-000000000001")), Quantity: ptr(int32(1)), UnitPrice: &shared.MoneyParams{Amount: ptr(shared.NewDecimal(1250, 2)), Currency: ptr("AAA")}}},
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
			p.Status = ptr(order.StatusPending)
			p.Note = ptr("sample")
		}},
		{name: "customerId missing", mutate: func(p *order.Params) {
			p.CustomerID = nil
		}, wantFields: []string{"customerId"}},
		{name: "total missing", mutate: func(p *order.Params) {
			p.Total = nil
		}, wantFields: []string{"total"}},
		{name: "status invalid", mutate: func(p *order.Params) {
			p.Status = ptr(order.Status("NOT_A_VALUE"))
		}, wantFields: []string{"status"}},
		{name: "total.amount invalid", mutate: func(p *order.Params) {
			p.Total = &shared.MoneyParams{Amount: ptr(shared.NewDecimal(-1, 0)), Currency: ptr("AAA")}
		}, wantFields: []string{"total.amount"}},
		{name: "total.currency invalid", mutate: func(p *order.Params) {
			p.Total = &shared.MoneyParams{Amount: ptr(shared.NewDecimal(1250, 2)), Currency: ptr("!")}
		}, wantFields: []string{"total.currency"}},
		{name: "total parts missing", mutate: func(p *order.Params) {
			p.Total = &shared.MoneyParams{}
		}, wantFields: []string{"total.amount", "total.currency"}},
		{name: "orderLines[0].quantity invalid", mutate: func(p *order.Params) {
			p.OrderLines[0].Quantity = ptr(int32(0))
		}, wantFields: []string{"orderLines[0].quantity"}},
		{name: "orderLines[0].unitPrice.amount invalid", mutate: func(p *order.Params) {
			p.OrderLines[0].UnitPrice = &shared.MoneyParams{Amount: ptr(shared.NewDecimal(-1, 0)), Currency: ptr("AAA")}
		}, wantFields: []string{"orderLines[0].unitPrice.amount"}},
		{name: "orderLines[0].unitPrice.currency invalid", mutate: func(p *order.Params) {
			p.OrderLines[0].UnitPrice = &shared.MoneyParams{Amount: ptr(shared.NewDecimal(1250, 2)), Currency: ptr("!")}
		}, wantFields: []string{"orderLines[0].unitPrice.currency"}},
		{name: "orderLines[0].unitPrice parts missing", mutate: func(p *order.Params) {
			p.OrderLines[0].UnitPrice = &shared.MoneyParams{}
		}, wantFields: []string{"orderLines[0].unitPrice.amount", "orderLines[0].unitPrice.currency"}},
		{name: "order line fields missing", mutate: func(p *order.Params) {
			p.OrderLines = append(p.OrderLines, order.OrderLineParams{})
		}, wantFields: []string{"orderLines[1].productId", "orderLines[1].quantity", "orderLines[1].unitPrice"}},
		{name: "every field missing", mutate: func(p *order.Params) {
			*p = order.Params{}
		}, wantFields: []string{"customerId", "total"}},
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
			event, ok := events[0].(order.OrderPlaced)
			require.True(t, ok)
			assert.Equal(t, o.ID(), event.AggregateID())
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
		{name: "allowed when status is PENDING", state: func(p *order.Params) {
			p.Status = ptr(order.StatusPending)
		}},
		{name: "refused when status is PAID", state: func(p *order.Params) {
			p.Status = ptr(order.StatusPaid)
		}, wantErr: order.ErrPayOrderNotAllowed},
		{name: "refused when status is CANCELLED", state: func(p *order.Params) {
			p.Status = ptr(order.StatusCancelled)
		}, wantErr: order.ErrPayOrderNotAllowed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p := validParams()
			tt.state(&p)
			o, err := order.NewOrder(p)
			require.NoError(t, err)
			o.PullEvents()

			err = o.Pay()
			switch {
			case tt.wantFields != nil:
				assertFields(t, err, tt.wantFields...)
				assert.Empty(t, o.PullEvents())
			case tt.wantErr != nil:
				require.ErrorIs(t, err, tt.wantErr)
				assert.ErrorIs(t, err, shared.ErrGuard)
				assert.Empty(t, o.PullEvents())
			default:
				require.NoError(t, err)
				assert.Equal(t, order.StatusPaid, o.Status())
				assert.Empty(t, o.PullEvents())
			}
		})
	}
}

// validCancelOrderParams returns CancelOrderParams that pass every check.
func validCancelOrderParams() order.CancelOrderParams {
	return order.CancelOrderParams{Reason: ptr("sample")}
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
		{name: "allowed when status is PENDING", state: func(p *order.Params) {
			p.Status = ptr(order.StatusPending)
		}, params: validCancelOrderParams()},
		{name: "refused when status is PAID", state: func(p *order.Params) {
			p.Status = ptr(order.StatusPaid)
		}, params: validCancelOrderParams(), wantErr: order.ErrCancelOrderNotAllowed},
		{name: "refused when status is CANCELLED", state: func(p *order.Params) {
			p.Status = ptr(order.StatusCancelled)
		}, params: validCancelOrderParams(), wantErr: order.ErrCancelOrderNotAllowed},
		{name: "reason missing", state: func(p *order.Params) {
			p.Status = ptr(order.StatusPending)
		}, params: order.CancelOrderParams{}, wantFields: []string{"reason"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p := validParams()
			tt.state(&p)
			o, err := order.NewOrder(p)
			require.NoError(t, err)
			o.PullEvents()

			err = o.Cancel(tt.params)
			switch {
			case tt.wantFields != nil:
				assertFields(t, err, tt.wantFields...)
				assert.Empty(t, o.PullEvents())
			case tt.wantErr != nil:
				require.ErrorIs(t, err, tt.wantErr)
				assert.ErrorIs(t, err, shared.ErrGuard)
				assert.Empty(t, o.PullEvents())
			default:
				require.NoError(t, err)
				assert.Equal(t, order.StatusCancelled, o.Status())
				events := o.PullEvents()
				require.Len(t, events, 1)
				event, ok := events[0].(order.OrderCancelled)
				require.True(t, ok)
				assert.Equal(t, o.ID(), event.AggregateID())
				assert.Equal(t, "OrderCancelled", event.EventName())
			}
		})
	}
}
