// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).

package loan

import (
	"fmt"
	"time"

	"github.com/acme/library/internal/domain/shared"
	"github.com/google/uuid"
)

// Renewal is an entity owned by the Loan aggregate. It has its own
// identity but is only created and stored through its Loan.
type Renewal struct {
	id         uuid.UUID
	renewedAt  time.Time
	byPersonID uuid.UUID
	note       *string
}

// RenewalParams holds the unvalidated values of a Renewal; nil means absent.
type RenewalParams struct {
	RenewedAt  *time.Time
	ByPersonID *uuid.UUID
	Note       *string
}

// NewRenewal validates p and returns a new Renewal with a fresh UUIDv7 id.
// Field names in its ValidationError are relative to the renewal.
func NewRenewal(p RenewalParams) (Renewal, error) {
	var v shared.Validator
	var r Renewal
	if renewedAt, ok := shared.Required(&v, "renewedAt", p.RenewedAt); ok {
		r.renewedAt = shared.NormalizeTime(renewedAt)
	}
	if byPersonID, ok := shared.Required(&v, "byPersonId", p.ByPersonID); ok {
		r.byPersonID = byPersonID
	}
	r.note = shared.CopyPtr(p.Note)
	if err := v.Err(); err != nil {
		return Renewal{}, err
	}
	id, err := uuid.NewV7()
	if err != nil {
		return Renewal{}, fmt.Errorf("new renewal: %w", err)
	}
	r.id = id
	return r, nil
}

// UnmarshalRenewalFromDatabase rebuilds a Renewal from stored values.
// It is not a constructor: it validates nothing and is meant for repositories only.
func UnmarshalRenewalFromDatabase(
	id uuid.UUID,
	renewedAt time.Time,
	byPersonID uuid.UUID,
	note *string,
) Renewal {
	return Renewal{
		id:         id,
		renewedAt:  renewedAt,
		byPersonID: byPersonID,
		note:       note,
	}
}

// ID returns the renewal's identity.
func (r Renewal) ID() uuid.UUID { return r.id }

// RenewedAt returns the renewedAt field.
func (r Renewal) RenewedAt() time.Time { return r.renewedAt }

// ByPersonID returns the byPersonId field.
func (r Renewal) ByPersonID() uuid.UUID { return r.byPersonID }

// Note returns the note field, or nil when it is not set.
func (r Renewal) Note() *string { return shared.CopyPtr(r.note) }
