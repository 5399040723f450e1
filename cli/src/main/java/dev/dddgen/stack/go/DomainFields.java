package dev.dddgen.stack.go;

import dev.dddgen.model.Constraints;
import dev.dddgen.model.DomainModel;
import dev.dddgen.model.Field;
import dev.dddgen.model.FieldType;
import dev.dddgen.model.Scalar;
import dev.dddgen.model.ValueObject;
import dev.dddgen.naming.Names;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Validation and assignment keys of domain field maps (see go/partials/assign_field). */
final class DomainFields {
  private DomainFields() {}

  /** A package-level var: {@code name = value}. */
  record Var(String name, String value) {}

  /** The {@code vars} context: false, {single}, or {grouped: {items}}. */
  static Object vars(List<Var> vars) {
    if (vars.isEmpty()) {
      return false;
    }
    if (vars.size() == 1) {
      return Maps.of(
          "single",
          Maps.of("name", vars.get(0).name(), "value", vars.get(0).value()),
          "grouped",
          false);
    }
    List<Map<String, Object>> items = new ArrayList<>();
    for (Var v : vars) {
      items.add(Maps.of("name", v.name(), "value", v.value()));
    }
    return Maps.of("single", false, "grouped", Maps.of("items", items));
  }

  static Scalar scalar(Field field) {
    return field.type() instanceof FieldType.Builtin b ? b.scalar() : null;
  }

  /**
   * Validator calls for the constraints of {@code field}.
   *
   * @param label the name reported ("" for simple value objects)
   * @param value the Go expression checked
   * @param varPrefix prefix of package-level vars (patterns, decimal bounds)
   * @param shared how package shared is spelled ("" inside it)
   */
  static List<String> checks(
      Field field, String label, String value, String varPrefix, String shared, List<Var> vars) {
    List<String> checks = new ArrayList<>();
    Constraints c = field.constraints();
    String q = GoNames.quote(label);
    c.minLength().ifPresent(n -> checks.add("v.MinLength(" + q + ", " + value + ", " + n + ")"));
    c.maxLength().ifPresent(n -> checks.add("v.MaxLength(" + q + ", " + value + ", " + n + ")"));
    Scalar s = scalar(field);
    if (s == Scalar.DECIMAL) {
      c.min()
          .ifPresent(
              m -> {
                vars.add(new Var(varPrefix + "Min", decimal(m, shared)));
                checks.add("v.MinDecimal(" + q + ", " + value + ", " + varPrefix + "Min)");
              });
      c.max()
          .ifPresent(
              m -> {
                vars.add(new Var(varPrefix + "Max", decimal(m, shared)));
                checks.add("v.MaxDecimal(" + q + ", " + value + ", " + varPrefix + "Max)");
              });
    } else {
      String n = s == Scalar.INT ? "int64(" + value + ")" : value;
      c.min().ifPresent(m -> checks.add("v.Min(" + q + ", " + n + ", " + m.toPlainString() + ")"));
      c.max().ifPresent(m -> checks.add("v.Max(" + q + ", " + n + ", " + m.toPlainString() + ")"));
    }
    c.pattern()
        .ifPresent(
            p -> {
              vars.add(
                  new Var(varPrefix + "Pattern", "regexp.MustCompile(" + GoNames.raw(p) + ")"));
              checks.add("v.Pattern(" + q + ", " + value + ", " + varPrefix + "Pattern)");
            });
    return checks;
  }

  static String decimal(BigDecimal d, String shared) {
    BigDecimal n = d.scale() < 0 ? d.setScale(0) : d;
    return shared + "NewDecimal(" + n.unscaledValue() + ", " + n.scale() + ")";
  }

  /**
   * Adds the assign_field keys to a field map.
   *
   * @param target {@code next} or the value object's receiver
   * @param shared {@code "shared."} or {@code ""}
   * @param varPrefix prefix of package-level vars
   * @param enumType the field's enum type, or null
   */
  static void assign(
      Map<String, Object> map,
      Field field,
      String target,
      String shared,
      String varPrefix,
      String enumType,
      String defaultLiteral,
      List<Var> vars) {
    String name = field.name();
    String local = GoNames.local(name);
    String exported = GoNames.exported(name);
    boolean voType = field.type() instanceof FieldType.ValueObjectType;
    String voName = voType ? ((FieldType.ValueObjectType) field.type()).name() : null;
    boolean required = !field.optional() && field.defaultValue().isEmpty();
    boolean defaulted = field.defaultValue().isPresent();
    boolean optionalVo = !required && !defaulted && voType;
    boolean optionalPlain = !required && !defaulted && !voType;
    map.put("target", target);
    map.put("sharedRef", shared);
    Scalar s = scalar(field);
    List<String> checks;
    String value;
    if (required) {
      checks = checks(field, name, local, varPrefix, shared, vars);
      value = local;
      if (voType) {
        String voLocal = voLocal(voName, target);
        checks.add(voLocal + ", err := " + shared + "New" + voName + "(" + local + ")");
        checks.add("v.Merge(" + GoNames.quote(name) + ", err)");
        value = voLocal;
      } else if (enumType != null) {
        checks.add(
            shared
                + "OneOf(&v, "
                + GoNames.quote(name)
                + ", "
                + local
                + ", "
                + enumType
                + "Values())");
      } else if (s == Scalar.TIMESTAMP) {
        value = shared + "NormalizeTime(" + local + ")";
      }
    } else if (defaulted) {
      value = shared + "ValueOr(p." + exported + ", " + defaultLiteral + ")";
      if (s == Scalar.TIMESTAMP) {
        value = shared + "NormalizeTime(" + value + ")";
      }
      checks = checks(field, name, target + "." + local, varPrefix, shared, vars);
      if (enumType != null) {
        checks.add(
            shared
                + "OneOf(&v, "
                + GoNames.quote(name)
                + ", "
                + target
                + "."
                + local
                + ", "
                + enumType
                + "Values())");
      }
    } else if (optionalPlain) {
      checks = checks(field, name, "*p." + exported, varPrefix, shared, vars);
      if (enumType != null) {
        checks.add(
            shared
                + "OneOf(&v, "
                + GoNames.quote(name)
                + ", *p."
                + exported
                + ", "
                + enumType
                + "Values())");
      }
      value =
          s == Scalar.TIMESTAMP
              ? shared + "NormalizeTimePtr(p." + exported + ")"
              : shared + "CopyPtr(p." + exported + ")";
    } else {
      checks = new ArrayList<>();
      value = "";
      map.put("voLocal", voLocal(voName, target));
      map.put("constructor", shared + "New" + voName);
    }
    map.put("required", required);
    map.put("defaulted", defaulted);
    map.put("optionalPlain", optionalPlain);
    map.put("optionalValueObject", optionalVo);
    map.put("checks", checks);
    map.put("hasChecks", !checks.isEmpty());
    map.put("value", value);
  }

