package dev.dddgen.model;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Example values for generated tests and API docs: a {@link #valid} value of every field (the
 * definition's {@code example}, else its default, else one derived from the constraints) and an
 * {@link #invalid} one that breaks a constraint. Values are plain text, as they would appear in
 * JSON.
 */
public final class Samples {
  public static final String UUID = "0190a7e0-0000-7000-8000-000000000001";
  public static final String DATE = "2024-01-31";
  public static final String TIMESTAMP = "2024-01-31T12:00:00Z";

  private Samples() {}

  /** A valid value of a scalar, enum, reference or simple value object field. */
  public static String valid(DomainModel model, Field field) {
    if (field.example().isPresent()) {
      return field.example().get();
    }
    if (field.defaultValue().isPresent()) {
      return field.defaultValue().get();
    }
    return derived(model, field)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no example value for field '" + field.name() + "': give it 'example:'"));
  }

  /**
   * A value derived from the constraints alone; empty when none can be found (a pattern too
   * complex).
   */
  public static Optional<String> derived(DomainModel model, Field field) {
    FieldType type = field.type();
    if (type instanceof FieldType.Enumeration enumeration) {
      return Optional.of(enumeration.values().get(0));
    }
    if (type instanceof FieldType.Reference) {
      return Optional.of(UUID);
    }
    if (type instanceof FieldType.ValueObjectType vo) {
      ValueObject valueObject = model.valueObject(vo.name()).orElseThrow();
      if (!valueObject.simple()) {
        throw new IllegalArgumentException(vo.name() + " is composite: take samples of its fields");
      }
      return Optional.of(valid(model, valueObject.wrapped()));
    }
    Constraints c = field.constraints();
    return switch (((FieldType.Builtin) type).scalar()) {
      case STRING, TEXT -> text(c);
      case INT, LONG -> Optional.of(number(c, BigDecimal.ONE).toPlainString());
      case DECIMAL -> Optional.of(number(c, new BigDecimal("12.50")).toPlainString());
      case BOOL -> Optional.of("true");
      case UUID -> Optional.of(UUID);
      case DATE -> Optional.of(DATE);
      case TIMESTAMP -> Optional.of(TIMESTAMP);
    };
  }

  /**
   * A value that breaks one of the field's constraints; empty when it has none a value can break.
   */
  public static Optional<String> invalid(DomainModel model, Field field) {
    FieldType type = field.type();
    if (type instanceof FieldType.Enumeration) {
      return Optional.of("NOT_A_VALUE");
    }
    if (type instanceof FieldType.ValueObjectType vo) {
      ValueObject valueObject = model.valueObject(vo.name()).orElseThrow();
      return valueObject.simple() ? invalid(model, valueObject.wrapped()) : Optional.empty();
    }
    if (!(type instanceof FieldType.Builtin builtin)) {
      return Optional.empty();
    }
    Constraints c = field.constraints();
    if (builtin.scalar().isNumeric()) {
      // A bound at the edge of its type (int's -2^31, long's 2^63-1) cannot be broken by a value
      // of that type: the one past it would not compile in a test nor decode from JSON.
      return Stream.of(
              c.min().map(min -> min.subtract(BigDecimal.ONE)),
              c.max().map(max -> max.add(BigDecimal.ONE)))
          .flatMap(Optional::stream)
          .filter(value -> fits(builtin.scalar(), value))
          .findFirst()
          .map(BigDecimal::toPlainString);
    }
    if (builtin.scalar().isTextual()) {
      // With a pattern and a length, a value too long or too short would mostly break the pattern
      // too, and a service reports each broken constraint: break the pattern alone, at a length
      // the bounds allow, when some simple value does.
      Optional<String> offPattern = c.pattern().flatMap(pattern -> offPattern(pattern, c));
      if (offPattern.isPresent() && (c.maxLength().isPresent() || c.minLength().isPresent())) {
        return offPattern;
      }
      if (c.maxLength().isPresent()) {
        return Optional.of("a".repeat(c.maxLength().getAsInt() + 1));
      }
      if (c.minLength().isPresent() && c.minLength().getAsInt() > 0) {
        return Optional.of("");
      }
      return offPattern;
    }
    return Optional.empty();
  }

  /** A simple value within the length bounds that the pattern does not match, if one is found. */
  private static Optional<String> offPattern(String regex, Constraints c) {
    java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(regex);
    int min = c.minLength().orElse(0);
    int max = c.maxLength().orElse(Integer.MAX_VALUE);
    for (String candidate : new String[] {"!", "", " ", "?!", "a", "0"}) {
      String sized =
          candidate.isEmpty() || candidate.length() >= min
              ? candidate
              : candidate.repeat(min / candidate.length() + 1).substring(0, min);
      if (sized.length() >= min && sized.length() <= max && !pattern.matcher(sized).find()) {
        return Optional.of(sized);
      }
    }
    return Optional.empty();
  }

  private static boolean fits(Scalar scalar, BigDecimal value) {
    return switch (scalar) {
      case INT -> fitsBetween(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
      case LONG -> fitsBetween(value, Long.MIN_VALUE, Long.MAX_VALUE);
      default -> true;
    };
  }

  private static boolean fitsBetween(BigDecimal value, long min, long max) {
    return value.compareTo(BigDecimal.valueOf(min)) >= 0
        && value.compareTo(BigDecimal.valueOf(max)) <= 0;
  }

  /** Whether a string sample can be derived for these constraints (always, without a pattern). */
  public static boolean matchesPattern(Constraints c) {
    return text(c).isPresent();
  }

  private static Optional<String> text(Constraints c) {
    int min = c.minLength().orElse(0);
    int max = c.maxLength().orElse(-1);
    if (c.pattern().isPresent()) {
      return RegexSample.of(c.pattern().get(), min, max);
    }
    String sample = "sample";
    if (max >= 0 && sample.length() > max) {
      sample = "a".repeat(Math.max(min, Math.min(max, 1)));
    }
    if (sample.length() < min) {
      sample = sample + "a".repeat(min - sample.length());
    }
    return Optional.of(sample);
  }

  private static BigDecimal number(Constraints c, BigDecimal preferred) {
    BigDecimal value = preferred;
    if (c.min().isPresent() && value.compareTo(c.min().get()) < 0) {
      value = c.min().get();
    }
    if (c.max().isPresent() && value.compareTo(c.max().get()) > 0) {
      value = c.max().get();
    }
    return value;
  }
}
