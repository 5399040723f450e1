// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).

package category_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/acme/shop/internal/domain/category"
	"github.com/acme/shop/internal/domain/shared"
	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func ptr[T any](v T) *T { return &v }

// validParams returns Params that pass every invariant; fields with a default are left nil.
func validParams() category.Params {
	return category.Params{
		Name: ptr("sample"),
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

func TestNewCategory(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		mutate     func(p *category.Params)
		wantFields []string
	}{
		{name: "valid with defaults", mutate: func(*category.Params) {}},
		{name: "valid with every field", mutate: func(p *category.Params) {
			p.Description = ptr("sample")
		}},
		{name: "name at minimum length", mutate: func(p *category.Params) {
			p.Name = ptr("a")
		}},
		{name: "name at maximum length", mutate: func(p *category.Params) {
			p.Name = ptr(strings.Repeat("a", 80))
		}},
		{name: "name missing", mutate: func(p *category.Params) {
			p.Name = nil
		}, wantFields: []string{"name"}},
		{name: "name invalid", mutate: func(p *category.Params) {
			p.Name = ptr(strings.Repeat("a", 81))
		}, wantFields: []string{"name"}},
		{name: "every field missing", mutate: func(p *category.Params) {
			*p = category.Params{}
		}, wantFields: []string{"name"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p := validParams()
			tt.mutate(&p)
			c, err := category.NewCategory(p)
			if tt.wantFields != nil {
				assert.Nil(t, c)
				assertFields(t, err, tt.wantFields...)
				return
			}
			require.NoError(t, err)
			assert.NotEqual(t, uuid.Nil, c.ID())
			assert.Equal(t, int64(1), c.Version())
			assert.Equal(t, *p.Name, c.Name())
			assert.Equal(t, p.Description, c.Description())
			assert.Empty(t, c.PullEvents())
		})
	}
}

func TestCategoryUpdate(t *testing.T) {
	t.Parallel()
	t.Run("replaces every field", func(t *testing.T) {
		t.Parallel()
		p := validParams()
		c, err := category.NewCategory(p)
		require.NoError(t, err)
		p.Description = ptr("sample")
		require.NoError(t, c.Update(p))
		assert.Equal(t, *p.Name, c.Name())
		assert.Equal(t, p.Description, c.Description())
	})
	t.Run("invalid leaves the category unchanged", func(t *testing.T) {
		t.Parallel()
		p := validParams()
		c, err := category.NewCategory(p)
		require.NoError(t, err)
		want, err := category.NewCategory(p)
		require.NoError(t, err)
		p.Name = nil
		assertFields(t, c.Update(p), []string{"name"}...)
		assert.Equal(t, want.Name(), c.Name())
		assert.Equal(t, want.Description(), c.Description())
	})
}
