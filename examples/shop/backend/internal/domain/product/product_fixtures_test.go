// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).

package product_test

import (
	"testing"

	"github.com/acme/shop/internal/domain/product"
	"github.com/acme/shop/internal/domain/shared"
	"github.com/google/uuid"
	"github.com/stretchr/testify/require"
)

// The sample values every test of this package starts from: each case copies
// one and changes what it checks. When a rule you add to Product refuses them,
// change them here, and every test follows.

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

// newProduct returns the Product that validParams make after changes, its
// creation events already pulled.
func newProduct(t *testing.T, changes ...func(p *product.Params)) *product.Product {
	t.Helper()
	p := validParams()
	for _, change := range changes {
		change(&p)
	}
	pr, err := product.NewProduct(p)
	require.NoError(t, err)
	pr.PullEvents()
	return pr
}
