// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).

package loan

import (
	"fmt"
	"log/slog"
	"slices"
	"time"

	"github.com/acme/library/internal/domain/shared"
	"github.com/google/uuid"
)

// Loan is an aggregate root.
type Loan struct {
	shared.AggregateRoot
	bookID     uuid.UUID
	personID   uuid.UUID
	status     Status
	renewable  bool
	openedAt   time.Time
	dueAt      time.Time
	returnedAt *time.Time
	fee        *shared.Fee
	lateDays   int64
	renewals   []Renewal
}

// Params holds the unvalidated values of every Loan field, as given to
// NewLoan; nil means absent. Fields with a default may be left nil.
type Params struct {
	BookID     *uuid.UUID
	PersonID   *uuid.UUID
	Status     *Status
	Renewable  *bool
	OpenedAt   *time.Time
	DueAt      *time.Time
	ReturnedAt *time.Time
	Fee        *shared.FeeParams
	LateDays   *int64
	Renewals   []RenewalParams
}

// RenewLoanParams holds the unvalidated parameters of the RenewLoan command.
type RenewLoanParams struct {
	DueAt  *time.Time
	Reason *string
}

// ReturnLoanParams holds the unvalidated parameters of the ReturnLoan command.
type ReturnLoanParams struct {
	ReturnedAt *time.Time
}

// ChargeFeeParams holds the unvalidated parameters of the ChargeFee command.
type ChargeFeeParams struct {
	Fee *shared.FeeParams
}

// NewLoan validates p and returns a new Loan (command OpenLoan).
// It records LoanOpened.
func NewLoan(p Params) (*Loan, error) {
	l := &Loan{}
	if err := l.assign(p); err != nil {
		return nil, err
	}
	root, err := shared.NewAggregateRoot()
	if err != nil {
		return nil, fmt.Errorf("new loan: %w", err)
	}
	l.AggregateRoot = root
	l.Record(LoanOpened{
		EventBase: shared.NewEventBase(l.ID()),
		BookID:    l.bookID,
		PersonID:  l.personID,
		DueAt:     l.dueAt,
	})
	return l, nil
}

// UnmarshalLoanFromDatabase rebuilds a Loan from stored values.
// It is not a constructor: it validates nothing, records no event and is
// meant for repositories only.
func UnmarshalLoanFromDatabase(
	root shared.AggregateRoot,
	bookID uuid.UUID,
	personID uuid.UUID,
	status Status,
	renewable bool,
	openedAt time.Time,
	dueAt time.Time,
	returnedAt *time.Time,
	fee *shared.Fee,
	lateDays int64,
	renewals []Renewal,
) *Loan {
	return &Loan{
		AggregateRoot: root,
		bookID:        bookID,
		personID:      personID,
		status:        status,
		renewable:     renewable,
		openedAt:      openedAt,
		dueAt:         dueAt,
		returnedAt:    returnedAt,
		fee:           fee,
		lateDays:      lateDays,
		renewals:      slices.Clone(renewals),
	}
}

// assign validates p and sets every field from it, reporting all failing
// fields at once. On error the receiver is left unchanged.
func (l *Loan) assign(p Params) error {
	var v shared.Validator
	next := *l
	if bookID, ok := shared.Required(&v, "bookId", p.BookID); ok {
		next.bookID = bookID
	}
	if personID, ok := shared.Required(&v, "personId", p.PersonID); ok {
		next.personID = personID
	}
	next.status = shared.ValueOr(p.Status, StatusOpen)
	shared.OneOf(&v, "status", next.status, StatusValues())
	next.renewable = shared.ValueOr(p.Renewable, true)
	next.openedAt = shared.NormalizeTime(shared.ValueOr(p.OpenedAt, time.Date(2024, time.January, 1, 9, 0, 0, 0, time.UTC)))
	if dueAt, ok := shared.Required(&v, "dueAt", p.DueAt); ok {
		next.dueAt = shared.NormalizeTime(dueAt)
	}
	next.returnedAt = shared.NormalizeTimePtr(p.ReturnedAt)
	next.fee = nil
	if p.Fee != nil {
		f, err := shared.NewFee(*p.Fee)
		v.Merge("fee", err)
		next.fee = &f
	}
	next.lateDays = shared.ValueOr(p.LateDays, 0)
	v.Min("lateDays", next.lateDays, 0)
	next.renewals = make([]Renewal, 0, len(p.Renewals))
	for i, rp := range p.Renewals {
		renewal, err := NewRenewal(rp)
		v.Merge(fmt.Sprintf("renewals[%d]", i), err)
		next.renewals = append(next.renewals, renewal)
	}
	if err := v.Err(); err != nil {
		return err
	}
	*l = next
	return nil
}

