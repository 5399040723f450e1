package dev.dddgen.model;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;

public record Constraints(
    Optional<BigDecimal> min,
    Optional<BigDecimal> max,
    OptionalInt minLength,
    OptionalInt maxLength,
    Optional<String> pattern) {

  public static final Constraints NONE =
      new Constraints(
          Optional.empty(),
          Optional.empty(),
          OptionalInt.empty(),
          OptionalInt.empty(),
          Optional.empty());

  public boolean isEmpty() {
    return equals(NONE);
  }
}
