// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).

package category_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/acme/shop/internal/domain/category"
	"github.com/acme/shop/internal/domain/shared"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func ptr[T any](v T) *T { return &v }

// validParams returns Params that pass every invariant; fields with a default are left nil.
func validParams() category.Params {
	return category.Params{
		Name: ptr("Books"),
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
		{name: "valid", mutate: func(*category.Params) {}},
		{name: "valid with every field", mutate: func(p *category.Params) { p.Description = ptr("Printed and bound") }},
		{name: "name at maximum length", mutate: func(p *category.Params) { p.Name = ptr(strings.Repeat("n", 80)) }},
		{name: "name too short", mutate: func(p *category.Params) { p.Name = ptr("") }, wantFields: []string{"name"}},
		{name: "name too long", mutate: func(p *category.Params) { p.Name = ptr(strings.Repeat("n", 81)) }, wantFields: []string{"name"}},
		{name: "every field missing", mutate: func(p *category.Params) { *p = category.Params{} }, wantFields: []string{"name"}},
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
			assert.Equal(t, *p.Name, c.Name())
			assert.Equal(t, p.Description, c.Description())
		})
	}
}

func TestCategoryUpdate(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		params     category.Params
		wantFields []string
	}{
		{name: "replaces every field", params: category.Params{Name: ptr("Music"), Description: ptr("Records")}},
		{name: "invalid leaves the category unchanged", params: category.Params{Name: ptr("")}, wantFields: []string{"name"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			c, err := category.NewCategory(validParams())
			require.NoError(t, err)
			err = c.Update(tt.params)
			if tt.wantFields != nil {
				assertFields(t, err, tt.wantFields...)
				assert.Equal(t, "Books", c.Name())
				return
			}
			require.NoError(t, err)
			assert.Equal(t, *tt.params.Name, c.Name())
			assert.Equal(t, tt.params.Description, c.Description())
		})
	}
}
