package dev.dddgen.definition;

import dev.dddgen.definition.Definition.FieldDef;
import dev.dddgen.definition.StackRules.Fault;
import dev.dddgen.model.Constraints;
import dev.dddgen.model.FieldType;
import dev.dddgen.model.Scalar;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The rules of a field's constraints (ranges, lengths, patterns) and of the literals it is given.
 */
final class ConstraintRules {
  private final Validation run;

  /**
   * What is wrong with a pattern, by pattern: definitions repeat them, and each check compiles one.
   */
  private final Map<String, Optional<Fault>> patternFaults = new HashMap<>();

  ConstraintRules(Validation run) {
    this.run = run;
  }

  Constraints constraints(FieldDef def, FieldType type) {
    Scalar scalar = type instanceof FieldType.Builtin builtin ? builtin.scalar() : null;
    boolean numeric = scalar != null && scalar.isNumeric();
    boolean textual = scalar != null && scalar.isTextual();
    Optional<BigDecimal> min = number(def.min(), numeric, scalar, "min");
    Optional<BigDecimal> max = number(def.max(), numeric, scalar, "max");
    if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
      run.report(
          def.min().at(),
          "min " + def.min().value() + " is greater than max " + def.max().value(),
          "swap them");
    }
    OptionalInt minLength = length(def.minLength(), textual, "minLength");
    OptionalInt maxLength = length(def.maxLength(), textual, "maxLength");
    if (maxLength.isPresent() && maxLength.getAsInt() == 0) {
      run.report(
          def.maxLength().at(),
          "maxLength 0 allows only the empty string",
          "use a positive maxLength");
    }
    if (minLength.isPresent()
        && maxLength.isPresent()
        && minLength.getAsInt() > maxLength.getAsInt()) {
      run.report(
          def.minLength().at(),
          "minLength "
              + minLength.getAsInt()
              + " is greater than maxLength "
              + maxLength.getAsInt(),
          "swap them");
    }
    Optional<String> pattern = Optional.empty();
    if (def.pattern() != null) {
      if (!textual) {
        notApplicable(def.pattern(), "pattern", "string and text");
      } else if (compiles(def.pattern())) {
        pattern = Optional.of(def.pattern().value());
      }
    }
    return new Constraints(min, max, minLength, maxLength, pattern);
  }

  private Optional<BigDecimal> number(Text text, boolean applicable, Scalar scalar, String key) {
    if (text == null) {
      return Optional.empty();
    }
    if (!applicable) {
      notApplicable(text, key, "int, long and decimal");
      return Optional.empty();
    }
    BigDecimal value;
    try {
      value = new BigDecimal(text.value().replace("_", ""));
    } catch (NumberFormatException e) { // .inf, .nan, 1e99999999999...
      run.report(text.at(), key + " '" + text.value() + "' is not a finite number", "");
      return Optional.empty();
    }
    if (scalar != Scalar.DECIMAL && value.stripTrailingZeros().scale() > 0) {
      run.report(
          text.at(),
          key + " of an " + scalar.id() + " must be a whole number, not " + text.value(),
          "");
      return Optional.empty();
    }
    if (!fits(value, scalar)) {
      run.report(
          text.at(),
          key + " " + text.value() + " does not fit in " + scalar.id(),
          scalar == Scalar.INT ? "use 'long'" : "");
      return Optional.empty();
    }
    return Optional.of(value);
  }

  private static boolean fits(BigDecimal value, Scalar scalar) {
    return switch (scalar) {
      case INT ->
          value.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) >= 0
              && value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0;
      case LONG ->
          value.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) >= 0
              && value.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0;
      // PostgreSQL numeric's limits; beyond them a literal like 1e999999999 would also take
      // gigabytes to print in plain notation.
      case DECIMAL -> value.precision() - value.scale() <= 131_072 && value.scale() <= 16_383;
      default -> true;
    };
  }

  private OptionalInt length(Text text, boolean applicable, String key) {
    if (text == null) {
      return OptionalInt.empty();
    }
    if (!applicable) {
      notApplicable(text, key, "string and text");
      return OptionalInt.empty();
    }
    long value;
    try {
      value = Long.parseLong(text.value().replace("_", ""));
    } catch (NumberFormatException e) {
      run.report(text.at(), key + " '" + text.value() + "' is not a whole number", "");
      return OptionalInt.empty();
    }
    if (value < 0) {
      run.report(text.at(), key + " cannot be negative", "");
      return OptionalInt.empty();
    }
    if (value > 10_485_760) {
      run.report(
          text.at(),
          key + " " + value + " is larger than PostgreSQL allows (10485760)",
          "use 'text' without maxLength");
      return OptionalInt.empty();
    }
    return OptionalInt.of((int) value);
  }

  private void notApplicable(Text text, String key, String types) {
    run.report(
        text.at(),
        "'" + key + "' applies only to " + types + " fields",
        "remove it, or put it on the value object's own field");
  }

  private boolean compiles(Text pattern) {
    Optional<Fault> fault = patternFaults.computeIfAbsent(pattern.value(), this::patternFault);
    return fault.isEmpty() || run.report(pattern.at(), fault.get().message(), fault.get().hint());
  }

  /**
   * What is wrong with a pattern: Java cannot compile it, or the target stack's engine refuses it.
   */
  private Optional<Fault> patternFault(String pattern) {
    try {
      Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      return Optional.of(
          new Fault(
              "pattern '" + pattern + "' is not a valid regular expression: " + e.getDescription(),
              ""));
    }
    return run.stack.flatMap(stack -> stack.patternFault(pattern));
  }

  /** Whether {@code literal} is a valid value of {@code type}; reports it when it is not. */
  boolean checkLiteral(Text literal, FieldType type, Constraints constraints, String what) {
    String value = literal.value();
    String problem = null;
    String hint = "";
    if (type instanceof FieldType.Enumeration enumeration) {
      if (!enumeration.values().contains(value)) {
        problem = what + " '" + value + "' is not one of the enum's values";
        hint = Suggestions.hint(value, enumeration.values());
      }
    } else if (type instanceof FieldType.Builtin builtin) {
      problem = scalarLiteralProblem(literal, builtin.scalar(), constraints, what);
    } else {
      problem =
          "a "
              + (type instanceof FieldType.Reference ? "reference" : "value object")
              + " field cannot have a "
              + what;
    }
    if (problem != null) {
      return run.report(literal.at(), problem, hint);
    }
    return true;
  }

  private static String scalarLiteralProblem(
      Text literal, Scalar scalar, Constraints constraints, String what) {
    String value = literal.value();
    try {
      switch (scalar) {
        case INT, LONG, DECIMAL -> {
          if (!literal.isNumber()) {
            return what + " '" + value + "' is not a number";
          }
          BigDecimal number = new BigDecimal(value.replace("_", ""));
          if (scalar != Scalar.DECIMAL && number.stripTrailingZeros().scale() > 0) {
            return what + " '" + value + "' is not a whole number";
          }
          if (!fits(number, scalar)
              || constraints.min().filter(m -> number.compareTo(m) < 0).isPresent()
              || constraints.max().filter(m -> number.compareTo(m) > 0).isPresent()) {
            return what + " " + value + " is outside the field's range";
          }
        }
        case BOOL -> {
          if (literal.kind() != Text.Kind.BOOL) {
            return what + " '" + value + "' is not true or false";
          }
        }
        case UUID -> java.util.UUID.fromString(value);
        case DATE -> java.time.LocalDate.parse(value);
        case TIMESTAMP -> java.time.OffsetDateTime.parse(value);
        case STRING, TEXT -> {
          if (constraints.minLength().isPresent()
                  && value.length() < constraints.minLength().getAsInt()
              || constraints.maxLength().isPresent()
                  && value.length() > constraints.maxLength().getAsInt()
              || constraints.pattern().isPresent()
                  && !Pattern.compile(constraints.pattern().get()).matcher(value).find()) {
            return what + " '" + value + "' breaks the field's own length or pattern constraint";
          }
        }
      }
    } catch (IllegalArgumentException | DateTimeException e) {
      return what + " '" + value + "' is not a valid " + scalar.id();
    }
    return null;
  }
}
