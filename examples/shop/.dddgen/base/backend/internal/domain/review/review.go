// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).

package review

import (
	"fmt"
	"log/slog"
	"slices"
	"time"

	"github.com/acme/shop/internal/domain/shared"
	"github.com/google/uuid"
)

// Review is an aggregate root.
type Review struct {
	shared.AggregateRoot
	productID   uuid.UUID
	customerID  uuid.UUID
	rating      int32
	body        *string
	status      Status
	publishedAt *time.Time
}

// Params holds the unvalidated values of every Review field, as given to
// NewReview; nil means absent. Fields with a default may be left nil.
type Params struct {
	ProductID   *uuid.UUID
	CustomerID  *uuid.UUID
	Rating      *int32
	Body        *string
	Status      *Status
	PublishedAt *time.Time
}

// PublishReviewParams holds the unvalidated parameters of the PublishReview command.
type PublishReviewParams struct {
	PublishedAt *time.Time
}

// NewReview validates p and returns a new Review (command SubmitReview).
// It records ReviewSubmitted.
func NewReview(p Params) (*Review, error) {
	r := &Review{}
	if err := r.assign(p); err != nil {
		return nil, err
	}
	root, err := shared.NewAggregateRoot()
	if err != nil {
		return nil, fmt.Errorf("new review: %w", err)
	}
	r.AggregateRoot = root
	r.Record(ReviewSubmitted{
		EventBase: shared.NewEventBase(r.ID()),
		ProductID: r.productID,
		Rating:    r.rating,
	})
	return r, nil
}

// UnmarshalReviewFromDatabase rebuilds a Review from stored values.
// It is not a constructor: it validates nothing, records no event and is
// meant for repositories only.
func UnmarshalReviewFromDatabase(
	root shared.AggregateRoot,
	productID uuid.UUID,
	customerID uuid.UUID,
	rating int32,
	body *string,
	status Status,
	publishedAt *time.Time,
) *Review {
	return &Review{
		AggregateRoot: root,
		productID:     productID,
		customerID:    customerID,
		rating:        rating,
		body:          body,
		status:        status,
		publishedAt:   publishedAt,
	}
}

// assign validates p and sets every field from it, reporting all failing
// fields at once. On error the receiver is left unchanged.
func (r *Review) assign(p Params) error {
	var v shared.Validator
	next := *r
	if productID, ok := shared.Required(&v, "productId", p.ProductID); ok {
		next.productID = productID
	}
	if customerID, ok := shared.Required(&v, "customerId", p.CustomerID); ok {
		next.customerID = customerID
	}
	if rating, ok := shared.Required(&v, "rating", p.Rating); ok {
		v.Min("rating", int64(rating), 1)
		v.Max("rating", int64(rating), 5)
		next.rating = rating
	}
	if p.Body != nil {
		v.MaxLength("body", *p.Body, 2000)
	}
	next.body = shared.CopyPtr(p.Body)
	next.status = shared.ValueOr(p.Status, StatusDraft)
	shared.OneOf(&v, "status", next.status, StatusValues())
	next.publishedAt = shared.NormalizeTimePtr(p.PublishedAt)
	if err := v.Err(); err != nil {
		return err
	}
	*r = next
	return nil
}

// Publish applies the PublishReview command. It is allowed only while status
// is DRAFT; it sets status to PUBLISHED, assigns publishedAt and records
// ReviewPublished.
func (r *Review) Publish(p PublishReviewParams) error {
	var v shared.Validator
	publishedAt, _ := shared.Required(&v, "publishedAt", p.PublishedAt)
	if err := v.Err(); err != nil {
		return err
	}
	if !slices.Contains([]Status{StatusDraft}, r.status) {
		return ErrPublishReviewNotAllowed
	}
	r.status = StatusPublished
	r.publishedAt = shared.NormalizeTimePtr(&publishedAt)
	r.Record(ReviewPublished{
		EventBase:   shared.NewEventBase(r.ID()),
		PublishedAt: shared.CopyPtr(r.publishedAt),
	})
	return nil
}

// Reject applies the RejectReview command. It is allowed only while status
// is DRAFT; it sets status to REJECTED.
func (r *Review) Reject() error {
	if !slices.Contains([]Status{StatusDraft}, r.status) {
		return ErrRejectReviewNotAllowed
	}
	r.status = StatusRejected
	return nil
}

// ProductID returns the productId field.
func (r *Review) ProductID() uuid.UUID { return r.productID }

// CustomerID returns the customerId field.
func (r *Review) CustomerID() uuid.UUID { return r.customerID }

// Rating returns the rating field.
func (r *Review) Rating() int32 { return r.rating }

// Body returns the body field, or nil when it is not set.
func (r *Review) Body() *string { return shared.CopyPtr(r.body) }

// Status returns the status field.
func (r *Review) Status() Status { return r.status }

// PublishedAt returns the publishedAt field, or nil when it is not set.
func (r *Review) PublishedAt() *time.Time { return shared.CopyPtr(r.publishedAt) }

// LogValue implements slog.LogValuer; personal data is redacted.
func (r *Review) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("id", r.ID().String()),
		slog.Int64("version", r.Version()),
		slog.String("productId", r.productID.String()),
		slog.String("customerId", r.customerID.String()),
		slog.Int64("rating", int64(r.rating)),
		slog.Any("body", shared.LogPtr(r.body)),
		slog.String("status", string(r.status)),
		slog.Any("publishedAt", shared.LogPtr(r.publishedAt)),
	)
}
