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
		ProductID:  ptr(uuid.MustParse("0190a7e0-0000-7000-8000-000000000001")),
		CustomerID: ptr(uuid.MustParse("0190a7e0-0000-7000-8000-000000000001")),
		Rating:     ptr(int32(1)),
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
	tests := []struct {
		name       string
		mutate     func(p *review.Params)
		wantFields []string
	}{
		{name: "valid with defaults", mutate: func(*review.Params) {}},
		{name: "valid with every field", mutate: func(p *review.Params) {
			p.Body = ptr("sample")
			p.Status = ptr(review.StatusDraft)
			p.PublishedAt = ptr(time.Date(2024, time.January, 31, 12, 0, 0, 0, time.UTC))
		}},
		{name: "rating at minimum", mutate: func(p *review.Params) {
			p.Rating = ptr(int32(1))
		}},
		{name: "rating at maximum", mutate: func(p *review.Params) {
			p.Rating = ptr(int32(5))
		}},
		{name: "body at maximum length", mutate: func(p *review.Params) {
			p.Body = ptr(strings.Repeat("a", 2000))
		}},
		{name: "productId missing", mutate: func(p *review.Params) {
			p.ProductID = nil
		}, wantFields: []string{"productId"}},
		{name: "customerId missing", mutate: func(p *review.Params) {
			p.CustomerID = nil
		}, wantFields: []string{"customerId"}},
		{name: "rating missing", mutate: func(p *review.Params) {
			p.Rating = nil
		}, wantFields: []string{"rating"}},
		{name: "rating invalid", mutate: func(p *review.Params) {
			p.Rating = ptr(int32(0))
		}, wantFields: []string{"rating"}},
		{name: "body invalid", mutate: func(p *review.Params) {
			p.Body = ptr(strings.Repeat("a", 2001))
		}, wantFields: []string{"body"}},
		{name: "status invalid", mutate: func(p *review.Params) {
			p.Status = ptr(review.Status("NOT_A_VALUE"))
		}, wantFields: []string{"status"}},
		{name: "every field missing", mutate: func(p *review.Params) {
			*p = review.Params{}
		}, wantFields: []string{"productId", "customerId", "rating"}},
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
			assert.NotEqual(t, uuid.Nil, r.ID())
			assert.Equal(t, int64(1), r.Version())
			assert.Equal(t, *p.ProductID, r.ProductID())
			assert.Equal(t, *p.CustomerID, r.CustomerID())
			assert.Equal(t, *p.Rating, r.Rating())
			assert.Equal(t, p.Body, r.Body())
			assert.Equal(t, shared.ValueOr(p.Status, review.StatusDraft), r.Status())
			assert.Equal(t, shared.NormalizeTimePtr(p.PublishedAt), r.PublishedAt())
			events := r.PullEvents()
			require.Len(t, events, 1)
			event, ok := events[0].(review.ReviewSubmitted)
			require.True(t, ok)
			assert.Equal(t, r.ID(), event.AggregateID())
			assert.Equal(t, r.ProductID(), event.ProductID)
			assert.Equal(t, r.Rating(), event.Rating)
		})
	}
}

// validPublishReviewParams returns PublishReviewParams that pass every check.
func validPublishReviewParams() review.PublishReviewParams {
	return review.PublishReviewParams{PublishedAt: ptr(time.Date(2024, time.January, 31, 12, 0, 0, 0, time.UTC))}
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
		{name: "allowed when status is DRAFT", state: func(p *review.Params) {
			p.Status = ptr(review.StatusDraft)
		}, params: validPublishReviewParams()},
		{name: "refused when status is PUBLISHED", state: func(p *review.Params) {
			p.Status = ptr(review.StatusPublished)
		}, params: validPublishReviewParams(), wantErr: review.ErrPublishReviewNotAllowed},
		{name: "refused when status is REJECTED", state: func(p *review.Params) {
			p.Status = ptr(review.StatusRejected)
		}, params: validPublishReviewParams(), wantErr: review.ErrPublishReviewNotAllowed},
		{name: "publishedAt missing", state: func(p *review.Params) {
			p.Status = ptr(review.StatusDraft)
		}, params: review.PublishReviewParams{}, wantFields: []string{"publishedAt"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p := validParams()
			tt.state(&p)
			r, err := review.NewReview(p)
			require.NoError(t, err)
			r.PullEvents()

			err = r.Publish(tt.params)
			switch {
			case tt.wantFields != nil:
				assertFields(t, err, tt.wantFields...)
				assert.Empty(t, r.PullEvents())
			case tt.wantErr != nil:
				require.ErrorIs(t, err, tt.wantErr)
				assert.ErrorIs(t, err, shared.ErrGuard)
				assert.Empty(t, r.PullEvents())
			default:
				require.NoError(t, err)
				assert.Equal(t, review.StatusPublished, r.Status())
				assert.Equal(t, shared.NormalizeTime(*tt.params.PublishedAt), *r.PublishedAt())
				events := r.PullEvents()
				require.Len(t, events, 1)
				event, ok := events[0].(review.ReviewPublished)
				require.True(t, ok)
				assert.Equal(t, r.ID(), event.AggregateID())
				assert.Equal(t, "ReviewPublished", event.EventName())
			}
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
		{name: "allowed when status is DRAFT", state: func(p *review.Params) {
			p.Status = ptr(review.StatusDraft)
		}},
		{name: "refused when status is PUBLISHED", state: func(p *review.Params) {
			p.Status = ptr(review.StatusPublished)
		}, wantErr: review.ErrRejectReviewNotAllowed},
		{name: "refused when status is REJECTED", state: func(p *review.Params) {
			p.Status = ptr(review.StatusRejected)
		}, wantErr: review.ErrRejectReviewNotAllowed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p := validParams()
			tt.state(&p)
			r, err := review.NewReview(p)
			require.NoError(t, err)
			r.PullEvents()

			err = r.Reject()
			switch {
			case tt.wantFields != nil:
				assertFields(t, err, tt.wantFields...)
				assert.Empty(t, r.PullEvents())
			case tt.wantErr != nil:
				require.ErrorIs(t, err, tt.wantErr)
				assert.ErrorIs(t, err, shared.ErrGuard)
				assert.Empty(t, r.PullEvents())
			default:
				require.NoError(t, err)
				assert.Equal(t, review.StatusRejected, r.Status())
				assert.Empty(t, r.PullEvents())
			}
		})
	}
}
