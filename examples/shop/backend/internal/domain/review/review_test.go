// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).

package review_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/acme/shop/internal/domain/review"
	"github.com/acme/shop/internal/domain/shared"
	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func ptr[T any](v T) *T { return &v }

// validParams returns Params that pass every invariant; fields with a default are left nil.
func validParams() review.Params {
	return review.Params{
		ProductID:  ptr(uuid.MustParse("0190f4c2-7a00-7000-8000-000000000001")),
		CustomerID: ptr(uuid.MustParse("0190f4c2-7a00-7000-8000-000000000002")),
		Rating:     ptr(int32(4)),
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

func TestNewReview(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("x", 2001)
	tests := []struct {
		name       string
		mutate     func(p *review.Params)
		wantFields []string
	}{
		{name: "valid with defaults", mutate: func(*review.Params) {}},
		{name: "valid with every field", mutate: func(p *review.Params) {
			p.Body = ptr("great")
			p.Status = ptr(review.StatusPublished)
			p.PublishedAt = ptr(time.Date(2024, 1, 31, 10, 0, 0, 0, time.UTC))
		}},
		{name: "rating at minimum", mutate: func(p *review.Params) { p.Rating = ptr(int32(1)) }},
		{name: "rating at maximum", mutate: func(p *review.Params) { p.Rating = ptr(int32(5)) }},
		{name: "rating below minimum", mutate: func(p *review.Params) { p.Rating = ptr(int32(0)) }, wantFields: []string{"rating"}},
		{name: "rating above maximum", mutate: func(p *review.Params) { p.Rating = ptr(int32(6)) }, wantFields: []string{"rating"}},
		{name: "body too long", mutate: func(p *review.Params) { p.Body = ptr(long) }, wantFields: []string{"body"}},
		{name: "status not a value", mutate: func(p *review.Params) { p.Status = ptr(review.Status("HIDDEN")) }, wantFields: []string{"status"}},
		{name: "every field invalid", mutate: func(p *review.Params) {
			*p = review.Params{Body: ptr(long), Status: ptr(review.Status("x"))}
		}, wantFields: []string{"productId", "customerId", "rating", "body", "status"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p := validParams()
			tt.mutate(&p)
			r, err := review.NewReview(p)
			if tt.wantFields != nil {
				assert.Nil(t, r)
				assertFields(t, err, tt.wantFields...)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, *p.ProductID, r.ProductID())
			assert.Equal(t, *p.CustomerID, r.CustomerID())
			assert.Equal(t, *p.Rating, r.Rating())
			assert.Equal(t, p.Body, r.Body())
			assert.Equal(t, shared.ValueOr(p.Status, review.StatusDraft), r.Status())
			assert.Equal(t, p.PublishedAt, r.PublishedAt())
			events := r.PullEvents()
			require.Len(t, events, 1)
			submitted, ok := events[0].(review.ReviewSubmitted)
			require.True(t, ok)
			assert.Equal(t, r.ProductID(), submitted.ProductID)
			assert.Equal(t, r.Rating(), submitted.Rating)
		})
	}
}

func TestReviewPublish(t *testing.T) {
	t.Parallel()
	at := time.Date(2024, 2, 1, 9, 30, 0, 123456789, time.FixedZone("CET", 3600))
	tests := []struct {
		name        string
		status      review.Status
		publishedAt *time.Time
		wantErr     error
		wantFields  []string
	}{
		{name: "allowed from DRAFT", status: review.StatusDraft, publishedAt: &at},
		{name: "refused from PUBLISHED", status: review.StatusPublished, publishedAt: &at, wantErr: review.ErrPublishReviewNotAllowed},
		{name: "refused from REJECTED", status: review.StatusRejected, publishedAt: &at, wantErr: review.ErrPublishReviewNotAllowed},
		{name: "publishedAt missing", status: review.StatusDraft, wantFields: []string{"publishedAt"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p := validParams()
			p.Status = ptr(tt.status)
			r, err := review.NewReview(p)
			require.NoError(t, err)
			r.PullEvents()

			err = r.Publish(review.PublishReviewParams{PublishedAt: tt.publishedAt})
			switch {
			case tt.wantFields != nil:
				assertFields(t, err, tt.wantFields...)
				assert.Equal(t, tt.status, r.Status())
			case tt.wantErr != nil:
				require.ErrorIs(t, err, tt.wantErr)
				assert.ErrorIs(t, err, shared.ErrGuard)
				assert.Equal(t, tt.status, r.Status())
				assert.Nil(t, r.PublishedAt())
				assert.Empty(t, r.PullEvents())
			default:
				require.NoError(t, err)
				assert.Equal(t, review.StatusPublished, r.Status())
				require.NotNil(t, r.PublishedAt())
				assert.Equal(t, shared.NormalizeTime(at), *r.PublishedAt())
				events := r.PullEvents()
				require.Len(t, events, 1)
				published, ok := events[0].(review.ReviewPublished)
				require.True(t, ok)
				assert.Equal(t, r.PublishedAt(), published.PublishedAt)
			}
		})
	}
}

func TestReviewReject(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		status  review.Status
		wantErr error
	}{
		{name: "allowed from DRAFT", status: review.StatusDraft},
		{name: "refused from PUBLISHED", status: review.StatusPublished, wantErr: review.ErrRejectReviewNotAllowed},
		{name: "refused from REJECTED", status: review.StatusRejected, wantErr: review.ErrRejectReviewNotAllowed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p := validParams()
			p.Status = ptr(tt.status)
			r, err := review.NewReview(p)
			require.NoError(t, err)
			r.PullEvents()

			err = r.Reject()
			if tt.wantErr != nil {
				require.ErrorIs(t, err, tt.wantErr)
				assert.Equal(t, tt.status, r.Status())
				return
			}
			require.NoError(t, err)
			assert.Equal(t, review.StatusRejected, r.Status())
			assert.Empty(t, r.PullEvents())
		})
	}
}
