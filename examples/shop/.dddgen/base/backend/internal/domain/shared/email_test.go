// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).

package shared_test

import (
	"bytes"
	"fmt"
	"log/slog"
	"testing"

	"github.com/acme/shop/internal/domain/shared"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNewEmail(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		in         string
		wantFields []string
	}{
		{name: "valid", in: "a@a"},
		{name: "invalid", in: "!", wantFields: []string{""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			e, err := shared.NewEmail(tt.in)
			if tt.wantFields != nil {
				assertFields(t, err, tt.wantFields...)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.in, e.Value())
		})
	}
}

func TestEmailIsRedacted(t *testing.T) {
	t.Parallel()
	e, err := shared.NewEmail("a@a")
	require.NoError(t, err)

	for _, format := range []string{"%v", "%+v", "%#v", "%s"} {
		assert.Equal(t, shared.Redacted, fmt.Sprintf(format, e), format)
	}

	var buf bytes.Buffer
	slog.New(slog.NewJSONHandler(&buf, nil)).Info("value", slog.Any("value", e))
	assert.Contains(t, buf.String(), shared.Redacted)
}
