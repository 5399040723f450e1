// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).

package customer_test

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"

	"github.com/acme/shop/internal/domain/customer"
	"github.com/acme/shop/internal/domain/shared"
	"github.com/acme/shop/internal/domain/shared/sharedtest"
	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The cases below start from the sample values in customer_fixtures_test.go.

func TestNewCustomer(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		change     func(p *customer.Params)
		wantFields []string
	}{
		{"valid", func(*customer.Params) {}, nil},
		{"name at maximum length", func(p *customer.Params) { p.Name = ptr(strings.Repeat("a", 120)) }, nil},
		{"email missing", func(p *customer.Params) { p.Email = nil }, []string{"email"}},
		{"name missing", func(p *customer.Params) { p.Name = nil }, []string{"name"}},
		{"email invalid", func(p *customer.Params) { p.Email = ptr("!") }, []string{"email"}},
		{"name invalid", func(p *customer.Params) { p.Name = ptr(strings.Repeat("a", 121)) }, []string{"name"}},
		{"every field missing", func(p *customer.Params) { *p = customer.Params{} }, []string{"email", "name"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p := validParams()
			tt.change(&p)
			c, err := customer.NewCustomer(p)
			if tt.wantFields != nil {
				assert.Nil(t, c)
				sharedtest.AssertFields(t, err, tt.wantFields...)
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
		c := newCustomer(t)
		p := validParams()
		require.NoError(t, c.Update(p))
		assert.Equal(t, *p.Email, c.Email().Value())
		assert.Equal(t, *p.Name, c.Name())
	})
	t.Run("invalid leaves the customer unchanged", func(t *testing.T) {
		t.Parallel()
		c, want := newCustomer(t), newCustomer(t)
		p := validParams()
		p.Email = nil
		sharedtest.AssertFields(t, c.Update(p), []string{"email"}...)
		assert.Equal(t, want.Email(), c.Email())
		assert.Equal(t, want.Name(), c.Name())
	})
}

func TestCustomerLogValueRedactsPersonalData(t *testing.T) {
	t.Parallel()
	c := newCustomer(t)
	var buf bytes.Buffer
	slog.New(slog.NewJSONHandler(&buf, nil)).Info("saved", slog.Any("customer", c))
	assert.Contains(t, buf.String(), shared.Redacted)
	assert.Contains(t, buf.String(), c.ID().String())
}
