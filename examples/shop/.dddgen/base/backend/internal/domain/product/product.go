// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).

package product

import (
	"fmt"
	"log/slog"
	"regexp"

	"github.com/acme/shop/internal/domain/shared"
	"github.com/google/uuid"
)

var (
	skuPattern  = regexp.MustCompile(`^[A-Z0-9-]{4,20}$`)
	weightKgMin = shared.NewDecimal(0, 0)
)

// Product is an aggregate root.
type Product struct {
	shared.AggregateRoot
	sku        string
	name       string
	categoryID uuid.UUID
	price      shared.Money
	stock      int32
	weightKg   *shared.Decimal
	active     bool
	releasedOn *shared.Date
}

// Params holds the unvalidated values of every Product field, as given to
// NewProduct and Update; nil means absent. Fields with a default may be left nil.
type Params struct {
	Sku        *string
	Name       *string
	CategoryID *uuid.UUID
	Price      *shared.MoneyParams
	Stock      *int32
	WeightKg   *shared.Decimal
	Active     *bool
	ReleasedOn *shared.Date
}

// NewProduct validates p and returns a new Product (command CreateProduct).
func NewProduct(p Params) (*Product, error) {
	pr := &Product{}
	if err := pr.assign(p); err != nil {
		return nil, err
	}
	root, err := shared.NewAggregateRoot()
	if err != nil {
		return nil, fmt.Errorf("new product: %w", err)
	}
	pr.AggregateRoot = root
	return pr, nil
}

// UnmarshalProductFromDatabase rebuilds a Product from stored values.
// It is not a constructor: it validates nothing, records no event and is
// meant for repositories only.
func UnmarshalProductFromDatabase(
	root shared.AggregateRoot,
	sku string,
	name string,
	categoryID uuid.UUID,
	price shared.Money,
	stock int32,
	weightKg *shared.Decimal,
	active bool,
	releasedOn *shared.Date,
) *Product {
	return &Product{
		AggregateRoot: root,
		sku:           sku,
		name:          name,
		categoryID:    categoryID,
		price:         price,
		stock:         stock,
		weightKg:      weightKg,
		active:        active,
		releasedOn:    releasedOn,
	}
}

// assign validates p and sets every field from it, reporting all failing
// fields at once. On error the receiver is left unchanged.
func (pr *Product) assign(p Params) error {
	var v shared.Validator
	next := *pr
	if sku, ok := shared.Required(&v, "sku", p.Sku); ok {
		v.Pattern("sku", sku, skuPattern)
		next.sku = sku
	}
	if name, ok := shared.Required(&v, "name", p.Name); ok {
		v.MinLength("name", name, 1)
		v.MaxLength("name", name, 200)
		next.name = name
	}
	if categoryID, ok := shared.Required(&v, "categoryId", p.CategoryID); ok {
		next.categoryID = categoryID
	}
	if price, ok := shared.Required(&v, "price", p.Price); ok {
		m, err := shared.NewMoney(price)
		v.Merge("price", err)
		next.price = m
	}
	next.stock = shared.ValueOr(p.Stock, 0)
	v.Min("stock", int64(next.stock), 0)
	if p.WeightKg != nil {
		v.MinDecimal("weightKg", *p.WeightKg, weightKgMin)
	}
	next.weightKg = shared.CopyPtr(p.WeightKg)
	next.active = shared.ValueOr(p.Active, true)
	next.releasedOn = shared.CopyPtr(p.ReleasedOn)
	if err := v.Err(); err != nil {
		return err
	}
	*pr = next
	return nil
}

// Update applies the UpdateProduct command: it replaces every field.
func (pr *Product) Update(p Params) error {
	return pr.assign(p)
}

// Sku returns the sku field.
func (pr *Product) Sku() string { return pr.sku }

// Name returns the name field.
func (pr *Product) Name() string { return pr.name }

// CategoryID returns the categoryId field.
func (pr *Product) CategoryID() uuid.UUID { return pr.categoryID }

// Price returns the price field.
func (pr *Product) Price() shared.Money { return pr.price }

// Stock returns the stock field.
func (pr *Product) Stock() int32 { return pr.stock }

// WeightKg returns the weightKg field, or nil when it is not set.
func (pr *Product) WeightKg() *shared.Decimal { return shared.CopyPtr(pr.weightKg) }

// Active returns the active field.
func (pr *Product) Active() bool { return pr.active }

// ReleasedOn returns the releasedOn field, or nil when it is not set.
func (pr *Product) ReleasedOn() *shared.Date { return shared.CopyPtr(pr.releasedOn) }

// LogValue implements slog.LogValuer; personal data is redacted.
func (pr *Product) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("id", pr.ID().String()),
		slog.Int64("version", pr.Version()),
		slog.String("sku", pr.sku),
		slog.String("name", pr.name),
		slog.String("categoryId", pr.categoryID.String()),
		slog.Any("price", pr.price),
		slog.Int64("stock", int64(pr.stock)),
		slog.Any("weightKg", shared.LogPtr(pr.weightKg)),
		slog.Bool("active", pr.active),
		slog.Any("releasedOn", shared.LogPtr(pr.releasedOn)),
	)
}
