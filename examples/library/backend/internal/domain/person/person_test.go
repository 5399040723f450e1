// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).

package person_test

import (
	"bytes"
	"errors"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/acme/library/internal/domain/person"
	"github.com/acme/library/internal/domain/shared"
	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func ptr[T any](v T) *T { return &v }

// validParams returns Params that pass every invariant; fields with a default are left nil.
func validParams() person.Params {
	return person.Params{
		Name:     ptr("sample"),
		Email:    ptr("ann@example.com"),
		MemberNo: ptr(int64(1)),
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

func TestNewPerson(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		mutate     func(p *person.Params)
		wantFields []string
	}{
		{name: "valid with defaults", mutate: func(*person.Params) {}},
		{name: "valid with every field", mutate: func(p *person.Params) {
			p.Phone = ptr("+111111")
			p.Address = &shared.AddressParams{Street: ptr("sample"), City: ptr("sample"), Postcode: ptr("sample"), Location: &shared.GeoPointParams{Lat: ptr(shared.NewDecimal(1250, 2)), Lng: ptr(shared.NewDecimal(1250, 2))}}
			p.BirthDate = ptr(shared.DateOf(time.Date(2024, time.January, 31, 0, 0, 0, 0, time.UTC)))
			p.Active = ptr(true)
		}},
		{name: "name at minimum length", mutate: func(p *person.Params) {
			p.Name = ptr("a")
		}},
		{name: "name at maximum length", mutate: func(p *person.Params) {
			p.Name = ptr(strings.Repeat("a", 120))
		}},
		{name: "memberNo at minimum", mutate: func(p *person.Params) {
			p.MemberNo = ptr(int64(1))
		}},
		{name: "name missing", mutate: func(p *person.Params) {
			p.Name = nil
		}, wantFields: []string{"name"}},
		{name: "email missing", mutate: func(p *person.Params) {
			p.Email = nil
		}, wantFields: []string{"email"}},
		{name: "memberNo missing", mutate: func(p *person.Params) {
			p.MemberNo = nil
		}, wantFields: []string{"memberNo"}},
		{name: "name invalid", mutate: func(p *person.Params) {
			p.Name = ptr(strings.Repeat("a", 121))
		}, wantFields: []string{"name"}},
		{name: "email invalid", mutate: func(p *person.Params) {
			p.Email = ptr("!")
		}, wantFields: []string{"email"}},
		{name: "phone invalid", mutate: func(p *person.Params) {
			p.Phone = ptr("!")
		}, wantFields: []string{"phone"}},
		{name: "address.street invalid", mutate: func(p *person.Params) {
			p.Address = &shared.AddressParams{Street: ptr(strings.Repeat("a", 201)), City: ptr("sample")}
		}, wantFields: []string{"address.street"}},
		{name: "address.location.lat invalid", mutate: func(p *person.Params) {
			p.Address = &shared.AddressParams{Street: ptr("sample"), City: ptr("sample"), Location: &shared.GeoPointParams{Lat: ptr(shared.NewDecimal(-91, 0)), Lng: ptr(shared.NewDecimal(1250, 2))}}
		}, wantFields: []string{"address.location.lat"}},
		{name: "address.location.lng invalid", mutate: func(p *person.Params) {
			p.Address = &shared.AddressParams{Street: ptr("sample"), City: ptr("sample"), Location: &shared.GeoPointParams{Lat: ptr(shared.NewDecimal(1250, 2)), Lng: ptr(shared.NewDecimal(-181, 0))}}
		}, wantFields: []string{"address.location.lng"}},
		{name: "address parts missing", mutate: func(p *person.Params) {
			p.Address = &shared.AddressParams{}
		}, wantFields: []string{"address.street", "address.city"}},
		{name: "memberNo invalid", mutate: func(p *person.Params) {
			p.MemberNo = ptr(int64(0))
		}, wantFields: []string{"memberNo"}},
		{name: "every field missing", mutate: func(p *person.Params) {
			*p = person.Params{}
		}, wantFields: []string{"name", "email", "memberNo"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p := validParams()
			tt.mutate(&p)
			pe, err := person.NewPerson(p)
			if tt.wantFields != nil {
				assert.Nil(t, pe)
				assertFields(t, err, tt.wantFields...)
				return
			}
			require.NoError(t, err)
			assert.NotEqual(t, uuid.Nil, pe.ID())
			assert.Equal(t, int64(1), pe.Version())
			assert.Equal(t, *p.Name, pe.Name())
			assert.Equal(t, *p.Email, pe.Email())
			assert.Equal(t, p.BirthDate, pe.BirthDate())
			assert.Equal(t, *p.MemberNo, pe.MemberNo())
			assert.Equal(t, shared.ValueOr(p.Active, true), pe.Active())
			assert.Empty(t, pe.PullEvents())
		})
	}
}

func TestPersonUpdate(t *testing.T) {
	t.Parallel()
	t.Run("replaces every field", func(t *testing.T) {
		t.Parallel()
		p := validParams()
		pe, err := person.NewPerson(p)
		require.NoError(t, err)
		p.Phone = ptr("+111111")
		p.Address = &shared.AddressParams{Street: ptr("sample"), City: ptr("sample"), Postcode: ptr("sample"), Location: &shared.GeoPointParams{Lat: ptr(shared.NewDecimal(1250, 2)), Lng: ptr(shared.NewDecimal(1250, 2))}}
		p.BirthDate = ptr(shared.DateOf(time.Date(2024, time.January, 31, 0, 0, 0, 0, time.UTC)))
		p.Active = ptr(true)
		require.NoError(t, pe.Update(p))
		assert.Equal(t, *p.Name, pe.Name())
		assert.Equal(t, *p.Email, pe.Email())
		assert.Equal(t, p.BirthDate, pe.BirthDate())
		assert.Equal(t, *p.MemberNo, pe.MemberNo())
		assert.Equal(t, shared.ValueOr(p.Active, true), pe.Active())
	})
	t.Run("invalid leaves the person unchanged", func(t *testing.T) {
		t.Parallel()
		p := validParams()
		pe, err := person.NewPerson(p)
		require.NoError(t, err)
		want, err := person.NewPerson(p)
		require.NoError(t, err)
		p.Name = nil
		assertFields(t, pe.Update(p), []string{"name"}...)
		assert.Equal(t, want.Name(), pe.Name())
		assert.Equal(t, want.Email(), pe.Email())
		assert.Equal(t, want.Phone(), pe.Phone())
		assert.Equal(t, want.Address(), pe.Address())
		assert.Equal(t, want.BirthDate(), pe.BirthDate())
		assert.Equal(t, want.MemberNo(), pe.MemberNo())
		assert.Equal(t, want.Active(), pe.Active())
	})
}

func TestPersonLogValueRedactsPersonalData(t *testing.T) {
	t.Parallel()
	p := validParams()
	p.Phone = ptr("+111111")
	pe, err := person.NewPerson(p)
	require.NoError(t, err)
	var buf bytes.Buffer
	slog.New(slog.NewJSONHandler(&buf, nil)).Info("saved", slog.Any("person", pe))
	assert.Contains(t, buf.String(), shared.Redacted)
	assert.Contains(t, buf.String(), pe.ID().String())
	assert.NotContains(t, buf.String(), "ann@example.com")
	assert.NotContains(t, buf.String(), "+111111")
}
