// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).

package customer_test

import (
	"bytes"
	"errors"
	"log/slog"
	"strings"
	"testing"

	"github.com/acme/shop/internal/domain/customer"
	"github.com/acme/shop/internal/domain/shared"
	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func ptr[T any](v T) *T { return &v }

// validParams returns Params that pass every invariant; fields with a default are left nil.
func validParams() customer.Params {
	return customer.Params{
		Email: ptr("a@a"),
		Name:  ptr("sample"),
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

func TestNewCustomer(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		mutate     func(p *customer.Params)
		wantFields []string
	}{
		{name: "valid", mutate: func(*customer.Params) {}},
		{name: "name at maximum length", mutate: func(p *customer.Params) {
			p.Name = ptr(strings.Repeat("a", 120))
		}},
		{name: "email missing", mutate: func(p *customer.Params) {
			p.Email = nil
		}, wantFields: []string{"email"}},
		{name: "name missing", mutate: func(p *customer.Params) {
			p.Name = nil
		}, wantFields: []string{"name"}},
		{name: "email invalid", mutate: func(p *customer.Params) {
			p.Email = ptr("!")
		}, wantFields: []string{"email"}},
		{name: "name invalid", mutate: func(p *customer.Params) {
			p.Name = ptr(strings.Repeat("a", 121))
		}, wantFields: []string{"name"}},
		{name: "every field missing", mutate: func(p *customer.Params) {
			*p = customer.Params{}
		}, wantFields: []string{"email", "name"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p := validParams()
			tt.mutate(&p)
			c, err := customer.NewCustomer(p)
			if tt.wantFields != nil {
				assert.Nil(t, c)
				assertFields(t, err, tt.wantFields...)
				return
			}
			require.NoError(t, err)
			assert.NotEqual(t, uuid.Nil, c.ID())
			assert.Equal(t, int64(1), c.Version())
			assert.Equal(t, *p.Email, c.Email().Value())
			assert.Equal(t, *p.Name, c.Name())
			assert.Empty(t, c.PullEvents())
		})
	}
}

func TestCustomerUpdate(t *testing.T) {
	t.Parallel()
	t.Run("replaces every field", func(t *testing.T) {
		t.Parallel()
		p := validParams()
		c, err := customer.NewCustomer(p)
		require.NoError(t, err)
		require.NoError(t, c.Update(p))
		assert.Equal(t, *p.Email, c.Email().Value())
		assert.Equal(t, *p.Name, c.Name())
	})
	t.Run("invalid leaves the customer unchanged", func(t *testing.T) {
		t.Parallel()
		p := validParams()
		c, err := customer.NewCustomer(p)
		require.NoError(t, err)
		want, err := customer.NewCustomer(p)
		require.NoError(t, err)
		p.Email = nil
		assertFields(t, c.Update(p), []string{"email"}...)
		assert.Equal(t, want.Email(), c.Email())
		assert.Equal(t, want.Name(), c.Name())
	})
}

func TestCustomerLogValueRedactsPersonalData(t *testing.T) {
	t.Parallel()
	p := validParams()
	c, err := customer.NewCustomer(p)
	require.NoError(t, err)
	var buf bytes.Buffer
	slog.New(slog.NewJSONHandler(&buf, nil)).Info("saved", slog.Any("customer", c))
	assert.Contains(t, buf.String(), shared.Redacted)
	assert.Contains(t, buf.String(), c.ID().String())
}
