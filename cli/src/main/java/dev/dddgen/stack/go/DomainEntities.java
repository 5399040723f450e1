package dev.dddgen.stack.go;

import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Field;
import dev.dddgen.model.FieldType;
import dev.dddgen.naming.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Keys of the aggregate and entity templates: field assignment, getters, docs. */
final class DomainEntities {
  private DomainEntities() {}

  static void domainKeys(
      Map<String, Object> f,
      Field field,
      String receiver,
      String enumType,
      List<DomainFields.Var> vars) {
    String local = GoNames.local(field.name());
    DomainFields.assign(
        f, field, "next", "shared.", local, enumType, defaultLiteral(field, enumType), vars);
    f.put("getter", DomainFields.getter(field, receiver, "shared."));
    f.put("logAttr", DomainFields.logAttr(field, receiver, "shared."));
  }

  static String defaultLiteral(Field field, String enumType) {
    if (field.defaultValue().isEmpty()) {
      return "";
    }
    String d = field.defaultValue().get();
    if (enumType != null) {
      return enumType + Names.pascal(d.toLowerCase(Locale.ROOT));
    }
    if (field.type() instanceof FieldType.Builtin b) {
      return switch (b.scalar()) {
        case STRING, TEXT -> GoNames.quote(d);
        case DATE -> dateOf(d);
        case TIMESTAMP -> timeDate(d);
        case DECIMAL -> DomainFields.decimal(new java.math.BigDecimal(d), "shared.");
        case UUID -> "uuid.MustParse(" + GoNames.quote(d) + ")";
        default -> d;
      };
    }
    return d;
  }

  /** The Go expression of a date ({@code yyyy-MM-dd}): a shared.Date. */
  static String dateOf(String date) {
    return "shared.DateOf(" + timeDate(date + "T00:00:00Z") + ")";
  }

  /** The Go expression of a timestamp: its instant in UTC, to the second. */
  static String timeDate(String iso) {
    java.time.LocalDateTime t =
        java.time.OffsetDateTime.parse(iso)
            .withOffsetSameInstant(java.time.ZoneOffset.UTC)
            .toLocalDateTime();
    return "time.Date("
        + t.getYear()
        + ", time."
        + goMonth(t.getMonth())
        + ", "
        + t.getDayOfMonth()
        + ", "
        + t.getHour()
        + ", "
        + t.getMinute()
        + ", "
        + t.getSecond()
        + ", 0, time.UTC)";
  }

  /** Go's name of a month ({@code time.January}): the English one, without loading locale data. */
  private static String goMonth(java.time.Month month) {
    return month.name().charAt(0) + month.name().substring(1).toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Validation statements of a command parameter. A parameter the method goes on to use (an
   * assigned field, an event field) is bound to a local of its name: the value for a required or
   * defaulted one, a copy of the pointer for an optional one. An unused one is only checked.
   *
   * @param varPrefix prefix of the package-level vars its checks need (added to vars)
   */
  static List<String> validation(
      Field param, String enumType, boolean used, String varPrefix, List<DomainFields.Var> vars) {
    List<String> out = new ArrayList<>();
    String local = GoNames.local(param.name());
    String name = GoNames.quote(param.name());
    String input = "p." + GoNames.exported(param.name());
    boolean defaulted = param.defaultValue().isPresent();
    boolean optional = param.optional() && !defaulted;
    if (param.type() instanceof FieldType.ValueObjectType vo) {
      String voLocal = DomainFields.voLocal(vo.name());
      if (optional || (defaulted && !used)) {
        if (used) {
          // The method goes on to use it: bound to a pointer to the value object, nil when absent.
          out.add("var " + local + " *shared." + vo.name());
        }
        out.add("if " + input + " != nil {");
        out.add(
            "	" + (used ? voLocal : "_") + ", err := shared.New" + vo.name() + "(*" + input + ")");
        out.add("	v.Merge(" + name + ", err)");
        if (used) {
          out.add("	" + local + " = &" + voLocal);
        }
        out.add("}");
        return out;
      }
      out.add("var " + local + " shared." + vo.name());
      out.add("if input, ok := shared.Required(&v, " + name + ", " + input + "); ok {");
      out.add("	" + voLocal + ", err := shared.New" + vo.name() + "(input)");
      out.add("	v.Merge(" + name + ", err)");
      out.add("	" + local + " = " + voLocal);
      out.add("}");
      if (!used) {
        out.add("_ = " + local);
      }
      return out;
    }
    if (optional || (defaulted && !used)) {
      List<String> checks = checks(param, "*" + input, enumType, varPrefix, vars);
      if (!checks.isEmpty()) {
        out.add("if " + input + " != nil {");
        checks.forEach(check -> out.add("\t" + check));
        out.add("}");
      }
      if (used) {
        out.add(local + " := shared.CopyPtr(" + input + ")");
      }
      return out;
    }
    List<String> checks = checks(param, local, enumType, varPrefix, vars);
    if (defaulted) {
      out.add(local + " := shared.ValueOr(" + input + ", " + defaultLiteral(param, enumType) + ")");
      out.addAll(checks);
    } else if (checks.isEmpty()) {
      out.add(
          used
              ? local + ", _ := shared.Required(&v, " + name + ", " + input + ")"
              : "shared.Required(&v, " + name + ", " + input + ")");
    } else {
      out.add(
          used
              ? local + ", ok := shared.Required(&v, " + name + ", " + input + ")"
              : "if " + local + ", ok := shared.Required(&v, " + name + ", " + input + "); ok {");
      if (used) {
        out.add("if ok {");
      }
      checks.forEach(check -> out.add("\t" + check));
      out.add("}");
    }
    return out;
  }

  private static List<String> checks(
      Field param, String value, String enumType, String varPrefix, List<DomainFields.Var> vars) {
    List<String> checks =
        DomainFields.checks(param, param.name(), value, varPrefix, "shared.", vars);
    if (enumType != null) {
      checks.add(
          "shared.OneOf(&v, "
              + GoNames.quote(param.name())
              + ", "
              + value
              + ", "
              + enumType
              + "Values())");
    }
    return checks;
  }

  static List<String> constructorDoc(Aggregate a, List<Map<String, Object>> commands) {
    List<String> lines = new ArrayList<>();
    Map<String, Object> create =
        commands.stream().filter(c -> c.get("kind").equals("create")).findFirst().orElse(null);
    String text =
        "New"
            + a.name()
            + " validates p and returns a new "
            + a.name()
            + (create != null ? " (command " + create.get("name") + ")." : ".");
    lines.add("// " + text);
    if (create != null && !((List<?>) create.get("record")).isEmpty()) {
      lines.add("// It records " + create.get("emits") + ".");
    }
    return lines;
  }
}