// Renew applies the RenewLoan command. It is allowed only while status is
// OPEN and renewable is true; it assigns dueAt and records LoanRenewed.
func (l *Loan) Renew(p RenewLoanParams) error {
	var v shared.Validator
	dueAt, _ := shared.Required(&v, "dueAt", p.DueAt)
	reason, ok := shared.Required(&v, "reason", p.Reason)
	if ok {
		v.MaxLength("reason", reason, 200)
	}
	if err := v.Err(); err != nil {
		return err
	}
	if !slices.Contains([]Status{StatusOpen}, l.status) {
		return ErrRenewLoanNotAllowed
	}
	if !l.renewable {
		return ErrRenewLoanNotAllowed
	}
	l.dueAt = shared.NormalizeTime(dueAt)
	l.Record(LoanRenewed{
		EventBase: shared.NewEventBase(l.ID()),
		DueAt:     shared.NormalizeTime(dueAt),
		Reason:    reason,
	})
	return nil
}

// Return applies the ReturnLoan command. It is allowed only while status is
// OPEN; it sets status to RETURNED, assigns returnedAt and records
// LoanReturned.
func (l *Loan) Return(p ReturnLoanParams) error {
	var v shared.Validator
	returnedAt, _ := shared.Required(&v, "returnedAt", p.ReturnedAt)
	if err := v.Err(); err != nil {
		return err
	}
	if !slices.Contains([]Status{StatusOpen}, l.status) {
		return ErrReturnLoanNotAllowed
	}
	l.status = StatusReturned
	l.returnedAt = shared.NormalizeTimePtr(&returnedAt)
	l.Record(LoanReturned{
		EventBase:  shared.NewEventBase(l.ID()),
		ReturnedAt: shared.CopyPtr(l.returnedAt),
	})
	return nil
}

// ReportLost applies the ReportLost command. It is allowed only while status
// is OPEN; it sets status to LOST and sets renewable to false.
func (l *Loan) ReportLost() error {
	if !slices.Contains([]Status{StatusOpen}, l.status) {
		return ErrReportLostNotAllowed
	}
	l.status = StatusLost
	l.renewable = false
	return nil
}

// ChargeFee applies the ChargeFee command. It is allowed only while status
// is LOST, RETURNED; it assigns fee.
func (l *Loan) ChargeFee(p ChargeFeeParams) error {
	var v shared.Validator
	var fee shared.Fee
	if input, ok := shared.Required(&v, "fee", p.Fee); ok {
		f, err := shared.NewFee(input)
		v.Merge("fee", err)
		fee = f
	}
	if err := v.Err(); err != nil {
		return err
	}
	if !slices.Contains([]Status{StatusLost, StatusReturned}, l.status) {
		return ErrChargeFeeNotAllowed
	}
	l.fee = &fee
	return nil
}

// BookID returns the bookId field.
func (l *Loan) BookID() uuid.UUID { return l.bookID }

// PersonID returns the personId field.
func (l *Loan) PersonID() uuid.UUID { return l.personID }

// Status returns the status field.
func (l *Loan) Status() Status { return l.status }

// Renewable returns the renewable field.
func (l *Loan) Renewable() bool { return l.renewable }

// OpenedAt returns the openedAt field.
func (l *Loan) OpenedAt() time.Time { return l.openedAt }

// DueAt returns the dueAt field.
func (l *Loan) DueAt() time.Time { return l.dueAt }

// ReturnedAt returns the returnedAt field, or nil when it is not set.
func (l *Loan) ReturnedAt() *time.Time { return shared.CopyPtr(l.returnedAt) }

// Fee returns the fee field, or nil when it is not set.
func (l *Loan) Fee() *shared.Fee { return shared.CopyPtr(l.fee) }

// LateDays returns the lateDays field.
func (l *Loan) LateDays() int64 { return l.lateDays }

// Renewals returns a copy of the loan's Renewal entities, in order.
func (l *Loan) Renewals() []Renewal { return slices.Clone(l.renewals) }

// LogValue implements slog.LogValuer; personal data is redacted.
func (l *Loan) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("id", l.ID().String()),
		slog.Int64("version", l.Version()),
		slog.String("bookId", l.bookID.String()),
		slog.String("personId", l.personID.String()),
		slog.String("status", string(l.status)),
		slog.Bool("renewable", l.renewable),
		slog.Time("openedAt", l.openedAt),
		slog.Time("dueAt", l.dueAt),
		slog.Any("returnedAt", shared.LogPtr(l.returnedAt)),
		slog.Any("fee", shared.LogPtr(l.fee)),
		slog.Int64("lateDays", l.lateDays),
		slog.Int("renewals", len(l.renewals)),
	)
}
