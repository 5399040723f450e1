// This file was generated once by dddgen and is meant to be edited by hand.
// dddgen merges later regenerations into it three-way (see .dddgen/).
package com.acme.library.domain.book;

import com.acme.library.domain.shared.DomainEvent;
import com.acme.library.domain.shared.Isbn;
import com.acme.library.domain.shared.Shelf;
import com.acme.library.domain.shared.TimeOrderedIds;
import com.acme.library.domain.shared.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The Book aggregate root. State changes only through its factory and command methods, which check
 * every invariant first and record the events to publish.
 */
public final class Book {
  private final UUID id;

  private long version;

  private final Instant createdAt;

  private Instant updatedAt;

  private Isbn isbn;

  private Shelf shelf;

  private String title;

  private Type type;

  private String group;

  private int order;

  private LocalDate publishedOn;

  private UUID catalogId;

  private final List<DomainEvent> pendingEvents = new ArrayList<>();

  private Book(
      UUID id,
      long version,
      Instant createdAt,
      Instant updatedAt,
      Isbn isbn,
      Shelf shelf,
      String title,
      Type type,
      String group,
      int order,
      LocalDate publishedOn,
      UUID catalogId) {
    this.id = id;
    this.version = version;
    this.createdAt = createdAt;
    this.updatedAt = updatedAt;
    this.isbn = isbn;
    this.shelf = shelf;
    this.title = title;
    this.type = type;
    this.group = group;
    this.order = order;
    this.publishedOn = publishedOn;
    this.catalogId = catalogId;
  }

  /** AddBook: a new Book, every invariant checked (all problems reported at once). */
  public static Book addBook(
      String isbn,
      String shelf,
      String title,
      String type,
      String group,
      Integer order,
      LocalDate publishedOn,
      UUID catalogId,
      Instant now) {
    Checked checked = check(isbn, shelf, title, type, group, order, publishedOn, catalogId);
    Book created =
        new Book(
            TimeOrderedIds.next(),
            1,
            now,
            now,
            checked.isbn(),
            checked.shelf(),
            checked.title(),
            checked.type(),
            checked.group(),
            checked.order(),
            checked.publishedOn(),
            checked.catalogId());
    created.raise(new BookAdded(created.id, created.isbn, created.title, now));
    return created;
  }

  /** ReviseBook: replaces every field, every invariant checked; raises the version. */
  public void reviseBook(
      String isbn,
      String shelf,
      String title,
      String type,
      String group,
      Integer order,
      LocalDate publishedOn,
      UUID catalogId,
      Instant now) {
    Checked checked = check(isbn, shelf, title, type, group, order, publishedOn, catalogId);
    this.isbn = checked.isbn();
    this.shelf = checked.shelf();
    this.title = checked.title();
    this.type = checked.type();
    this.group = checked.group();
    this.order = checked.order();
    this.publishedOn = checked.publishedOn();
    this.catalogId = checked.catalogId();
    touch(now);
  }

  /** RetireBook: called before the Book is removed. */
  public void retireBook(Instant now) {
    raise(new BookRetired(this.id, this.isbn, now));
  }

  /** A Book as stored: no invariant is checked again (persistence only). */
  public static Book restore(
      UUID id,
      long version,
      Instant createdAt,
      Instant updatedAt,
      Isbn isbn,
      Shelf shelf,
      String title,
      Type type,
      String group,
      int order,
      LocalDate publishedOn,
      UUID catalogId) {
    return new Book(
        id,
        version,
        createdAt,
        updatedAt,
        isbn,
        shelf,
        title,
        type,
        group,
        order,
        publishedOn,
        catalogId);
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

  public Isbn isbn() {
    return isbn;
  }

  public Shelf shelf() {
    return shelf;
  }

  public String title() {
    return title;
  }

  public Type type() {
    return type;
  }

  public String group() {
    return group;
  }

  public int order() {
    return order;
  }

  public LocalDate publishedOn() {
    return publishedOn;
  }

  public UUID catalogId() {
    return catalogId;
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
      String isbn,
      String shelf,
      String title,
      String type,
      String group,
      Integer order,
      LocalDate publishedOn,
      UUID catalogId) {
    Validator validator = new Validator();
    validator.required("isbn", isbn);
    Isbn isbnValue = Isbn.check(validator, "isbn", isbn);
    Shelf shelfConstant = validator.oneOf("shelf", shelf, Shelf.class);
    validator.required("title", title);
    validator.minLength("title", title, 1);
    validator.maxLength("title", title, 300);
    type = type != null ? type : "PAPERBACK";
    Type typeConstant = validator.oneOf("type", type, Type.class);
    order = order != null ? order : 0;
    validator.min("order", order, "0");
    publishedOn = publishedOn != null ? publishedOn : LocalDate.parse("2000-01-01");
    validator.required("catalogId", catalogId);
    validator.throwIfInvalid();
    return new Checked(
        isbnValue, shelfConstant, title, typeConstant, group, order, publishedOn, catalogId);
  }

  /** Inputs that passed every check, as the entity holds them. */
  private record Checked(
      Isbn isbn,
      Shelf shelf,
      String title,
      Type type,
      String group,
      int order,
      LocalDate publishedOn,
      UUID catalogId) {}
}
