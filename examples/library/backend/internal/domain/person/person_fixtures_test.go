// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).

package person_test

import (
	"testing"

	"github.com/acme/library/internal/domain/person"
	"github.com/stretchr/testify/require"
)

// The sample values every test of this package starts from: each case copies
// one and changes what it checks. When a rule you add to Person refuses them,
// change them here, and every test follows.

func ptr[T any](v T) *T { return &v }

// validParams returns Params that pass every invariant; fields with a default are left nil.
func validParams() person.Params {
	return person.Params{
		Name:     ptr("sample"),
		Email:    ptr("ann@example.com"),
		MemberNo: ptr(int64(1)),
	}
}

// newPerson returns the Person that validParams make after changes, its
// creation events already pulled.
func newPerson(t *testing.T, changes ...func(p *person.Params)) *person.Person {
	t.Helper()
	p := validParams()
	for _, change := range changes {
		change(&p)
	}
	pe, err := person.NewPerson(p)
	require.NoError(t, err)
	pe.PullEvents()
	return pe
}
