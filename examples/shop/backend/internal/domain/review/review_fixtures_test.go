// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).

package review_test

import (
	"testing"
	"time"

	"github.com/acme/shop/internal/domain/review"
	"github.com/google/uuid"
	"github.com/stretchr/testify/require"
)

// The sample values every test of this package starts from: each case copies
// one and changes what it checks. When a rule you add to Review refuses them,
// change them here, and every test follows.

func ptr[T any](v T) *T { return &v }

// validParams returns Params that pass every invariant; fields with a default are left nil.
func validParams() review.Params {
	return review.Params{
		ProductID:  ptr(uuid.MustParse("0190a7e0-0000-7000-8000-000000000001")),
		CustomerID: ptr(uuid.MustParse("0190a7e0-0000-7000-8000-000000000001")),
		Rating:     ptr(int32(1)),
	}
}

// validPublishReviewParams returns PublishReviewParams that pass every check.
func validPublishReviewParams() review.PublishReviewParams {
	return review.PublishReviewParams{PublishedAt: ptr(time.Date(2024, time.January, 31, 12, 0, 0, 0, time.UTC))}
}

// newReview returns the Review that validParams make after changes, its
// creation events already pulled.
func newReview(t *testing.T, changes ...func(p *review.Params)) *review.Review {
	t.Helper()
	p := validParams()
	for _, change := range changes {
		change(&p)
	}
	r, err := review.NewReview(p)
	require.NoError(t, err)
	r.PullEvents()
	return r
}
