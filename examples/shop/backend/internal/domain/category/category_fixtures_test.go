// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).

package category_test

import (
	"testing"

	"github.com/acme/shop/internal/domain/category"
	"github.com/stretchr/testify/require"
)

// The sample values every test of this package starts from: each case copies
// one and changes what it checks. When a rule you add to Category refuses them,
// change them here, and every test follows.

func ptr[T any](v T) *T { return &v }

// validParams returns Params that pass every invariant; fields with a default are left nil.
func validParams() category.Params {
	return category.Params{
		Name: ptr("sample"),
	}
}

// newCategory returns the Category that validParams make after changes, its
// creation events already pulled.
func newCategory(t *testing.T, changes ...func(p *category.Params)) *category.Category {
	t.Helper()
	p := validParams()
	for _, change := range changes {
		change(&p)
	}
	c, err := category.NewCategory(p)
	require.NoError(t, err)
	c.PullEvents()
	return c
}
