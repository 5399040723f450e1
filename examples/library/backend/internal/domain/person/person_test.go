// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).

package person_test

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/acme/library/internal/domain/person"
	"github.com/acme/library/internal/domain/shared"
	"github.com/acme/library/internal/domain/shared/sharedtest"
	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The cases below start from the sample values in person_fixtures_test.go.

func TestNewPerson(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		change     func(p *person.Params)
		wantFields []string
	}{
		{"valid with defaults", func(*person.Params) {}, nil},
		{"valid with every field", func(p *person.Params) {
			p.Phone = ptr("+111111")
			p.Address = &shared.AddressParams{Street: ptr("sample"), City: ptr("sample"), Postcode: ptr("sample"), Location: &shared.GeoPointParams{Lat: ptr(shared.NewDecimal(1250, 2)), Lng: ptr(shared.NewDecimal(1250, 2))}}
			p.BirthDate = ptr(shared.DateOf(time.Date(2024, time.January, 31, 0, 0, 0, 0, time.UTC)))
			p.Active = ptr(true)
		}, nil},
		{"name at minimum length", func(p *person.Params) { p.Name = ptr("a") }, nil},
		{"name at maximum length", func(p *person.Params) { p.Name = ptr(strings.Repeat("a", 120)) }, nil},
		{"memberNo at minimum", func(p *person.Params) { p.MemberNo = ptr(int64(1)) }, nil},
		{"name missing", func(p *person.Params) { p.Name = nil }, []string{"name"}},
		{"email missing", func(p *person.Params) { p.Email = nil }, []string{"email"}},
		{"memberNo missing", func(p *person.Params) { p.MemberNo = nil }, []string{"memberNo"}},
		{"name invalid", func(p *person.Params) { p.Name = ptr(strings.Repeat("a", 121)) }, []string{"name"}},
		{"email invalid", func(p *person.Params) { p.Email = ptr("!") }, []string{"email"}},
		{"phone invalid", func(p *person.Params) { p.Phone = ptr("!") }, []string{"phone"}},
		{"address.street invalid", func(p *person.Params) {
			p.Address = &shared.AddressParams{Street: ptr(strings.Repeat("a", 201)), City: ptr("sample")}
		}, []string{"address.street"}},
		{"address.location.lat invalid", func(p *person.Params) {
			p.Address = &shared.AddressParams{Street: ptr("sample"), City: ptr("sample"), Location: &shared.GeoPointParams{Lat: ptr(shared.NewDecimal(-91, 0)), Lng: ptr(shared.NewDecimal(1250, 2))}}
		}, []string{"address.location.lat"}},
		{"address.location.lng invalid", func(p *person.Params) {
			p.Address = &shared.AddressParams{Street: ptr("sample"), City: ptr("sample"), Location: &shared.GeoPointParams{Lat: ptr(shared.NewDecimal(1250, 2)), Lng: ptr(shared.NewDecimal(-181, 0))}}
		}, []string{"address.location.lng"}},
		{"address parts missing", func(p *person.Params) { p.Address = &shared.AddressParams{} }, []string{"address.street", "address.city"}},
		{"memberNo invalid", func(p *person.Params) { p.MemberNo = ptr(int64(0)) }, []string{"memberNo"}},
		{"every field missing", func(p *person.Params) { *p = person.Params{} }, []string{"name", "email", "memberNo"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p := validParams()
			tt.change(&p)
			pe, err := person.NewPerson(p)
			if tt.wantFields != nil {
				assert.Nil(t, pe)
				sharedtest.AssertFields(t, err, tt.wantFields...)
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
		pe := newPerson(t)
		p := validParams()
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
		pe, want := newPerson(t), newPerson(t)
		p := validParams()
		p.Name = nil
		sharedtest.AssertFields(t, pe.Update(p), []string{"name"}...)
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
	pe := newPerson(t, func(p *person.Params) {
		p.Phone = ptr("+111111")
	})
	var buf bytes.Buffer
	slog.New(slog.NewJSONHandler(&buf, nil)).Info("saved", slog.Any("person", pe))
	assert.Contains(t, buf.String(), shared.Redacted)
	assert.Contains(t, buf.String(), pe.ID().String())
	assert.NotContains(t, buf.String(), "ann@example.com")
	assert.NotContains(t, buf.String(), "+111111")
}
