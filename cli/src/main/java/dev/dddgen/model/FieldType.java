package dev.dddgen.model;

import java.util.List;

/**
 * What a field holds.
 *
 * <p>The variants spell out {@code equals} and {@code hashCode}: a record's generated ones are
 * linked on first use through {@code ObjectMethods}' method-handle bootstrap, which cost every cold
 * run ~10 ms for comparisons that are a field or two.
 */
public sealed interface FieldType {

  record Builtin(Scalar scalar) implements FieldType {
    @Override
    public boolean equals(Object other) {
      return other instanceof Builtin that && scalar == that.scalar;
    }

    @Override
    public int hashCode() {
      return scalar.hashCode();
    }
  }

  record Enumeration(List<String> values) implements FieldType {
    @Override
    public boolean equals(Object other) {
      return other instanceof Enumeration that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
      return values.hashCode();
    }
  }

  /** The id of another aggregate. */
  record Reference(String aggregate) implements FieldType {
    @Override
    public boolean equals(Object other) {
      return other instanceof Reference that && aggregate.equals(that.aggregate);
    }

    @Override
    public int hashCode() {
      return aggregate.hashCode();
    }
  }

  record ValueObjectType(String name) implements FieldType {
    @Override
    public boolean equals(Object other) {
      return other instanceof ValueObjectType that && name.equals(that.name);
    }

    @Override
    public int hashCode() {
      return name.hashCode();
    }
  }
}
