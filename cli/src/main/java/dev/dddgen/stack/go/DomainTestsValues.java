package dev.dddgen.stack.go;

import dev.dddgen.api.Scenarios;
import dev.dddgen.model.DomainModel;
import dev.dddgen.model.Field;
import dev.dddgen.model.FieldType;
import dev.dddgen.model.Samples;
import dev.dddgen.model.ValueObject;
import dev.dddgen.naming.Names;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Go literals of sample values for the generated domain tests. */
final class DomainTestsValues {
  private DomainTestsValues() {}

  /** The Go expression of {@code text} as a value of {@code field}; enumType spelled as given. */
  static String literal(DomainModel model, Field field, String text, String enumType) {
    FieldType type = field.type();
    if (type instanceof FieldType.Enumeration) {
      return enumType == null
          ? GoNames.quote(text)
          : text.equals("NOT_A_VALUE") || !((FieldType.Enumeration) type).values().contains(text)
              ? enumType + "(" + GoNames.quote(text) + ")"
              : enumType + Names.pascal(text.toLowerCase(Locale.ROOT));
    }
    if (type instanceof FieldType.Reference) {
      return "uuid.MustParse(" + GoNames.quote(text) + ")";
    }
    if (type instanceof FieldType.ValueObjectType vo) {
      ValueObject v = model.valueObject(vo.name()).orElseThrow();
      return literal(model, v.wrapped(), text, sharedEnum(v, v.wrapped()));
    }
    return switch (((FieldType.Builtin) type).scalar()) {
      case STRING, TEXT -> string(text);
      case INT -> "int32(" + text + ")";
      case LONG -> "int64(" + text + ")";
      case DECIMAL -> DomainFields.decimal(new BigDecimal(text), "shared.");
      case BOOL -> text;
      case UUID -> "uuid.MustParse(" + GoNames.quote(text) + ")";
      case DATE -> DomainEntities.dateOf(text);
      case TIMESTAMP -> DomainEntities.timeDate(text);
    };
  }

  static String string(String text) {
    if (text.length() > 10 && text.chars().distinct().count() == 1) {
      return "strings.Repeat(" + GoNames.quote(text.substring(0, 1)) + ", " + text.length() + ")";
    }
    return GoNames.quote(text);
  }

  static boolean composite(DomainModel model, Field field) {
    return Scenarios.of(model).composite(field);
  }

  static ValueObject vo(DomainModel model, Field field) {
    return Scenarios.of(model).valueObject(field);
  }

  /** The enum type spelling of a value-object part (in shared, seen from outside). */
  static String sharedEnum(ValueObject vo, Field part) {
    if (!(part.type() instanceof FieldType.Enumeration)) {
      return null;
    }
    return "shared." + vo.name() + GoNames.exported(part.name());
  }

  /** {@code &shared.XParams{...}} (or without &) of the required parts, all parts when every. */
  static String params(
      DomainModel model, ValueObject vo, boolean every, String invalidPath, boolean amp) {
    List<String> parts = new ArrayList<>();
    String firstSeg = invalidPath == null ? null : invalidPath.split("\\.", 2)[0];
    for (Field part : vo.fields()) {
      boolean invalidHere = part.name().equals(firstSeg);
      if (part.omittable() && !every && !invalidHere) {
        continue;
      }
      String value;
      if (composite(model, part)) {
        String rest =
            invalidHere && invalidPath.contains(".") ? invalidPath.split("\\.", 2)[1] : null;
        value = params(model, vo(model, part), every, rest, true);
      } else {
        String text =
            invalidHere ? Samples.invalid(model, part).orElseThrow() : Samples.valid(model, part);
        value = "ptr(" + literal(model, part, text, sharedEnum(vo, part)) + ")";
      }
      parts.add(GoNames.exported(part.name()) + ": " + value);
    }
    return (amp ? "&" : "") + "shared." + vo.name() + "Params{" + String.join(", ", parts) + "}";
  }

  /** Paths of the parts that can be made invalid, e.g. {@code location.lat}. */
  static List<String> invalidPaths(DomainModel model, ValueObject vo) {
    return Scenarios.of(model).invalidPaths(vo);
  }

  static String stringList(List<String> items) {
    List<String> quoted = new ArrayList<>();
    for (String item : items) {
      quoted.add(GoNames.quote(item));
    }
    return "[]string{" + String.join(", ", quoted) + "}";
  }
}
