package dev.dddgen.stack.go;

import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Command;
import dev.dddgen.model.Entity;
import dev.dddgen.model.Field;
import dev.dddgen.model.FieldType;
import dev.dddgen.model.Query;
import dev.dddgen.model.ValueObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Keys of the application layer: command and query use cases, DTOs. */
final class ApplicationContext {
  private ApplicationContext() {}

  /**
   * Each aggregate's repository and use cases, for the composition root that builds them once
   * ({@code application.NewApplication}).
   */
  static List<Map<String, Object>> composition(GoProject p) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Aggregate a : p.model().aggregates()) {
      GoProject.AggregateNames n = p.names(a);
      List<Map<String, Object>> commands = new ArrayList<>();
      for (Command command : a.commands()) {
        commands.add(
            Maps.of(
                "name",
                command.name(),
                "plural",
                n.plural(),
                "publishes",
                HttpContext.publishes(command)));
      }
      List<Map<String, Object>> queries = new ArrayList<>();
      for (Query query : a.queries()) {
        queries.add(Maps.of("name", query.name(), "plural", n.plural()));
      }
      out.add(
          Maps.of("plural", n.plural(), "ref", n.ref(), "commands", commands, "queries", queries));
    }
    return out;
  }

  static void contribute(GoProject p, Aggregate a, Map<String, Object> aggregate) {
    String ref = p.names(a).ref();
    String receiver = p.names(a).receiver();

    // fields[].dtoValue
    List<Map<String, Object>> fields = Maps.list(aggregate, "fields");
    for (int i = 0; i < a.fields().size(); i++) {
      fields.get(i).putIfAbsent("dtoValue", dtoValue(p, a.fields().get(i), receiver));
    }
    List<Map<String, Object>> entities = Maps.list(aggregate, "entities");
    for (int i = 0; i < a.entities().size(); i++) {
      Entity entity = a.entities().get(i);
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> entityFields =
          (List<Map<String, Object>>) entities.get(i).get("fields");
      for (int j = 0; j < entity.fields().size(); j++) {
        entityFields.get(j).putIfAbsent("dtoValue", dtoValue(p, entity.fields().get(j), "e"));
      }
    }

    // commands[].hasDomainMethod
    List<Map<String, Object>> commands = Maps.list(aggregate, "commands");
    for (int i = 0; i < a.commands().size(); i++) {
      Command command = a.commands().get(i);
      boolean domainMethod =
          switch (command.kind()) {
            case ACTION -> true;
            case DELETE -> !command.guards().isEmpty() || command.emits().isPresent();
            default -> false;
          };
      commands.get(i).putIfAbsent("hasDomainMethod", domainMethod);
    }

    // queries[].filters (list queries)
    List<Map<String, Object>> queries = Maps.list(aggregate, "queries");
    for (int i = 0; i < a.queries().size(); i++) {
      Query query = a.queries().get(i);
      if (query.kind() != Query.Kind.LIST) {
        continue;
      }
      List<Map<String, Object>> filters = new ArrayList<>();
      for (String name : query.filters()) {
        Field field = a.field(name).orElseThrow();
        String enumType = GoTypes.enumTypeName(a, null, field);
        GoTypes types = GoTypes.of(p.model(), ref, field, enumType);
        String queryType =
            types.command().startsWith("*") ? types.command() : "*" + types.command();
        List<String> check = new ArrayList<>();
        String exported = GoNames.exported(name);
        if (enumType != null) {
          check.add(
              "shared.OneOf(&v, "
                  + GoNames.quote(name)
                  + ", *q."
                  + exported
                  + ", "
                  + ref
                  + "."
                  + enumType
                  + "Values())");
        } else if (field.type() instanceof FieldType.ValueObjectType vo
            && HttpTestsBodies.leaf(p.model(), field).type() instanceof FieldType.Enumeration) {
          check.add(
              "shared.OneOf(&v, "
                  + GoNames.quote(name)
                  + ", *q."
                  + exported
                  + ", shared."
                  + vo.name()
                  + "ValueValues())");
        }
        filters.add(
            Maps.of("name", name, "exported", exported, "queryType", queryType, "check", check));
      }
      queries.get(i).putIfAbsent("filters", filters);
    }
  }

  static void contribute(GoProject p, ValueObject vo, Map<String, Object> valueObject) {
    List<Map<String, Object>> fields = Maps.list(valueObject, "fields");
    String receiver = (String) valueObject.get("receiver");
    for (int i = 0; i < vo.fields().size(); i++) {
      fields.get(i).putIfAbsent("dtoValue", dtoValue(p, vo.fields().get(i), receiver));
    }
  }

  /** Whether dto/optional.go is needed: an optional enum or value object is converted somewhere. */
  static boolean needsOptionalHelpers(GoProject p) {
    for (Aggregate a : p.model().aggregates()) {
      for (Field field : a.fields()) {
        if (needsHelper(field)) {
          return true;
        }
      }
      for (Entity entity : a.entities()) {
        for (Field field : entity.fields()) {
          if (needsHelper(field)) {
            return true;
          }
        }
      }
    }
    for (ValueObject vo : p.model().valueObjects()) {
      if (vo.simple()) {
        continue;
      }
      for (Field field : vo.fields()) {
        if (needsHelper(field)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean needsHelper(Field field) {
    boolean pointer = field.optional() && field.defaultValue().isEmpty();
    return pointer
        && (field.type() instanceof FieldType.Enumeration
            || field.type() instanceof FieldType.ValueObjectType);
  }

  /**
   * The conversion of a stored field (read through its getter on {@code receiver}) to its DTO type.
   */
  static String dtoValue(GoProject p, Field field, String receiver) {
    String getter = receiver + "." + GoNames.exported(field.name()) + "()";
    boolean pointer = field.optional() && field.defaultValue().isEmpty();
    FieldType type = field.type();
    if (type instanceof FieldType.Enumeration) {
      return pointer ? "enumString(" + getter + ")" : "string(" + getter + ")";
    }
    if (type instanceof FieldType.ValueObjectType voType) {
      ValueObject vo = p.model().valueObject(voType.name()).orElseThrow();
      if (vo.simple()) {
        if (vo.wrapped().type() instanceof FieldType.Enumeration) {
          // an enum simple value object wraps the shared enum type <Name>Value
          return pointer
              ? "fromOptional("
                  + getter
                  + ", func(v shared."
                  + vo.name()
                  + ") string { return string(v.Value()) })"
              : "string(" + getter + ".Value())";
        }
        String value =
            pointer
                ? "fromOptional(" + getter + ", shared." + vo.name() + ".Value)"
                : getter + ".Value()";
        return inJsonAdapter(vo.wrapped(), pointer, value);
      }
      return pointer
          ? "fromOptional(" + getter + ", " + vo.name() + "FromDomain)"
          : vo.name() + "FromDomain(" + getter + ")";
    }
    return inJsonAdapter(field, pointer, getter);
  }

  /** {@code value} converted to dto's JSON adapter when the field is a decimal or a date. */
  private static String inJsonAdapter(Field field, boolean pointer, String value) {
    if (!(field.type() instanceof FieldType.Builtin b)) {
      return value;
    }
    return GoTypes.jsonAdapter(b.scalar())
        .map(adapter -> pointer ? "(*" + adapter + ")(" + value + ")" : adapter + "(" + value + ")")
        .orElse(value);
  }
}
