// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).

package review_test

import (
	"strings"
	"testing"
	"time"

	"github.com/acme/shop/internal/domain/review"
	"github.com/acme/shop/internal/domain/shared"
	"github.com/acme/shop/internal/domain/shared/sharedtest"
	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The cases below start from the sample values in review_fixtures_test.go.

func TestNewReview(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		change     func(p *review.Params)
		wantFields []string
	}{
		{"valid with defaults", func(*review.Params) {}, nil},
		{"valid with every field", func(p *review.Params) {
			p.Body = ptr("sample")
			p.Status = ptr(review.StatusDraft)
			p.PublishedAt = ptr(time.Date(2024, time.January, 31, 12, 0, 0, 0, time.UTC))
		}, nil},
		{"rating at minimum", func(p *review.Params) { p.Rating = ptr(int32(1)) }, nil},
		{"rating at maximum", func(p *review.Params) { p.Rating = ptr(int32(5)) }, nil},
		{"body at maximum length", func(p *review.Params) { p.Body = ptr(strings.Repeat("a", 2000)) }, nil},
		{"productId missing", func(p *review.Params) { p.ProductID = nil }, []string{"productId"}},
		{"customerId missing", func(p *review.Params) { p.CustomerID = nil }, []string{"customerId"}},
		{"rating missing", func(p *review.Params) { p.Rating = nil }, []string{"rating"}},
		{"rating invalid", func(p *review.Params) { p.Rating = ptr(int32(0)) }, []string{"rating"}},
		{"body invalid", func(p *review.Params) { p.Body = ptr(strings.Repeat("a", 2001)) }, []string{"body"}},
		{"status invalid", func(p *review.Params) { p.Status = ptr(review.Status("NOT_A_VALUE")) }, []string{"status"}},
		{"every field missing", func(p *review.Params) { *p = review.Params{} }, []string{"productId", "customerId", "rating"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p := validParams()
			tt.change(&p)
			r, err := review.NewReview(p)
			if tt.wantFields != nil {
				assert.Nil(t, r)
				sharedtest.AssertFields(t, err, tt.wantFields...)
				return
			}
			require.NoError(t, err)
			assert.NotEqual(t, uuid.Nil, r.ID())
			assert.Equal(t, int64(1), r.Version())
			assert.Equal(t, *p.ProductID, r.ProductID())
			assert.Equal(t, *p.CustomerID, r.CustomerID())
			assert.Equal(t, *p.Rating, r.Rating())
			assert.Equal(t, p.Body, r.Body())
			assert.Equal(t, shared.ValueOr(p.Status, review.StatusDraft), r.Status())
			assert.Equal(t, shared.NormalizeTimePtr(p.PublishedAt), r.PublishedAt())
			event := sharedtest.SingleEvent[review.ReviewSubmitted](t, r)
			assert.Equal(t, r.ProductID(), event.ProductID)
			assert.Equal(t, r.Rating(), event.Rating)
		})
	}
}

func TestReviewPublish(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		state      func(p *review.Params)
		params     review.PublishReviewParams
		wantErr    error
		wantFields []string
	}{
		{"allowed when status is DRAFT", func(p *review.Params) { p.Status = ptr(review.StatusDraft) }, validPublishReviewParams(), nil, nil},
		{"refused when status is PUBLISHED", func(p *review.Params) { p.Status = ptr(review.StatusPublished) }, validPublishReviewParams(), review.ErrPublishReviewNotAllowed, nil},
		{"refused when status is REJECTED", func(p *review.Params) { p.Status = ptr(review.StatusRejected) }, validPublishReviewParams(), review.ErrPublishReviewNotAllowed, nil},
		{"publishedAt missing", func(p *review.Params) { p.Status = ptr(review.StatusDraft) }, review.PublishReviewParams{}, nil, []string{"publishedAt"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := newReview(t, tt.state)
			err := r.Publish(tt.params)
			if sharedtest.Refused(t, r, err, tt.wantErr, tt.wantFields) {
				return
			}
			assert.Equal(t, review.StatusPublished, r.Status())
			assert.Equal(t, shared.NormalizeTime(*tt.params.PublishedAt), *r.PublishedAt())
			assert.Equal(t, "ReviewPublished", sharedtest.SingleEvent[review.ReviewPublished](t, r).EventName())
		})
	}
}

func TestReviewReject(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		state      func(p *review.Params)
		wantErr    error
		wantFields []string
	}{
		{"allowed when status is DRAFT", func(p *review.Params) { p.Status = ptr(review.StatusDraft) }, nil, nil},
		{"refused when status is PUBLISHED", func(p *review.Params) { p.Status = ptr(review.StatusPublished) }, review.ErrRejectReviewNotAllowed, nil},
		{"refused when status is REJECTED", func(p *review.Params) { p.Status = ptr(review.StatusRejected) }, review.ErrRejectReviewNotAllowed, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := newReview(t, tt.state)
			err := r.Reject()
			if sharedtest.Refused(t, r, err, tt.wantErr, tt.wantFields) {
				return
			}
			assert.Equal(t, review.StatusRejected, r.Status())
			assert.Empty(t, r.PullEvents())
		})
	}
}
