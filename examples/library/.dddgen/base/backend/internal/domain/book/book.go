// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).

package book

import (
	"fmt"
	"log/slog"
	"time"

	"github.com/acme/library/internal/domain/shared"
	"github.com/google/uuid"
)

// Book is an aggregate root.
type Book struct {
	shared.AggregateRoot
	isbn        shared.Isbn
	title       string
	type_       Type
	group       *string
	order       int32
	publishedOn shared.Date
	catalogID   uuid.UUID
}

// Params holds the unvalidated values of every Book field, as given to
// NewBook and Update; nil means absent. Fields with a default may be left nil.
type Params struct {
	Isbn        *string
	Title       *string
	Type        *Type
	Group       *string
	Order       *int32
	PublishedOn *shared.Date
	CatalogID   *uuid.UUID
}

// NewBook validates p and returns a new Book (command AddBook).
// It records BookAdded.
func NewBook(p Params) (*Book, error) {
	b := &Book{}
	if err := b.assign(p); err != nil {
		return nil, err
	}
	root, err := shared.NewAggregateRoot()
	if err != nil {
		return nil, fmt.Errorf("new book: %w", err)
	}
	b.AggregateRoot = root
	b.Record(BookAdded{
		EventBase: shared.NewEventBase(b.ID()),
		Isbn:      b.isbn,
		Title:     b.title,
	})
	return b, nil
}

// UnmarshalBookFromDatabase rebuilds a Book from stored values.
// It is not a constructor: it validates nothing, records no event and is
// meant for repositories only.
func UnmarshalBookFromDatabase(
	root shared.AggregateRoot,
	isbn shared.Isbn,
	title string,
	type_ Type,
	group *string,
	order int32,
	publishedOn shared.Date,
	catalogID uuid.UUID,
) *Book {
	return &Book{
		AggregateRoot: root,
		isbn:          isbn,
		title:         title,
		type_:         type_,
		group:         group,
		order:         order,
		publishedOn:   publishedOn,
		catalogID:     catalogID,
	}
}

// assign validates p and sets every field from it, reporting all failing
// fields at once. On error the receiver is left unchanged.
func (b *Book) assign(p Params) error {
	var v shared.Validator
	next := *b
	if isbn, ok := shared.Required(&v, "isbn", p.Isbn); ok {
		is, err := shared.NewIsbn(isbn)
		v.Merge("isbn", err)
		next.isbn = is
	}
	if title, ok := shared.Required(&v, "title", p.Title); ok {
		v.MinLength("title", title, 1)
		v.MaxLength("title", title, 300)
		next.title = title
	}
	next.type_ = shared.ValueOr(p.Type, TypePaperback)
	shared.OneOf(&v, "type", next.type_, TypeValues())
	next.group = shared.CopyPtr(p.Group)
	next.order = shared.ValueOr(p.Order, 0)
	v.Min("order", int64(next.order), 0)
	next.publishedOn = shared.ValueOr(p.PublishedOn, shared.DateOf(time.Date(2000, time.January, 1, 0, 0, 0, 0, time.UTC)))
	if catalogID, ok := shared.Required(&v, "catalogId", p.CatalogID); ok {
		next.catalogID = catalogID
	}
	if err := v.Err(); err != nil {
		return err
	}
	*b = next
	return nil
}

// Update applies the ReviseBook command: it replaces every field.
func (b *Book) Update(p Params) error {
	return b.assign(p)
}

// Delete applies the RetireBook command. It records BookRetired.
func (b *Book) Delete() error {
	b.Record(BookRetired{
		EventBase: shared.NewEventBase(b.ID()),
		Isbn:      b.isbn,
	})
	return nil
}

// Isbn returns the isbn field.
func (b *Book) Isbn() shared.Isbn { return b.isbn }

// Title returns the title field.
func (b *Book) Title() string { return b.title }

// Type returns the type field.
func (b *Book) Type() Type { return b.type_ }

// Group returns the group field, or nil when it is not set.
func (b *Book) Group() *string { return shared.CopyPtr(b.group) }

// Order returns the order field.
func (b *Book) Order() int32 { return b.order }

// PublishedOn returns the publishedOn field.
func (b *Book) PublishedOn() shared.Date { return b.publishedOn }

// CatalogID returns the catalogId field.
func (b *Book) CatalogID() uuid.UUID { return b.catalogID }

// LogValue implements slog.LogValuer; personal data is redacted.
func (b *Book) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("id", b.ID().String()),
		slog.Int64("version", b.Version()),
		slog.Any("isbn", b.isbn),
		slog.String("title", b.title),
		slog.String("type", string(b.type_)),
		slog.Any("group", shared.LogPtr(b.group)),
		slog.Int64("order", int64(b.order)),
		slog.String("publishedOn", b.publishedOn.String()),
		slog.String("catalogId", b.catalogID.String()),
	)
}
