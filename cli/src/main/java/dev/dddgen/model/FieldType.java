package dev.dddgen.model;

import java.util.List;

/** What a field holds. */
public sealed interface FieldType {

  record Builtin(Scalar scalar) implements FieldType {}

  record Enumeration(List<String> values) implements FieldType {}

  /** The id of another aggregate. */
  record Reference(String aggregate) implements FieldType {}

  record ValueObjectType(String name) implements FieldType {}
}
