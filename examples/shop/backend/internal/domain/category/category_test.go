// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).

package category_test

import (
	"strings"
	"testing"

	"github.com/acme/shop/internal/domain/category"
	"github.com/acme/shop/internal/domain/shared/sharedtest"
	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The cases below start from the sample values in category_fixtures_test.go.

func TestNewCategory(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		change     func(p *category.Params)
		wantFields []string
	}{
		{"valid with defaults", func(*category.Params) {}, nil},
		{"valid with every field", func(p *category.Params) { p.Description = ptr("sample") }, nil},
		{"name at minimum length", func(p *category.Params) { p.Name = ptr("a") }, nil},
		{"name at maximum length", func(p *category.Params) { p.Name = ptr(strings.Repeat("a", 80)) }, nil},
		{"name missing", func(p *category.Params) { p.Name = nil }, []string{"name"}},
		{"name invalid", func(p *category.Params) { p.Name = ptr(strings.Repeat("a", 81)) }, []string{"name"}},
		{"every field missing", func(p *category.Params) { *p = category.Params{} }, []string{"name"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p := validParams()
			tt.change(&p)
			c, err := category.NewCategory(p)
			if tt.wantFields != nil {
				assert.Nil(t, c)
				sharedtest.AssertFields(t, err, tt.wantFields...)
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
		c := newCategory(t)
		p := validParams()
		p.Description = ptr("sample")
		require.NoError(t, c.Update(p))
		assert.Equal(t, *p.Name, c.Name())
		assert.Equal(t, p.Description, c.Description())
	})
	t.Run("invalid leaves the category unchanged", func(t *testing.T) {
		t.Parallel()
		c, want := newCategory(t), newCategory(t)
		p := validParams()
		p.Name = nil
		sharedtest.AssertFields(t, c.Update(p), []string{"name"}...)
		assert.Equal(t, want.Name(), c.Name())
		assert.Equal(t, want.Description(), c.Description())
	})
}
