// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).

package shared_test

import (
	"testing"

	"github.com/acme/library/internal/domain/shared"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNewIsbn(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		in         string
		wantFields []string
	}{
		{name: "valid", in: "9781111111111"},
		{name: "invalid", in: "!", wantFields: []string{""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			i, err := shared.NewIsbn(tt.in)
			if tt.wantFields != nil {
				assertFields(t, err, tt.wantFields...)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.in, i.Value())
		})
	}
}
