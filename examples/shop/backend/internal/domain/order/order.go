// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).

package order

import (
	"fmt"
	"log/slog"
	"slices"

	"github.com/acme/shop/internal/domain/shared"
	"github.com/google/uuid"
)

// Order is an aggregate root.
type Order struct {
	shared.AggregateRoot
	customerID uuid.UUID
	status     Status
	total      shared.Money
	note       *string
	orderLines []OrderLine
}

// Params holds the unvalidated values of every Order field, as given to
// NewOrder; nil means absent. Fields with a default may be left nil.
type Params struct {
	CustomerID *uuid.UUID
	Status     *Status
	Total      *shared.MoneyParams
	Note       *string
	OrderLines []OrderLineParams
}

// CancelOrderParams holds the unvalidated parameters of the CancelOrder command.
type CancelOrderParams struct {
	Reason *string
}

// NewOrder validates p and returns a new Order (command PlaceOrder).
// It records OrderPlaced.
func NewOrder(p Params) (*Order, error) {
	o := &Order{}
	if err := o.assign(p); err != nil {
		return nil, err
	}
	root, err := shared.NewAggregateRoot()
	if err != nil {
		return nil, fmt.Errorf("new order: %w", err)
	}
	o.AggregateRoot = root
	o.Record(OrderPlaced{
		EventBase:  shared.NewEventBase(o.ID()),
		CustomerID: o.customerID,
		Total:      o.total,
	})
	return o, nil
}

// UnmarshalOrderFromDatabase rebuilds an Order from stored values.
// It is not a constructor: it validates nothing, records no event and is
// meant for repositories only.
func UnmarshalOrderFromDatabase(
	root shared.AggregateRoot,
	customerID uuid.UUID,
	status Status,
	total shared.Money,
	note *string,
	orderLines []OrderLine,
) *Order {
	return &Order{
		AggregateRoot: root,
		customerID:    customerID,
		status:        status,
		total:         total,
		note:          note,
		orderLines:    slices.Clone(orderLines),
	}
}

// assign validates p and sets every field from it, reporting all failing
// fields at once. On error the receiver is left unchanged.
func (o *Order) assign(p Params) error {
	var v shared.Validator
	next := *o
	if customerID, ok := shared.Required(&v, "customerId", p.CustomerID); ok {
		next.customerID = customerID
	}
	next.status = shared.ValueOr(p.Status, StatusPending)
	shared.OneOf(&v, "status", next.status, StatusValues())
	if total, ok := shared.Required(&v, "total", p.Total); ok {
		m, err := shared.NewMoney(total)
		v.Merge("total", err)
		next.total = m
	}
	next.note = shared.CopyPtr(p.Note)
	next.orderLines = make([]OrderLine, 0, len(p.OrderLines))
	for i, lp := range p.OrderLines {
		line, err := NewOrderLine(lp)
		v.Merge(fmt.Sprintf("orderLines[%d]", i), err)
		next.orderLines = append(next.orderLines, line)
	}
	if err := v.Err(); err != nil {
		return err
	}
	*o = next
	return nil
}

// Pay applies the PayOrder command. It is allowed only while status is
// PENDING; it sets status to PAID.
func (o *Order) Pay() error {
	if !slices.Contains([]Status{StatusPending}, o.status) {
		return ErrPayOrderNotAllowed
	}
	o.status = StatusPaid
	return nil
}

// Cancel applies the CancelOrder command. It is allowed only while status is
// PENDING; it sets status to CANCELLED and records OrderCancelled.
func (o *Order) Cancel(p CancelOrderParams) error {
	var v shared.Validator
	reason, _ := shared.Required(&v, "reason", p.Reason)
	if err := v.Err(); err != nil {
		return err
	}
	if !slices.Contains([]Status{StatusPending}, o.status) {
		return ErrCancelOrderNotAllowed
	}
	o.status = StatusCancelled
	o.Record(OrderCancelled{
		EventBase: shared.NewEventBase(o.ID()),
		Reason:    reason,
	})
	return nil
}

// CustomerID returns the customerId field.
func (o *Order) CustomerID() uuid.UUID { return o.customerID }

// Status returns the status field.
func (o *Order) Status() Status { return o.status }

// Total returns the total field.
func (o *Order) Total() shared.Money { return o.total }

// Note returns the note field, or nil when it is not set.
func (o *Order) Note() *string { return shared.CopyPtr(o.note) }

// OrderLines returns a copy of the order's OrderLine entities, in order.
func (o *Order) OrderLines() []OrderLine { return slices.Clone(o.orderLines) }

// LogValue implements slog.LogValuer; personal data is redacted.
func (o *Order) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("id", o.ID().String()),
		slog.Int64("version", o.Version()),
		slog.String("customerId", o.customerID.String()),
		slog.String("status", string(o.status)),
		slog.Any("total", o.total),
		slog.Any("note", shared.LogPtr(o.note)),
		slog.Int("orderLines", len(o.orderLines)),
	)
}