  static String getter(Field field, String receiver, String shared) {
    String access = receiver + "." + GoNames.local(field.name());
    return field.optional() && field.defaultValue().isEmpty()
        ? shared + "CopyPtr(" + access + ")"
        : access;
  }

  static String logAttr(Field field, String receiver, String shared) {
    String access = receiver + "." + GoNames.local(field.name());
    String q = GoNames.quote(field.name());
    if (field.pii() && field.type() instanceof FieldType.Builtin) {
      return "slog.String(" + q + ", " + shared + "Redacted)";
    }
    if (field.optional() && field.defaultValue().isEmpty()) {
      return "slog.Any(" + q + ", " + shared + "LogPtr(" + access + "))";
    }
    Scalar s = scalar(field);
    if (s == null) {
      return field.type() instanceof FieldType.Reference
          ? "slog.String(" + q + ", " + access + ".String())"
          : field.type() instanceof FieldType.Enumeration
              ? "slog.String(" + q + ", string(" + access + "))"
              : "slog.Any(" + q + ", " + access + ")";
    }
    return switch (s) {
      case STRING, TEXT -> "slog.String(" + q + ", " + access + ")";
      case INT -> "slog.Int64(" + q + ", int64(" + access + "))";
      case LONG -> "slog.Int64(" + q + ", " + access + ")";
      case BOOL -> "slog.Bool(" + q + ", " + access + ")";
      case DECIMAL, UUID, DATE -> "slog.String(" + q + ", " + access + ".String())";
      case TIMESTAMP -> "slog.Time(" + q + ", " + access + ")";
    };
  }

  /**
   * Whether the parts {@code field} of {@code receiver} and of {@code o} are equal. Composite value
   * objects, decimals and timestamps compare with Equal; a simple value object compares its value
   * with Equal when it wraps a decimal or a timestamp, and with == otherwise.
   */
  static String equal(DomainModel model, Field field, String receiver) {
    String l = receiver + "." + GoNames.local(field.name());
    String r = "o." + GoNames.local(field.name());
    Field simple =
        field.type() instanceof FieldType.ValueObjectType vot
            ? model
                .valueObject(vot.name())
                .filter(ValueObject::simple)
                .map(ValueObject::wrapped)
                .orElse(null)
            : null;
    if (simple != null) {
      Scalar wrapped = scalar(simple);
      boolean byMethod = wrapped == Scalar.DECIMAL || wrapped == Scalar.TIMESTAMP;
      String cmp = byMethod ? l + ".Value().Equal(" + r + ".Value())" : null;
      if (field.optional() && field.defaultValue().isEmpty()) {
        String inner = byMethod ? cmp : "*" + l + " == *" + r;
        return "(" + l + " == nil) == (" + r + " == nil) && (" + l + " == nil || " + inner + ")";
      }
      return byMethod ? cmp : l + " == " + r;
    }
    boolean method =
        scalar(field) == Scalar.DECIMAL
            || scalar(field) == Scalar.TIMESTAMP
            || field.type() instanceof FieldType.ValueObjectType;
    if (field.optional() && field.defaultValue().isEmpty()) {
      String inner = method ? l + ".Equal(*" + r + ")" : "*" + l + " == *" + r;
      return "(" + l + " == nil) == (" + r + " == nil) && (" + l + " == nil || " + inner + ")";
    }
    return method ? l + ".Equal(" + r + ")" : l + " == " + r;
  }

  static String voLocal(String voName) {
    String lower = voName.toLowerCase(Locale.ROOT);
    String r = lower.substring(0, 1);
    if (r.equals("p") || r.equals("v") || r.equals("i")) {
      r = lower.substring(0, Math.min(2, lower.length()));
    }
    return r;
  }

  /**
   * The local of a new value object assigned to a field of {@code target} in the same block: never
   * {@code target} itself, which it would hide (a Create part of a Collate entity, both {@code c}).
   */
  static String voLocal(String voName, String target) {
    String local = voLocal(voName);
    return local.equals(target) ? lowerFirst(voName) + "Value" : local;
  }

  static String lowerFirst(String s) {
    return Names.lowerFirst(s);
  }
}
