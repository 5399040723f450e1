package dev.dddgen.model;

import java.util.Optional;

/**
 * A field of an aggregate, entity, value object, command or event. {@code defaultValue} is the
 * literal as written in the definition (an enum constant, a number, {@code true}...). {@code pii}
 * is already true when the field's value object is marked pii. {@code example} is a valid value the
 * user chose for generated tests and API docs. {@code writable} is the definition's {@code
 * writable: true}: a lifecycle state field (see {@link Lifecycle#isStateField}) that create and
 * update may still write; without it only commands change such a field.
 */
public record Field(
    String name,
    FieldType type,
    boolean optional,
    Optional<String> defaultValue,
    Constraints constraints,
    boolean unique,
    boolean pii,
    Optional<String> renamedFrom,
    Optional<String> example,
    boolean writable) {

  /** A field without {@code writable: true}. */
  public Field(
      String name,
      FieldType type,
      boolean optional,
      Optional<String> defaultValue,
      Constraints constraints,
      boolean unique,
      boolean pii,
      Optional<String> renamedFrom,
      Optional<String> example) {
    this(name, type, optional, defaultValue, constraints, unique, pii, renamedFrom, example, false);
  }

  /** Whether a create request may leave the field out. */
  public boolean omittable() {
    return optional || defaultValue.isPresent();
  }
}
