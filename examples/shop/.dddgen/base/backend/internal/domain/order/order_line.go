// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).

package order

import (
	"fmt"

	"github.com/acme/shop/internal/domain/shared"
	"github.com/google/uuid"
)

// OrderLine is an entity owned by the Order aggregate. It has its own
// identity but is only created and stored through its Order.
type OrderLine struct {
	id        uuid.UUID
	productID uuid.UUID
	quantity  int32
	unitPrice shared.Money
}

// OrderLineParams holds the unvalidated values of an OrderLine; nil means absent.
type OrderLineParams struct {
	ProductID *uuid.UUID
	Quantity  *int32
	UnitPrice *shared.MoneyParams
}

// NewOrderLine validates p and returns a new OrderLine with a fresh UUIDv7 id.
// Field names in its ValidationError are relative to the line.
func NewOrderLine(p OrderLineParams) (OrderLine, error) {
	var v shared.Validator
	var l OrderLine
	if productID, ok := shared.Required(&v, "productId", p.ProductID); ok {
		l.productID = productID
	}
	if quantity, ok := shared.Required(&v, "quantity", p.Quantity); ok {
		v.Min("quantity", int64(quantity), 1)
		l.quantity = quantity
	}
	if unitPrice, ok := shared.Required(&v, "unitPrice", p.UnitPrice); ok {
		m, err := shared.NewMoney(unitPrice)
		v.Merge("unitPrice", err)
		l.unitPrice = m
	}
	if err := v.Err(); err != nil {
		return OrderLine{}, err
	}
	id, err := uuid.NewV7()
	if err != nil {
		return OrderLine{}, fmt.Errorf("new order line: %w", err)
	}
	l.id = id
	return l, nil
}

// UnmarshalOrderLineFromDatabase rebuilds an OrderLine from stored values.
// It is not a constructor: it validates nothing and is meant for repositories only.
func UnmarshalOrderLineFromDatabase(
	id uuid.UUID,
	productID uuid.UUID,
	quantity int32,
	unitPrice shared.Money,
) OrderLine {
	return OrderLine{
		id:        id,
		productID: productID,
		quantity:  quantity,
		unitPrice: unitPrice,
	}
}

// ID returns the line's identity.
func (l OrderLine) ID() uuid.UUID { return l.id }

// ProductID returns the productId field.
func (l OrderLine) ProductID() uuid.UUID { return l.productID }

// Quantity returns the quantity field.
func (l OrderLine) Quantity() int32 { return l.quantity }

// UnitPrice returns the unitPrice field.
func (l OrderLine) UnitPrice() shared.Money { return l.unitPrice }
