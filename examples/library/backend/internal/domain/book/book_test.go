// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).

package book_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/acme/library/internal/domain/book"
	"github.com/acme/library/internal/domain/shared"
	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func ptr[T any](v T) *T { return &v }

// validParams returns Params that pass every invariant; fields with a default are left nil.
func validParams() book.Params {
	return book.Params{
		Isbn:      ptr("9781111111111"),
		Title:     ptr("sample"),
		CatalogID: ptr(uuid.MustParse("0190a7e0-0000-7000-8000-000000000001")),
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

func TestNewBook(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		mutate     func(p *book.Params)
		wantFields []string
	}{
		{name: "valid with defaults", mutate: func(*book.Params) {}},
		{name: "valid with every field", mutate: func(p *book.Params) {
			p.Type = ptr(book.TypePaperback)
			p.Group = ptr("sample")
			p.Order = ptr(int32(0))
			p.PublishedOn = ptr(shared.DateOf(time.Date(2000, time.January, 1, 0, 0, 0, 0, time.UTC)))
		}},
		{name: "title at minimum length", mutate: func(p *book.Params) {
			p.Title = ptr("a")
		}},
		{name: "title at maximum length", mutate: func(p *book.Params) {
			p.Title = ptr(strings.Repeat("a", 300))
		}},
		{name: "order at minimum", mutate: func(p *book.Params) {
			p.Order = ptr(int32(0))
		}},
		{name: "isbn missing", mutate: func(p *book.Params) {
			p.Isbn = nil
		}, wantFields: []string{"isbn"}},
		{name: "title missing", mutate: func(p *book.Params) {
			p.Title = nil
		}, wantFields: []string{"title"}},
		{name: "catalogId missing", mutate: func(p *book.Params) {
			p.CatalogID = nil
		}, wantFields: []string{"catalogId"}},
		{name: "isbn invalid", mutate: func(p *book.Params) {
			p.Isbn = ptr("!")
		}, wantFields: []string{"isbn"}},
		{name: "title invalid", mutate: func(p *book.Params) {
			p.Title = ptr(strings.Repeat("a", 301))
		}, wantFields: []string{"title"}},
		{name: "type invalid", mutate: func(p *book.Params) {
			p.Type = ptr(book.Type("NOT_A_VALUE"))
		}, wantFields: []string{"type"}},
		{name: "order invalid", mutate: func(p *book.Params) {
			p.Order = ptr(int32(-1))
		}, wantFields: []string{"order"}},
		{name: "every field missing", mutate: func(p *book.Params) {
			*p = book.Params{}
		}, wantFields: []string{"isbn", "title", "catalogId"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p := validParams()
			tt.mutate(&p)
			b, err := book.NewBook(p)
			if tt.wantFields != nil {
				assert.Nil(t, b)
				assertFields(t, err, tt.wantFields...)
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
			events := b.PullEvents()
			require.Len(t, events, 1)
			event, ok := events[0].(book.BookAdded)
			require.True(t, ok)
			assert.Equal(t, b.ID(), event.AggregateID())
			assert.Equal(t, b.Isbn(), event.Isbn)
			assert.Equal(t, b.Title(), event.Title)
		})
	}
}

func TestBookUpdate(t *testing.T) {
	t.Parallel()
	t.Run("replaces every field", func(t *testing.T) {
		t.Parallel()
		p := validParams()
		b, err := book.NewBook(p)
		require.NoError(t, err)
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
		p := validParams()
		b, err := book.NewBook(p)
		require.NoError(t, err)
		want, err := book.NewBook(p)
		require.NoError(t, err)
		p.Isbn = nil
		assertFields(t, b.Update(p), []string{"isbn"}...)
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
		{name: "allowed", state: func(*book.Params) {}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p := validParams()
			tt.state(&p)
			b, err := book.NewBook(p)
			require.NoError(t, err)
			b.PullEvents()

			err = b.Delete()
			switch {
			case tt.wantFields != nil:
				assertFields(t, err, tt.wantFields...)
				assert.Empty(t, b.PullEvents())
			case tt.wantErr != nil:
				require.ErrorIs(t, err, tt.wantErr)
				assert.ErrorIs(t, err, shared.ErrGuard)
				assert.Empty(t, b.PullEvents())
			default:
				require.NoError(t, err)
				events := b.PullEvents()
				require.Len(t, events, 1)
				event, ok := events[0].(book.BookRetired)
				require.True(t, ok)
				assert.Equal(t, b.ID(), event.AggregateID())
				assert.Equal(t, "BookRetired", event.EventName())
			}
		})
	}
}
