// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).

package customer_test

import (
	"testing"

	"github.com/acme/shop/internal/domain/customer"
	"github.com/stretchr/testify/require"
)

// The sample values every test of this package starts from: each case copies
// one and changes what it checks. When a rule you add to Customer refuses them,
// change them here, and every test follows.

func ptr[T any](v T) *T { return &v }

// validParams returns Params that pass every invariant; fields with a default are left nil.
func validParams() customer.Params {
	return customer.Params{
		Email: ptr("a@a"),
		Name:  ptr("sample"),
	}
}

// newCustomer returns the Customer that validParams make after changes, its
// creation events already pulled.
func newCustomer(t *testing.T, changes ...func(p *customer.Params)) *customer.Customer {
	t.Helper()
	p := validParams()
	for _, change := range changes {
		change(&p)
	}
	c, err := customer.NewCustomer(p)
	require.NoError(t, err)
	c.PullEvents()
	return c
}
