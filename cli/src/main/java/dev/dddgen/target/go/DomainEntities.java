package dev.dddgen.target.go;

import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Field;
import dev.dddgen.model.FieldType;
import dev.dddgen.model.Scalar;
import dev.dddgen.naming.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Keys of the aggregate and entity templates: field assignment, getters, docs. */
final class DomainEntities {
  private DomainEntities() {}

  static void domainKeys(Map<String, Object> f, Field field, String receiver, String enumType,
      List<DomainFields.Var> vars) {
    String local = GoNames.local(field.name());
    DomainFields.assign(f, field, "next", "shared.", local, enumType, defaultLiteral(field, enumType), vars);
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
        case DATE -> "shared.DateOf(" + timeDate(d + "T00:00:00Z") + ")";
        case TIMESTAMP -> timeDate(d);
        default -> d;
      };
    }
    return d;
  }

  static String timeDate(String iso) {
    java.time.OffsetDateTime t = java.time.OffsetDateTime.parse(iso);
    String month = t.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
    return "time.Date(" + t.getYear() + ", time." + month + ", " + t.getDayOfMonth() + ", " + t.getHour() + ", "
        + t.getMinute() + ", " + t.getSecond() + ", 0, time.UTC)";
  }

  /** Validation statements of an action parameter. */
  static List<String> validation(Field param, String enumType) {
    List<String> out = new ArrayList<>();
    String local = GoNames.local(param.name());
    List<DomainFields.Var> vars = new ArrayList<>();
    if (!param.optional() && param.type() instanceof FieldType.ValueObjectType vo) {
      String voLocal = DomainFields.voLocal(vo.name());
      out.add("var " + local + " shared." + vo.name());
      out.add("if input, ok := shared.Required(&v, " + GoNames.quote(param.name()) + ", p."
          + GoNames.exported(param.name()) + "); ok {");
      out.add("\t" + voLocal + ", err := shared.New" + vo.name() + "(input)");
      out.add("\tv.Merge(" + GoNames.quote(param.name()) + ", err)");
      out.add("\t" + local + " = " + voLocal);
      out.add("}");
    } else if (!param.optional()) {
      List<String> checks = DomainFields.checks(param, param.name(), local, local, "shared.", vars);
      if (checks.isEmpty()) {
        out.add(local + ", _ := shared.Required(&v, " + GoNames.quote(param.name()) + ", p." + GoNames.exported(param.name())
            + ")");
      } else {
        out.add(local + ", ok := shared.Required(&v, " + GoNames.quote(param.name()) + ", p."
            + GoNames.exported(param.name()) + ")");
        out.add("if ok {");
        for (String c : checks) {
          out.add("\t" + c);
        }
        out.add("}");
      }
    }
    return out;
  }

  static List<String> constructorDoc(Aggregate a, List<Map<String, Object>> commands) {
    List<String> lines = new ArrayList<>();
    Map<String, Object> create = commands.stream().filter(c -> c.get("kind").equals("create")).findFirst().orElse(null);
    String text = "New" + a.name() + " validates p and returns a new " + a.name()
        + (create != null ? " (command " + create.get("name") + ")." : ".");
    lines.add("// " + text);
    if (create != null && !((List<?>) create.get("record")).isEmpty()) {
      lines.add("// It records " + create.get("emits") + ".");
    }
    return lines;
  }
}
