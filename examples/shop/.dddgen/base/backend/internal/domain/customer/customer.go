// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).

package customer

import (
	"fmt"
	"log/slog"

	"github.com/acme/shop/internal/domain/shared"
)

// Customer is an aggregate root.
type Customer struct {
	shared.AggregateRoot
	email shared.Email
	name  string
}

// Params holds the unvalidated values of every Customer field, as given to
// NewCustomer and Update; nil means absent. Fields with a default may be left nil.
type Params struct {
	Email *string
	Name  *string
}

// NewCustomer validates p and returns a new Customer (command CreateCustomer).
func NewCustomer(p Params) (*Customer, error) {
	c := &Customer{}
	if err := c.assign(p); err != nil {
		return nil, err
	}
	root, err := shared.NewAggregateRoot()
	if err != nil {
		return nil, fmt.Errorf("new customer: %w", err)
	}
	c.AggregateRoot = root
	return c, nil
}

// UnmarshalCustomerFromDatabase rebuilds a Customer from stored values.
// It is not a constructor: it validates nothing, records no event and is
// meant for repositories only.
func UnmarshalCustomerFromDatabase(
	root shared.AggregateRoot,
	email shared.Email,
	name string,
) *Customer {
	return &Customer{
		AggregateRoot: root,
		email:         email,
		name:          name,
	}
}

// assign validates p and sets every field from it, reporting all failing
// fields at once. On error the receiver is left unchanged.
func (c *Customer) assign(p Params) error {
	var v shared.Validator
	next := *c
	if email, ok := shared.Required(&v, "email", p.Email); ok {
		e, err := shared.NewEmail(email)
		v.Merge("email", err)
		next.email = e
	}
	if name, ok := shared.Required(&v, "name", p.Name); ok {
		v.MaxLength("name", name, 120)
		next.name = name
	}
	if err := v.Err(); err != nil {
		return err
	}
	*c = next
	return nil
}

// Update applies the UpdateCustomer command: it replaces every field.
func (c *Customer) Update(p Params) error {
	return c.assign(p)
}

// Email returns the email field.
func (c *Customer) Email() shared.Email { return c.email }

// Name returns the name field.
func (c *Customer) Name() string { return c.name }

// LogValue implements slog.LogValuer; personal data is redacted.
func (c *Customer) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("id", c.ID().String()),
		slog.Int64("version", c.Version()),
		slog.Any("email", c.email),
		slog.String("name", c.name),
	)
}
