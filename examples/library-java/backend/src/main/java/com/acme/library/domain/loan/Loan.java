// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).
package com.acme.library.domain.loan;

import com.acme.library.domain.shared.DomainEvent;
import com.acme.library.domain.shared.GuardException;
import com.acme.library.domain.shared.TimeOrderedIds;
import com.acme.library.domain.shared.Validator;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The Loan aggregate root. State changes only through its factory and command methods, which check
 * every invariant first and record the events to publish.
 */
public final class Loan {
  private final UUID id;

  private long version;

  private final Instant createdAt;

  private Instant updatedAt;

  private UUID bookId;

  private UUID personId;

  private Status status;

  private boolean renewable;

  private Instant openedAt;

  private Instant dueAt;

  private Instant returnedAt;

  private BigDecimal fee;

  private long lateDays;

  private List<Renewal> renewals;

  private final List<DomainEvent> pendingEvents = new ArrayList<>();

  private Loan(
      UUID id,
      long version,
      Instant createdAt,
      Instant updatedAt,
      UUID bookId,
      UUID personId,
      Status status,
      boolean renewable,
      Instant openedAt,
      Instant dueAt,
      Instant returnedAt,
      BigDecimal fee,
      long lateDays,
      List<Renewal> renewals) {
    this.id = id;
    this.version = version;
    this.createdAt = createdAt;
    this.updatedAt = updatedAt;
    this.bookId = bookId;
    this.personId = personId;
    this.status = status;
    this.renewable = renewable;
    this.openedAt = openedAt;
    this.dueAt = dueAt;
    this.returnedAt = returnedAt;
    this.fee = fee;
    this.lateDays = lateDays;
    this.renewals = List.copyOf(renewals);
  }

  /** OpenLoan: a new Loan, every invariant checked (all problems reported at once). */
  public static Loan openLoan(
      UUID bookId,
      UUID personId,
      Instant openedAt,
      Instant dueAt,
      Instant returnedAt,
      BigDecimal fee,
      Long lateDays,
      List<Renewal.Draft> renewals,
      Instant now) {
    Checked checked = check(bookId, personId, openedAt, dueAt, returnedAt, fee, lateDays, renewals);
    Loan created =
        new Loan(
            TimeOrderedIds.next(),
            1,
            now,
            now,
            checked.bookId(),
            checked.personId(),
            Status.OPEN,
            true,
            checked.openedAt(),
            checked.dueAt(),
            checked.returnedAt(),
            checked.fee(),
            checked.lateDays(),
            checked.renewals());
    created.raise(new LoanOpened(created.id, created.bookId, created.personId, created.dueAt, now));
    return created;
  }

  /** RenewLoan: allowed only when status is OPEN and renewable is true. */
  public void renew(Instant dueAt, String reason, Instant now) {
    Validator validator = new Validator();
    validator.required("dueAt", dueAt);
    validator.required("reason", reason);
    validator.maxLength("reason", reason, 200);
    validator.throwIfInvalid();
    if (!(Objects.equals(this.status, Status.OPEN) && Objects.equals(this.renewable, true))) {
      throw new GuardException(
          "RenewLoan is allowed only when status is OPEN and renewable is true");
    }
    this.dueAt = dueAt;
    touch(now);
    raise(new LoanRenewed(this.id, dueAt, reason, now));
  }

  /** ReturnLoan: allowed only when status is OPEN. */
  public void returnLoan(Instant returnedAt, Instant now) {
    Validator validator = new Validator();
    validator.required("returnedAt", returnedAt);
    validator.throwIfInvalid();
    if (!(Objects.equals(this.status, Status.OPEN))) {
      throw new GuardException("ReturnLoan is allowed only when status is OPEN");
    }
    this.status = Status.RETURNED;
    this.returnedAt = returnedAt;
    touch(now);
    raise(new LoanReturned(this.id, this.returnedAt, now));
  }

  /** ReportLost: allowed only when status is OPEN. */
  public void reportLost(Instant now) {
    if (!(Objects.equals(this.status, Status.OPEN))) {
      throw new GuardException("ReportLost is allowed only when status is OPEN");
    }
    this.status = Status.LOST;
    this.renewable = false;
    touch(now);
  }

  /** ChargeFee: allowed only when status is LOST, RETURNED. */
  public void chargeFee(BigDecimal fee, Instant now) {
    Validator validator = new Validator();
    validator.required("fee", fee);
    validator.min("fee", fee, "0");
    validator.throwIfInvalid();
    if (!((Objects.equals(this.status, Status.LOST)
        || Objects.equals(this.status, Status.RETURNED)))) {
      throw new GuardException("ChargeFee is allowed only when status is LOST, RETURNED");
    }
    this.fee = fee;
    touch(now);
  }

  /** A Loan as stored: no invariant is checked again (persistence only). */
  public static Loan restore(
      UUID id,
      long version,
      Instant createdAt,
      Instant updatedAt,
      UUID bookId,
      UUID personId,
      Status status,
      boolean renewable,
      Instant openedAt,
      Instant dueAt,
      Instant returnedAt,
      BigDecimal fee,
      long lateDays,
      List<Renewal> renewals) {
    return new Loan(
        id,
        version,
        createdAt,
        updatedAt,
        bookId,
        personId,
        status,
        renewable,
        openedAt,
        dueAt,
        returnedAt,
        fee,
        lateDays,
        renewals);
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

  public UUID bookId() {
    return bookId;
  }

  public UUID personId() {
    return personId;
  }

  public Status status() {
    return status;
  }

  public boolean renewable() {
    return renewable;
  }

  public Instant openedAt() {
    return openedAt;
  }

  public Instant dueAt() {
    return dueAt;
  }

  public Instant returnedAt() {
    return returnedAt;
  }

  public BigDecimal fee() {
    return fee;
  }

  public long lateDays() {
    return lateDays;
  }

  public List<Renewal> renewals() {
    return renewals;
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
      UUID bookId,
      UUID personId,
      Instant openedAt,
      Instant dueAt,
      Instant returnedAt,
      BigDecimal fee,
      Long lateDays,
      List<Renewal.Draft> renewals) {
    Validator validator = new Validator();
    validator.required("bookId", bookId);
    validator.required("personId", personId);
    openedAt = openedAt != null ? openedAt : Instant.parse("2024-01-01T09:00:00Z");
    validator.required("dueAt", dueAt);
    validator.min("fee", fee, "0");
    lateDays = lateDays != null ? lateDays : 0L;
    validator.min("lateDays", lateDays, "0");
    List<Renewal> renewalsItems = new ArrayList<>();
    if (renewals != null) {
      for (int i = 0; i < renewals.size(); i++) {
        Renewal.Draft item = renewals.get(i);
        if (item == null) {
          validator.add("renewals[" + i + "]", "is required");
        } else {
          Renewal checkedItem = Renewal.check(validator, "renewals[" + i + "]", item);
          if (checkedItem != null) {
            renewalsItems.add(checkedItem);
          }
        }
      }
    }
    validator.throwIfInvalid();
    return new Checked(bookId, personId, openedAt, dueAt, returnedAt, fee, lateDays, renewalsItems);
  }

  /** Inputs that passed every check, as the entity holds them. */
  private record Checked(
      UUID bookId,
      UUID personId,
      Instant openedAt,
      Instant dueAt,
      Instant returnedAt,
      BigDecimal fee,
      long lateDays,
      List<Renewal> renewals) {}
}
