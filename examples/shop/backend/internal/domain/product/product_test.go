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
		Sku:        ptr("BOOK-0001"),
		Name:       ptr("Dune"),
		CategoryID: ptr(uuid.MustParse("0190f4c2-7a00-7000-8000-000000000001")),
		Price:      &shared.MoneyParams{Amount: ptr(shared.NewDecimal(1999, 2)), Currency: ptr("EUR")},
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
	releasedOn, err := shared.NewDate(2024, time.January, 31)
	require.NoError(t, err)
	tests := []struct {
		name       string
		mutate     func(p *product.Params)
		wantFields []string
	}{
		{name: "valid with defaults", mutate: func(*product.Params) {}},
		{name: "valid with every field", mutate: func(p *product.Params) {
			p.Stock = ptr(int32(3))
			p.WeightKg = ptr(shared.NewDecimal(125, 3))
			p.Active = ptr(false)
			p.ReleasedOn = &releasedOn
		}},
		{name: "stock and weight at minimum", mutate: func(p *product.Params) {
			p.Stock = ptr(int32(0))
			p.WeightKg = ptr(shared.NewDecimal(0, 0))
		}},
		{name: "sku not matching pattern", mutate: func(p *product.Params) { p.Sku = ptr("bk1") }, wantFields: []string{"sku"}},
		{name: "name too short", mutate: func(p *product.Params) { p.Name = ptr("") }, wantFields: []string{"name"}},
		{name: "name too long", mutate: func(p *product.Params) { p.Name = ptr(strings.Repeat("n", 201)) }, wantFields: []string{"name"}},
		{name: "price invalid", mutate: func(p *product.Params) { p.Price.Currency = ptr("EURO") }, wantFields: []string{"price.currency"}},
		{name: "stock below minimum", mutate: func(p *product.Params) { p.Stock = ptr(int32(-1)) }, wantFields: []string{"stock"}},
		{name: "weight below minimum", mutate: func(p *product.Params) { p.WeightKg = ptr(shared.NewDecimal(-1, 3)) }, wantFields: []string{"weightKg"}},
		{name: "every field invalid", mutate: func(p *product.Params) {
			*p = product.Params{Stock: ptr(int32(-1)), WeightKg: ptr(shared.NewDecimal(-1, 0))}
		}, wantFields: []string{"sku", "name", "categoryId", "price", "stock", "weightKg"}},
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
			assert.Equal(t, *p.Sku, pr.Sku())
			assert.Equal(t, *p.Name, pr.Name())
			assert.Equal(t, *p.CategoryID, pr.CategoryID())
			assert.Equal(t, shared.ValueOr(p.Stock, 0), pr.Stock())
			assert.Equal(t, p.WeightKg, pr.WeightKg())
			assert.Equal(t, shared.ValueOr(p.Active, true), pr.Active())
			assert.Equal(t, p.ReleasedOn, pr.ReleasedOn())
		})
	}
}

func TestProductUpdate(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		mutate     func(p *product.Params)
		wantFields []string
	}{
		{name: "replaces every field", mutate: func(p *product.Params) {
			p.Name = ptr("Dune Messiah")
			p.Stock = ptr(int32(9))
		}},
		{name: "invalid leaves the product unchanged", mutate: func(p *product.Params) {
			p.Name = ptr("Dune Messiah")
			p.Stock = ptr(int32(-9))
		}, wantFields: []string{"stock"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			pr, err := product.NewProduct(validParams())
			require.NoError(t, err)
			p := validParams()
			tt.mutate(&p)
			err = pr.Update(p)
			if tt.wantFields != nil {
				assertFields(t, err, tt.wantFields...)
				assert.Equal(t, "Dune", pr.Name())
				assert.Equal(t, int32(0), pr.Stock())
				return
			}
			require.NoError(t, err)
			assert.Equal(t, *p.Name, pr.Name())
			assert.Equal(t, *p.Stock, pr.Stock())
		})
	}
}
