// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).

package book_test

import (
	"testing"

	"github.com/acme/library/internal/domain/book"
	"github.com/google/uuid"
	"github.com/stretchr/testify/require"
)

// The sample values every test of this package starts from: each case copies
// one and changes what it checks. When a rule you add to Book refuses them,
// change them here, and every test follows.

func ptr[T any](v T) *T { return &v }

// validParams returns Params that pass every invariant; fields with a default are left nil.
func validParams() book.Params {
	return book.Params{
		Isbn:      ptr("9781111111111"),
		Title:     ptr("sample"),
		CatalogID: ptr(uuid.MustParse("0190a7e0-0000-7000-8000-000000000001")),
	}
}

// newBook returns the Book that validParams make after changes, its
// creation events already pulled.
func newBook(t *testing.T, changes ...func(p *book.Params)) *book.Book {
	t.Helper()
	p := validParams()
	for _, change := range changes {
		change(&p)
	}
	b, err := book.NewBook(p)
	require.NoError(t, err)
	b.PullEvents()
	return b
}
