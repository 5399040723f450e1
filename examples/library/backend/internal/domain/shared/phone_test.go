// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).

package shared_test

import (
	"bytes"
	"fmt"
	"log/slog"
	"testing"

	"github.com/acme/library/internal/domain/shared"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNewPhone(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		in         string
		wantFields []string
	}{
		{name: "valid", in: "+111111"},
		{name: "invalid", in: "!", wantFields: []string{""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			ph, err := shared.NewPhone(tt.in)
			if tt.wantFields != nil {
				assertFields(t, err, tt.wantFields...)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.in, ph.Value())
		})
	}
}

func TestPhoneIsRedacted(t *testing.T) {
	t.Parallel()
	ph, err := shared.NewPhone("+111111")
	require.NoError(t, err)

	for _, format := range []string{"%v", "%+v", "%#v", "%s"} {
		assert.Equal(t, shared.Redacted, fmt.Sprintf(format, ph), format)
	}

	var buf bytes.Buffer
	slog.New(slog.NewJSONHandler(&buf, nil)).Info("value", slog.Any("value", ph))
	assert.Contains(t, buf.String(), shared.Redacted)
	assert.NotContains(t, buf.String(), "+111111")
}
