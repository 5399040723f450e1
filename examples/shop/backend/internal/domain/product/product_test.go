// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).

package product_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/acme/shop/internal/domain/product"
	"github.com/acme/shop/internal/domain/shared"
	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func ptr[T any](v T) *T { return &v }

// validParams returns Params that pass every invariant; fields with a default are left nil.
func validParams() product.Params {
	return product.Params{
		Sku:        ptr("AAAA"),
		Name:       ptr("sample"),
		CategoryID: ptr(uuid.MustParse("0190a7e0-0000-7000-8000-000000000001")),
		Price:      &shared.MoneyParams{Amount: ptr(shared.NewDecimal(1250, 2)), Currency: ptr("AAA")},
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

func TestNewProduct(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		mutate     func(p *product.Params)
		wantFields []string
	}{
		{name: "valid with defaults", mutate: func(*product.Params) {}},
		{name: "valid with every field", mutate: func(p *product.Params) {
			p.Stock = ptr(int32(0))
			p.WeightKg = ptr(shared.NewDecimal(1250, 2))
			p.Active = ptr(true)
			p.ReleasedOn = ptr(shared.DateOf(time.Date(2024, time.January, 31, 0, 0, 0, 0, time.UTC)))
		}},
		{name: "name at minimum length", mutate: func(p *product.Params) {
			p.Name = ptr("a")
		}},
		{name: "name at maximum length", mutate: func(p *product.Params) {
			p.Name = ptr(strings.Repeat("a", 200))
		}},
		{name: "stock at minimum", mutate: func(p *product.Params) {
			p.Stock = ptr(int32(0))
		}},
		{name: "weightKg at minimum", mutate: func(p *product.Params) {
			p.WeightKg = ptr(shared.NewDecimal(0, 0))
		}},
		{name: "sku missing", mutate: func(p *product.Params) {
			p.Sku = nil
		}, wantFields: []string{"sku"}},
		{name: "name missing", mutate: func(p *product.Params) {
			p.Name = nil
		}, wantFields: []string{"name"}},
		{name: "categoryId missing", mutate: func(p *product.Params) {
			p.CategoryID = nil
		}, wantFields: []string{"categoryId"}},
		{name: "price missing", mutate: func(p *product.Params) {
			p.Price = nil
		}, wantFields: []string{"price"}},
		{name: "sku invalid", mutate: func(p *product.Params) {
			p.Sku = ptr("!")
		}, wantFields: []string{"sku"}},
		{name: "name invalid", mutate: func(p *product.Params) {
			p.Name = ptr(strings.Repeat("a", 201))
		}, wantFields: []string{"name"}},
		{name: "price.amount invalid", mutate: func(p *product.Params) {
			p.Price = &shared.MoneyParams{Amount: ptr(shared.NewDecimal(-1, 0)), Currency: ptr("AAA")}
		}, wantFields: []string{"price.amount"}},
		{name: "price.currency invalid", mutate: func(p *product.Params) {
			p.Price = &shared.MoneyParams{Amount: ptr(shared.NewDecimal(1250, 2)), Currency: ptr("!")}
		}, wantFields: []string{"price.currency"}},
		{name: "price parts missing", mutate: func(p *product.Params) {
			p.Price = &shared.MoneyParams{}
		}, wantFields: []string{"price.amount", "price.currency"}},
		{name: "stock invalid", mutate: func(p *product.Params) {
			p.Stock = ptr(int32(-1))
		}, wantFields: []string{"stock"}},
		{name: "weightKg invalid", mutate: func(p *product.Params) {
			p.WeightKg = ptr(shared.NewDecimal(-1, 0))
		}, wantFields: []string{"weightKg"}},
		{name: "every field missing", mutate: func(p *product.Params) {
			*p = product.Params{}
		}, wantFields: []string{"sku", "name", "categoryId", "price"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p := validParams()
			tt.mutate(&p)
			pr, err := product.NewProduct(p)
			if tt.wantFields != nil {
				assert.Nil(t, pr)
				assertFields(t, err, tt.wantFields...)
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
		p := validParams()
		pr, err := product.NewProduct(p)
		require.NoError(t, err)
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
		p := validParams()
		pr, err := product.NewProduct(p)
		require.NoError(t, err)
		want, err := product.NewProduct(p)
		require.NoError(t, err)
		p.Sku = nil
		assertFields(t, pr.Update(p), []string{"sku"}...)
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
