// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).

package product_test

import (
	"strings"
	"testing"
	"time"

	"github.com/acme/shop/internal/domain/product"
	"github.com/acme/shop/internal/domain/shared"
	"github.com/acme/shop/internal/domain/shared/sharedtest"
	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The cases below start from the sample values in product_fixtures_test.go.

func TestNewProduct(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		change     func(p *product.Params)
		wantFields []string
	}{
		{"valid with defaults", func(*product.Params) {}, nil},
		{"valid with every field", func(p *product.Params) {
			p.Stock = ptr(int32(0))
			p.WeightKg = ptr(shared.NewDecimal(1250, 2))
			p.Active = ptr(true)
			p.ReleasedOn = ptr(shared.DateOf(time.Date(2024, time.January, 31, 0, 0, 0, 0, time.UTC)))
		}, nil},
		{"name at minimum length", func(p *product.Params) { p.Name = ptr("a") }, nil},
		{"name at maximum length", func(p *product.Params) { p.Name = ptr(strings.Repeat("a", 200)) }, nil},
		{"stock at minimum", func(p *product.Params) { p.Stock = ptr(int32(0)) }, nil},
		{"weightKg at minimum", func(p *product.Params) { p.WeightKg = ptr(shared.NewDecimal(0, 0)) }, nil},
		{"sku missing", func(p *product.Params) { p.Sku = nil }, []string{"sku"}},
		{"name missing", func(p *product.Params) { p.Name = nil }, []string{"name"}},
		{"categoryId missing", func(p *product.Params) { p.CategoryID = nil }, []string{"categoryId"}},
		{"price missing", func(p *product.Params) { p.Price = nil }, []string{"price"}},
		{"sku invalid", func(p *product.Params) { p.Sku = ptr("!") }, []string{"sku"}},
		{"name invalid", func(p *product.Params) { p.Name = ptr(strings.Repeat("a", 201)) }, []string{"name"}},
		{"price.amount invalid", func(p *product.Params) { p.Price.Amount = ptr(shared.NewDecimal(-1, 0)) }, []string{"price.amount"}},
		{"price.currency invalid", func(p *product.Params) { p.Price.Currency = ptr("!") }, []string{"price.currency"}},
		{"price parts missing", func(p *product.Params) { p.Price = &shared.MoneyParams{} }, []string{"price.amount", "price.currency"}},
		{"stock invalid", func(p *product.Params) { p.Stock = ptr(int32(-1)) }, []string{"stock"}},
		{"weightKg invalid", func(p *product.Params) { p.WeightKg = ptr(shared.NewDecimal(-1, 0)) }, []string{"weightKg"}},
		{"every field missing", func(p *product.Params) { *p = product.Params{} }, []string{"sku", "name", "categoryId", "price"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p := validParams()
			tt.change(&p)
			pr, err := product.NewProduct(p)
			if tt.wantFields != nil {
				assert.Nil(t, pr)
				sharedtest.AssertFields(t, err, tt.wantFields...)
				return
			}
			require.NoError(t, err)
			assert.NotEqual(t, uuid.Nil, pr.ID())
			assert.Equal(t, int64(1), pr.Version())
			assert.Equal(t, *p.Sku, pr.Sku())
			assert.Equal(t, *p.Name, pr.Name())
			assert.Equal(t, *p.CategoryID, pr.CategoryID())
			assert.Equal(t, shared.ValueOr(p.Stock, int32(0)), pr.Stock())
			assert.Equal(t, p.WeightKg, pr.WeightKg())
			assert.Equal(t, shared.ValueOr(p.Active, true), pr.Active())
			assert.Equal(t, p.ReleasedOn, pr.ReleasedOn())
			assert.Empty(t, pr.PullEvents())
		})
	}
}

func TestProductUpdate(t *testing.T) {
	t.Parallel()
	t.Run("replaces every field", func(t *testing.T) {
		t.Parallel()
		pr := newProduct(t)
		p := validParams()
		p.Stock = ptr(int32(0))
		p.WeightKg = ptr(shared.NewDecimal(1250, 2))
		p.Active = ptr(true)
		p.ReleasedOn = ptr(shared.DateOf(time.Date(2024, time.January, 31, 0, 0, 0, 0, time.UTC)))
		require.NoError(t, pr.Update(p))
		assert.Equal(t, *p.Sku, pr.Sku())
		assert.Equal(t, *p.Name, pr.Name())
		assert.Equal(t, *p.CategoryID, pr.CategoryID())
		assert.Equal(t, shared.ValueOr(p.Stock, int32(0)), pr.Stock())
		assert.Equal(t, p.WeightKg, pr.WeightKg())
		assert.Equal(t, shared.ValueOr(p.Active, true), pr.Active())
		assert.Equal(t, p.ReleasedOn, pr.ReleasedOn())
	})
	t.Run("invalid leaves the product unchanged", func(t *testing.T) {
		t.Parallel()
		pr, want := newProduct(t), newProduct(t)
		p := validParams()
		p.Sku = nil
		sharedtest.AssertFields(t, pr.Update(p), []string{"sku"}...)
		assert.Equal(t, want.Sku(), pr.Sku())
		assert.Equal(t, want.Name(), pr.Name())
		assert.Equal(t, want.CategoryID(), pr.CategoryID())
		assert.Equal(t, want.Price(), pr.Price())
		assert.Equal(t, want.Stock(), pr.Stock())
		assert.Equal(t, want.WeightKg(), pr.WeightKg())
		assert.Equal(t, want.Active(), pr.Active())
		assert.Equal(t, want.ReleasedOn(), pr.ReleasedOn())
	})
}
