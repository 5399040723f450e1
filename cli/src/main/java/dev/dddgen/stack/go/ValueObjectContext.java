package dev.dddgen.stack.go;

import dev.dddgen.model.Field;
import dev.dddgen.model.ValueObject;
import dev.dddgen.naming.Names;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code valueObject} context: a value object of package shared, with its DTO and request
 * forms.
 */
final class ValueObjectContext {
  private ValueObjectContext() {}

  /** The value object's receiver: p, v and o are its constructor's, validator's and Equal's. */
  static String receiver(ValueObject vo) {
    String lower = vo.name().toLowerCase(java.util.Locale.ROOT);
    String rcv = lower.substring(0, 1);
    if (rcv.equals("p") || rcv.equals("v") || rcv.equals("o")) {
      rcv = lower.length() > 1 ? lower.substring(0, 2) : rcv + "x";
    }
    return rcv;
  }

  static Map<String, Object> of(GoProject p, ValueObject vo) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("name", vo.name());
    map.put("receiver", receiver(vo));
    map.put("article", DomainContext.article(vo.name()));
    map.put("simple", vo.simple());
    map.put("pii", vo.pii());
    map.put("file", Names.snake(vo.name()));
    map.put("requestType", Names.lowerFirst(vo.name()) + "Request");
    String receiver = (String) map.get("receiver");
    String prefix = Names.lowerFirst(vo.name());
    List<DomainFields.Var> vars = new ArrayList<>();
    List<Map<String, Object>> fields = new ArrayList<>();
    List<String> partNames = new ArrayList<>();
    List<String> equal = new ArrayList<>();
    if (vo.simple()) {
      Field wrapped = vo.wrapped();
      GoTypes types = GoTypes.ofShared(p.model(), wrapped, vo.name());
      map.put("valueType", types.domain());
      // As spelled from other packages (the shared_test package): the command type without its
      // pointer.
      map.put("qualifiedValueType", types.command().substring(1));
      List<String> checks = DomainFields.checks(wrapped, "", "value", prefix, "", vars);
      if (types.enumType() != null) {
        checks.add("OneOf(&v, \"\", value, " + types.enumType() + "Values())");
      }
      map.put("checks", checks);
      map.put("hasChecks", !checks.isEmpty());
      String doc =
          vo.name()
              + " is a value object wrapping a "
              + types.domain()
              + "."
              + (vo.pii()
                  ? " It is personal data: String, GoString and LogValue print \"[REDACTED]\"; use Value to read it."
                  : "");
      map.put("doc", DomainDocs.comment(doc));
    }
    for (Field field : vo.fields()) {
      GoTypes types = GoTypes.ofShared(p.model(), field, vo.name());
      Map<String, Object> f = DomainContext.baseField(field, types);
      if (!vo.simple()) {
        String enumType =
            field.type() instanceof dev.dddgen.model.FieldType.Enumeration
                ? vo.name() + GoNames.exported(field.name())
                : null;
        DomainFields.assign(
            f,
            field,
            receiver,
            "",
            prefix + GoNames.exported(field.name()),
            enumType,
            field
                .defaultValue()
                .map(
                    d ->
                        enumType != null
                            ? enumType + Names.pascal(d.toLowerCase(java.util.Locale.ROOT))
                            : d)
                .orElse(""),
            vars);
        f.put("getter", DomainFields.getter(field, receiver, ""));
        f.put("logAttr", DomainFields.logAttr(field, receiver, ""));
        partNames.add(GoNames.quote(field.name()));
        equal.add(DomainFields.equal(p.model(), field, receiver));
      }
      fields.add(f);
    }
    map.put("fields", Maps.markLast(fields));
    map.put("partNames", String.join(", ", partNames));
    map.put("equal", String.join(" && ", equal));
    map.put("vars", DomainFields.vars(vars));
    return map;
  }
}
