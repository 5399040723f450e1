// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).

package book_test

import (
	"strings"
	"testing"
	"time"

	"github.com/acme/library/internal/domain/book"
	"github.com/acme/library/internal/domain/shared"
	"github.com/acme/library/internal/domain/shared/sharedtest"
	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The cases below start from the sample values in book_fixtures_test.go.

func TestNewBook(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		change     func(p *book.Params)
		wantFields []string
	}{
		{"valid with defaults", func(*book.Params) {}, nil},
		{"valid with every field", func(p *book.Params) {
			p.Type = ptr(book.TypePaperback)
			p.Group = ptr("sample")
			p.Order = ptr(int32(0))
			p.PublishedOn = ptr(shared.DateOf(time.Date(2000, time.January, 1, 0, 0, 0, 0, time.UTC)))
		}, nil},
		{"title at minimum length", func(p *book.Params) { p.Title = ptr("a") }, nil},
		{"title at maximum length", func(p *book.Params) { p.Title = ptr(strings.Repeat("a", 300)) }, nil},
		{"order at minimum", func(p *book.Params) { p.Order = ptr(int32(0)) }, nil},
		{"isbn missing", func(p *book.Params) { p.Isbn = nil }, []string{"isbn"}},
		{"title missing", func(p *book.Params) { p.Title = nil }, []string{"title"}},
		{"catalogId missing", func(p *book.Params) { p.CatalogID = nil }, []string{"catalogId"}},
		{"isbn invalid", func(p *book.Params) { p.Isbn = ptr("!") }, []string{"isbn"}},
		{"title invalid", func(p *book.Params) { p.Title = ptr(strings.Repeat("a", 301)) }, []string{"title"}},
		{"type invalid", func(p *book.Params) { p.Type = ptr(book.Type("NOT_A_VALUE")) }, []string{"type"}},
		{"order invalid", func(p *book.Params) { p.Order = ptr(int32(-1)) }, []string{"order"}},
		{"every field missing", func(p *book.Params) { *p = book.Params{} }, []string{"isbn", "title", "catalogId"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p := validParams()
			tt.change(&p)
			b, err := book.NewBook(p)
			if tt.wantFields != nil {
				assert.Nil(t, b)
				sharedtest.AssertFields(t, err, tt.wantFields...)
				return
			}
			require.NoError(t, err)
			assert.NotEqual(t, uuid.Nil, b.ID())
			assert.Equal(t, int64(1), b.Version())
			assert.Equal(t, *p.Isbn, b.Isbn().Value())
			assert.Equal(t, *p.Title, b.Title())
			assert.Equal(t, shared.ValueOr(p.Type, book.TypePaperback), b.Type())
			assert.Equal(t, p.Group, b.Group())
			assert.Equal(t, shared.ValueOr(p.Order, int32(0)), b.Order())
			assert.Equal(t, shared.ValueOr(p.PublishedOn, shared.DateOf(time.Date(2000, time.January, 1, 0, 0, 0, 0, time.UTC))), b.PublishedOn())
			assert.Equal(t, *p.CatalogID, b.CatalogID())
			event := sharedtest.SingleEvent[book.BookAdded](t, b)
			assert.Equal(t, b.Isbn(), event.Isbn)
			assert.Equal(t, b.Title(), event.Title)
		})
	}
}

func TestBookUpdate(t *testing.T) {
	t.Parallel()
	t.Run("replaces every field", func(t *testing.T) {
		t.Parallel()
		b := newBook(t)
		p := validParams()
		p.Type = ptr(book.TypePaperback)
		p.Group = ptr("sample")
		p.Order = ptr(int32(0))
		p.PublishedOn = ptr(shared.DateOf(time.Date(2000, time.January, 1, 0, 0, 0, 0, time.UTC)))
		require.NoError(t, b.Update(p))
		assert.Equal(t, *p.Isbn, b.Isbn().Value())
		assert.Equal(t, *p.Title, b.Title())
		assert.Equal(t, shared.ValueOr(p.Type, book.TypePaperback), b.Type())
		assert.Equal(t, p.Group, b.Group())
		assert.Equal(t, shared.ValueOr(p.Order, int32(0)), b.Order())
		assert.Equal(t, shared.ValueOr(p.PublishedOn, shared.DateOf(time.Date(2000, time.January, 1, 0, 0, 0, 0, time.UTC))), b.PublishedOn())
		assert.Equal(t, *p.CatalogID, b.CatalogID())
	})
	t.Run("invalid leaves the book unchanged", func(t *testing.T) {
		t.Parallel()
		b, want := newBook(t), newBook(t)
		p := validParams()
		p.Isbn = nil
		sharedtest.AssertFields(t, b.Update(p), []string{"isbn"}...)
		assert.Equal(t, want.Isbn(), b.Isbn())
		assert.Equal(t, want.Title(), b.Title())
		assert.Equal(t, want.Type(), b.Type())
		assert.Equal(t, want.Group(), b.Group())
		assert.Equal(t, want.Order(), b.Order())
		assert.Equal(t, want.PublishedOn(), b.PublishedOn())
		assert.Equal(t, want.CatalogID(), b.CatalogID())
	})
}

func TestBookDelete(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		state      func(p *book.Params)
		wantErr    error
		wantFields []string
	}{
		{"allowed", func(*book.Params) {}, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			b := newBook(t, tt.state)
			err := b.Delete()
			if sharedtest.Refused(t, b, err, tt.wantErr, tt.wantFields) {
				return
			}
			assert.Equal(t, "BookRetired", sharedtest.SingleEvent[book.BookRetired](t, b).EventName())
		})
	}
}
