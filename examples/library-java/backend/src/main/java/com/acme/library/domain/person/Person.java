// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).
package com.acme.library.domain.person;

import com.acme.library.domain.shared.Address;
import com.acme.library.domain.shared.DomainEvent;
import com.acme.library.domain.shared.Phone;
import com.acme.library.domain.shared.TimeOrderedIds;
import com.acme.library.domain.shared.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The Person aggregate root. State changes only through its factory and command methods, which
 * check every invariant first and record the events to publish.
 */
public final class Person {
  private static final Pattern EMAIL_PATTERN = Pattern.compile("^[^@\\s]+@[^@\\s]+$");

  private final UUID id;

  private long version;

  private final Instant createdAt;

  private Instant updatedAt;

  private String name;

  private String email;

  private Phone phone;

  private Address address;

  private LocalDate birthDate;

  private long memberNo;

  private boolean active;

  private final List<DomainEvent> pendingEvents = new ArrayList<>();

  private Person(
      UUID id,
      long version,
      Instant createdAt,
      Instant updatedAt,
      String name,
      String email,
      Phone phone,
      Address address,
      LocalDate birthDate,
      long memberNo,
      boolean active) {
    this.id = id;
    this.version = version;
    this.createdAt = createdAt;
    this.updatedAt = updatedAt;
    this.name = name;
    this.email = email;
    this.phone = phone;
    this.address = address;
    this.birthDate = birthDate;
    this.memberNo = memberNo;
    this.active = active;
  }

  /** CreatePerson: a new Person, every invariant checked (all problems reported at once). */
  public static Person createPerson(
      String name,
      String email,
      String phone,
      Address.Draft address,
      LocalDate birthDate,
      Long memberNo,
      Boolean active,
      Instant now) {
    Checked checked = check(name, email, phone, address, birthDate, memberNo, active);
    Person created =
        new Person(
            TimeOrderedIds.next(),
            1,
            now,
            now,
            checked.name(),
            checked.email(),
            checked.phone(),
            checked.address(),
            checked.birthDate(),
            checked.memberNo(),
            checked.active());
    return created;
  }

  /** UpdatePerson: replaces every field, every invariant checked; raises the version. */
  public void updatePerson(
      String name,
      String email,
      String phone,
      Address.Draft address,
      LocalDate birthDate,
      Long memberNo,
      Boolean active,
      Instant now) {
    Checked checked = check(name, email, phone, address, birthDate, memberNo, active);
    this.name = checked.name();
    this.email = checked.email();
    this.phone = checked.phone();
    this.address = checked.address();
    this.birthDate = checked.birthDate();
    this.memberNo = checked.memberNo();
    this.active = checked.active();
    touch(now);
  }

  /** DeletePerson: called before the Person is removed. */
  public void deletePerson(Instant now) {
    // nothing to check nor to record
  }

  /** A Person as stored: no invariant is checked again (persistence only). */
  public static Person restore(
      UUID id,
      long version,
      Instant createdAt,
      Instant updatedAt,
      String name,
      String email,
      Phone phone,
      Address address,
      LocalDate birthDate,
      long memberNo,
      boolean active) {
    return new Person(
        id, version, createdAt, updatedAt, name, email, phone, address, birthDate, memberNo,
        active);
  }

  public UUID id() {
    return id;
  }

  public long version() {
    return version;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public String name() {
    return name;
  }

  public String email() {
    return email;
  }

  public Phone phone() {
    return phone;
  }

  public Address address() {
    return address;
  }

  public LocalDate birthDate() {
    return birthDate;
  }

  public long memberNo() {
    return memberNo;
  }

  public boolean active() {
    return active;
  }

  /**
   * The events recorded and not yet pulled, oldest first: the repository writes them to the outbox
   * with the aggregate.
   */
  public List<DomainEvent> recordedEvents() {
    return List.copyOf(pendingEvents);
  }

  /** The events recorded since the last call, oldest first; the aggregate forgets them. */
  public List<DomainEvent> pullEvents() {
    List<DomainEvent> events = List.copyOf(pendingEvents);
    pendingEvents.clear();
    return events;
  }

  private void raise(DomainEvent event) {
    pendingEvents.add(event);
  }

  private void touch(Instant now) {
    version++;
    updatedAt = now;
  }

  private static Checked check(
      String name,
      String email,
      String phone,
      Address.Draft address,
      LocalDate birthDate,
      Long memberNo,
      Boolean active) {
    Validator validator = new Validator();
    validator.required("name", name);
    validator.minLength("name", name, 1);
    validator.maxLength("name", name, 120);
    validator.required("email", email);
    validator.pattern("email", email, EMAIL_PATTERN);
    Phone phoneValue = Phone.check(validator, "phone", phone);
    Address addressValue = Address.check(validator, "address", address);
    validator.required("memberNo", memberNo);
    validator.min("memberNo", memberNo, "1");
    active = active != null ? active : true;
    validator.throwIfInvalid();
    return new Checked(name, email, phoneValue, addressValue, birthDate, memberNo, active);
  }

  /** Inputs that passed every check, as the entity holds them. */
  private record Checked(
      String name,
      String email,
      Phone phone,
      Address address,
      LocalDate birthDate,
      long memberNo,
      boolean active) {}
}
