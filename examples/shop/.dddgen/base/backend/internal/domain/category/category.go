// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).

package category

import (
	"fmt"
	"log/slog"

	"github.com/acme/shop/internal/domain/shared"
)

// Category is an aggregate root.
type Category struct {
	shared.AggregateRoot
	name        string
	description *string
}

// Params holds the unvalidated values of every Category field, as given to
// NewCategory and Update; nil means absent. Fields with a default may be left nil.
type Params struct {
	Name        *string
	Description *string
}

// NewCategory validates p and returns a new Category (command CreateCategory).
func NewCategory(p Params) (*Category, error) {
	c := &Category{}
	if err := c.assign(p); err != nil {
		return nil, err
	}
	root, err := shared.NewAggregateRoot()
	if err != nil {
		return nil, fmt.Errorf("new category: %w", err)
	}
	c.AggregateRoot = root
	return c, nil
}

// UnmarshalCategoryFromDatabase rebuilds a Category from stored values.
// It is not a constructor: it validates nothing, records no event and is
// meant for repositories only.
func UnmarshalCategoryFromDatabase(
	root shared.AggregateRoot,
	name string,
	description *string,
) *Category {
	return &Category{
		AggregateRoot: root,
		name:          name,
		description:   description,
	}
}

// assign validates p and sets every field from it, reporting all failing
// fields at once. On error the receiver is left unchanged.
func (c *Category) assign(p Params) error {
	var v shared.Validator
	next := *c
	if name, ok := shared.Required(&v, "name", p.Name); ok {
		v.MinLength("name", name, 1)
		v.MaxLength("name", name, 80)
		next.name = name
	}
	next.description = shared.CopyPtr(p.Description)
	if err := v.Err(); err != nil {
		return err
	}
	*c = next
	return nil
}

// Update applies the UpdateCategory command: it replaces every field.
func (c *Category) Update(p Params) error {
	return c.assign(p)
}

// Name returns the name field.
func (c *Category) Name() string { return c.name }

// Description returns the description field, or nil when it is not set.
func (c *Category) Description() *string { return shared.CopyPtr(c.description) }

// LogValue implements slog.LogValuer; personal data is redacted.
func (c *Category) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("id", c.ID().String()),
		slog.Int64("version", c.Version()),
		slog.String("name", c.name),
		slog.Any("description", shared.LogPtr(c.description)),
	)
}
