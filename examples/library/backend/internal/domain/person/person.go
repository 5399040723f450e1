// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).

package person

import (
	"fmt"
	"log/slog"
	"regexp"

	"github.com/acme/library/internal/domain/shared"
)

var emailPattern = regexp.MustCompile(`^[^@\s]+@[^@\s]+$`)

// Person is an aggregate root.
type Person struct {
	shared.AggregateRoot
	name      string
	email     string
	phone     *shared.Phone
	address   *shared.Address
	birthDate *shared.Date
	memberNo  int64
	active    bool
}

// Params holds the unvalidated values of every Person field, as given to
// NewPerson and Update; nil means absent. Fields with a default may be left nil.
type Params struct {
	Name      *string
	Email     *string
	Phone     *string
	Address   *shared.AddressParams
	BirthDate *shared.Date
	MemberNo  *int64
	Active    *bool
}

// NewPerson validates p and returns a new Person (command CreatePerson).
func NewPerson(p Params) (*Person, error) {
	pe := &Person{}
	if err := pe.assign(p); err != nil {
		return nil, err
	}
	root, err := shared.NewAggregateRoot()
	if err != nil {
		return nil, fmt.Errorf("new person: %w", err)
	}
	pe.AggregateRoot = root
	return pe, nil
}

// UnmarshalPersonFromDatabase rebuilds a Person from stored values.
// It is not a constructor: it validates nothing, records no event and is
// meant for repositories only.
func UnmarshalPersonFromDatabase(
	root shared.AggregateRoot,
	name string,
	email string,
	phone *shared.Phone,
	address *shared.Address,
	birthDate *shared.Date,
	memberNo int64,
	active bool,
) *Person {
	return &Person{
		AggregateRoot: root,
		name:          name,
		email:         email,
		phone:         phone,
		address:       address,
		birthDate:     birthDate,
		memberNo:      memberNo,
		active:        active,
	}
}

// assign validates p and sets every field from it, reporting all failing
// fields at once. On error the receiver is left unchanged.
func (pe *Person) assign(p Params) error {
	var v shared.Validator
	next := *pe
	if name, ok := shared.Required(&v, "name", p.Name); ok {
		v.MinLength("name", name, 1)
		v.MaxLength("name", name, 120)
		next.name = name
	}
	if email, ok := shared.Required(&v, "email", p.Email); ok {
		v.Pattern("email", email, emailPattern)
		next.email = email
	}
	next.phone = nil
	if p.Phone != nil {
		ph, err := shared.NewPhone(*p.Phone)
		v.Merge("phone", err)
		next.phone = &ph
	}
	next.address = nil
	if p.Address != nil {
		a, err := shared.NewAddress(*p.Address)
		v.Merge("address", err)
		next.address = &a
	}
	next.birthDate = shared.CopyPtr(p.BirthDate)
	if memberNo, ok := shared.Required(&v, "memberNo", p.MemberNo); ok {
		v.Min("memberNo", memberNo, 1)
		next.memberNo = memberNo
	}
	next.active = shared.ValueOr(p.Active, true)
	if err := v.Err(); err != nil {
		return err
	}
	*pe = next
	return nil
}

// Update applies the UpdatePerson command: it replaces every field.
func (pe *Person) Update(p Params) error {
	return pe.assign(p)
}

// Name returns the name field.
func (pe *Person) Name() string { return pe.name }

// Email returns the email field.
func (pe *Person) Email() string { return pe.email }

// Phone returns the phone field, or nil when it is not set.
func (pe *Person) Phone() *shared.Phone { return shared.CopyPtr(pe.phone) }

// Address returns the address field, or nil when it is not set.
func (pe *Person) Address() *shared.Address { return shared.CopyPtr(pe.address) }

// BirthDate returns the birthDate field, or nil when it is not set.
func (pe *Person) BirthDate() *shared.Date { return shared.CopyPtr(pe.birthDate) }

// MemberNo returns the memberNo field.
func (pe *Person) MemberNo() int64 { return pe.memberNo }

// Active returns the active field.
func (pe *Person) Active() bool { return pe.active }

// LogValue implements slog.LogValuer; personal data is redacted.
func (pe *Person) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("id", pe.ID().String()),
		slog.Int64("version", pe.Version()),
		slog.String("name", pe.name),
		slog.String("email", shared.Redacted),
		slog.Any("phone", shared.LogPtr(pe.phone)),
		slog.Any("address", shared.LogPtr(pe.address)),
		slog.Any("birthDate", shared.LogPtr(pe.birthDate)),
		slog.Int64("memberNo", pe.memberNo),
		slog.Bool("active", pe.active),
	)
}
