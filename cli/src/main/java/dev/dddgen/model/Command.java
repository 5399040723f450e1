package dev.dddgen.model;

import java.util.List;
import java.util.Optional;

/**
 * A write use case. {@link Kind#CREATE} and {@link Kind#UPDATE} take every aggregate field (and
 * entity list) as input; {@link Kind#ACTION} takes {@code params}: a parameter named like an
 * aggregate field assigns it, the others are passed on to the emitted event.
 */
public record Command(
    String name,
    Kind kind,
    List<Field> params,
    List<Guard> guards,
    List<Assignment> assignments,
    Optional<String> emits,
    boolean conventional) {

  public enum Kind {
    CREATE,
    UPDATE,
    DELETE,
    ACTION
  }

  /** The command runs only while {@code field} holds one of {@code values}. */
  public record Guard(String field, List<String> values) {}

  /** The command sets {@code field} to the literal {@code value}. */
  public record Assignment(String field, String value) {}
}
