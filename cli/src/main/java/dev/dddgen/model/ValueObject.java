package dev.dddgen.model;

import java.util.List;

/**
 * A value object. A simple one wraps a single constrained value (its one field is named {@code
 * value}); a composite one has named fields.
 */
public record ValueObject(String name, boolean simple, List<Field> fields, boolean pii) {

  public Field wrapped() {
    if (!simple) {
      throw new IllegalStateException(name + " is not a simple value object");
    }
    return fields.get(0);
  }
}
