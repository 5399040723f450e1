package dev.dddgen.stack.go;

import dev.dddgen.api.Api;
import dev.dddgen.api.Operation;
import dev.dddgen.api.Resource;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Command;
import dev.dddgen.model.DomainModel;
import dev.dddgen.model.Entity;
import dev.dddgen.model.Field;
import dev.dddgen.model.FieldType;
import dev.dddgen.model.Query;
import dev.dddgen.model.Scalar;
import dev.dddgen.model.ValueObject;
import dev.dddgen.naming.Names;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Keys of the HTTP interface: {@code http}, command routes, request types. */
final class HttpContext {
  private HttpContext() {}

  static void contribute(GoProject p, Aggregate a, Map<String, Object> aggregate) {
    DomainModel model = p.model();
    String ref = p.names(a).ref();
    List<Map<String, Object>> commands = Maps.list(aggregate, "commands");
    List<Map<String, Object>> queries = Maps.list(aggregate, "queries");
    List<Map<String, Object>> aggFields = Maps.list(aggregate, "fields");
    List<Map<String, Object>> aggEntities = Maps.list(aggregate, "entities");
    Resource resource = p.api().resource(a.name());

    // command keys
    for (int i = 0; i < a.commands().size(); i++) {
      Command command = a.commands().get(i);
      Map<String, Object> c = commands.get(i);
      String kind = (String) c.get("kind");
      c.putIfAbsent("field", GoNames.member(command.name()));
      c.putIfAbsent("requestType", Names.lowerFirst(command.name()) + "Request");
      Operation op = resource.operation(command.name());
      c.putIfAbsent("segment", op.actionSegment().orElse(""));
      c.putIfAbsent("isCreate", kind.equals("create"));
      c.putIfAbsent("isUpdate", kind.equals("update"));
      c.putIfAbsent("isDelete", kind.equals("delete"));
      c.putIfAbsent("isAction", kind.equals("action"));
      List<Map<String, Object>> params = Maps.list(c, "params");
      for (int j = 0; j < command.params().size(); j++) {
        params.get(j).putIfAbsent("requestValue", value(model, "req", command.params().get(j)));
      }
    }
    // query keys
    for (int i = 0; i < a.queries().size(); i++) {
      Query query = a.queries().get(i);
      Map<String, Object> q = queries.get(i);
      q.putIfAbsent("field", GoNames.member(query.name()));
      if (query.kind() == Query.Kind.LIST) {
        StringBuilder qs = new StringBuilder();
        // query.filters may already hold the application layer's filter maps: add reader to those.
        List<Map<String, Object>> existing = Maps.list(q, "filters");
        List<Map<String, Object>> filters = new ArrayList<>();
        for (int j = 0; j < query.filters().size(); j++) {
          String name = query.filters().get(j);
          Field field = a.field(name).orElseThrow();
          qs.append(name).append("=&");
          Map<String, Object> filter =
              existing != null && j < existing.size()
                  ? existing.get(j)
                  : Maps.of("name", name, "exported", GoNames.exported(name));
          filter.putIfAbsent("reader", reader(model, ref, a, field));
          filters.add(filter);
        }
        qs.append(Api.LIMIT).append("=&").append(Api.CURSOR).append("=");
        q.putIfAbsent("queryString", qs.toString());
        q.putIfAbsent("filters", filters);
      }
    }

    Map<String, Object> http = new LinkedHashMap<>();
    List<Map<String, Object>> useCases = new ArrayList<>();
    for (int i = 0; i < a.commands().size(); i++) {
      Map<String, Object> c = commands.get(i);
      useCases.add(
          Maps.of(
              "field",
              c.get("field"),
              "group",
              "Commands",
              "isCommand",
              true,
              "name",
              a.commands().get(i).name()));
    }
    for (Map<String, Object> q : queries) {
      useCases.add(
          Maps.of(
              "field",
              q.get("field"),
              "group",
              "Queries",
              "isCommand",
              false,
              "name",
              q.get("name")));
    }
    http.put("useCases", useCases);
    http.put("hasUseCases", !useCases.isEmpty());

    // The router mounts each resource at its collection path: patterns are relative to it.
    List<Map<String, Object>> routes = new ArrayList<>();
    for (Operation.Kind kind :
        List.of(
            Operation.Kind.CREATE,
            Operation.Kind.LIST,
            Operation.Kind.GET,
            Operation.Kind.UPDATE,
            Operation.Kind.ACTION,
            Operation.Kind.DELETE)) {
      for (Operation op : resource.operations(kind)) {
        String pattern = op.path().substring(resource.collectionPath().length());
        routes.add(
            route(
                Names.upperFirst(op.method().name().toLowerCase(Locale.ROOT)),
                pattern.isEmpty() ? "/" : pattern,
                op.name()));
      }
    }
    http.put("routes", routes);

    List<Map<String, Object>> requests = new ArrayList<>();
    for (Map<String, Object> c : commands) {
      String kind = (String) c.get("kind");
      String route = resource.operation((String) c.get("name")).path();
      switch (kind) {
        case "create" ->
            requests.add(
                Maps.of(
                    "type",
                    c.get("requestType"),
                    "httpMethod",
                    "POST",
                    "route",
                    route,
                    "version",
                    false,
                    "fields",
                    aggFields,
                    "entities",
                    aggEntities));
        case "update" ->
            requests.add(
                Maps.of(
                    "type",
                    c.get("requestType"),
                    "httpMethod",
                    "PUT",
                    "route",
                    route,
                    "version",
                    true,
                    "fields",
                    aggFields,
                    "entities",
                    aggEntities));
        case "action" ->
            requests.add(
                Maps.of(
                    "type",
                    c.get("requestType"),
                    "httpMethod",
                    "POST",
                    "route",
                    route,
                    "version",
                    true,
                    "fields",
                    c.get("params"),
                    "entities",
                    List.of()));
        default -> {}
      }
    }
    http.put("requests", requests);

    List<Map<String, Object>> entities = new ArrayList<>();
    for (int i = 0; i < a.entities().size(); i++) {
      Entity entity = a.entities().get(i);
      Map<String, Object> e = new LinkedHashMap<>(aggEntities.get(i));
      e.put("converter", Names.lowerFirst(entity.plural()) + "Params");
      List<Map<String, Object>> fields = new ArrayList<>();
      List<Map<String, Object>> base = Maps.list(aggEntities.get(i), "fields");
      for (int j = 0; j < entity.fields().size(); j++) {
        Map<String, Object> f = new LinkedHashMap<>(base.get(j));
        f.put("entityValue", value(model, "e", entity.fields().get(j)));
        fields.add(f);
      }
      e.put("fields", fields);
      entities.add(e);
    }
    http.put("entities", entities);

    List<Map<String, Object>> fieldValues = new ArrayList<>();
    for (Field field : a.fields()) {
      fieldValues.add(
          Maps.of("exported", GoNames.exported(field.name()), "value", value(model, "req", field)));
    }
    for (int i = 0; i < a.entities().size(); i++) {
      Map<String, Object> e = entities.get(i);
      fieldValues.add(
          Maps.of(
              "exported",
              e.get("listExported"),
              "value",
              e.get("converter") + "(req." + e.get("listExported") + ")"));
    }
    http.put("fieldValues", fieldValues);
    aggregate.put("http", http);
  }

  /** Every command but a plain delete saves the aggregate and publishes its recorded events. */
  static boolean publishes(Command command) {
    return command.kind() != Command.Kind.DELETE
        || command.emits().isPresent()
        || !command.guards().isEmpty();
  }

  private static Map<String, Object> route(String method, String pattern, Object handler) {
    return Maps.of("method", method, "pattern", pattern, "handler", handler);
  }

  static boolean composite(DomainModel model, Field field) {
    return field.type() instanceof FieldType.ValueObjectType vot
        && !model.valueObject(vot.name()).orElseThrow().simple();
  }

  static String value(DomainModel model, String receiver, Field field) {
    String v = receiver + "." + GoNames.exported(field.name());
    if (composite(model, field)) {
      return v + ".params()";
    }
    return adaptedType(model, field).map(type -> "(*" + type + ")(" + v + ")").orElse(v);
  }

  /**
   * The domain type of a decimal or date: it arrives as dto's JSON adapter, the same value under
   * another type, and is converted back.
   */
  static Optional<String> adaptedType(DomainModel model, Field field) {
    return unwrap(model, field).type() instanceof FieldType.Builtin b
            && GoTypes.jsonAdapter(b.scalar()).isPresent()
        ? Optional.of(GoTypes.scalar(b.scalar()))
        : Optional.empty();
  }

  /** The scalar a query-string filter is read as, or null for strings/enums/uuids. */
  private static Field unwrap(DomainModel model, Field field) {
    if (field.type() instanceof FieldType.ValueObjectType vot) {
      ValueObject vo = model.valueObject(vot.name()).orElseThrow();
      if (vo.simple()) {
        return vo.wrapped();
      }
    }
    return field;
  }

  static String reader(DomainModel model, String ref, Aggregate a, Field field) {
    String read = "q." + readerMethod(model, field) + "(" + GoNames.quote(field.name()) + ")";
    return enumType(model, ref, a, field).map(type -> "(*" + type + ")(" + read + ")").orElse(read);
  }

  /**
   * The query reader's method a filter is read with: {@code string}, {@code uuid}, {@code int32}...
   */
  static String readerMethod(DomainModel model, Field field) {
    Field f = unwrap(model, field);
    if (f.type() instanceof FieldType.Reference) {
      return "uuid";
    }
    if (f.type() instanceof FieldType.Builtin b) {
      return readerName(b.scalar());
    }
    return "string";
  }

  /** The enum type a filter's string is converted to, when it is an enum. */
  static Optional<String> enumType(DomainModel model, String ref, Aggregate a, Field field) {
    if (field.type() instanceof FieldType.Enumeration) {
      return Optional.of(ref + "." + GoTypes.enumTypeName(a, null, field));
    }
    if (field.type() instanceof FieldType.ValueObjectType vot) {
      ValueObject vo = model.valueObject(vot.name()).orElseThrow();
      if (vo.simple() && vo.wrapped().type() instanceof FieldType.Enumeration) {
        return Optional.of("shared." + vo.name() + "Value");
      }
    }
    return Optional.empty();
  }

  private static String readerName(Scalar s) {
    return switch (s) {
      case STRING, TEXT -> "string";
      case INT -> "int32";
      case LONG -> "int64";
      case DECIMAL -> "decimal";
      case BOOL -> "bool";
      case UUID -> "uuid";
      case DATE -> "date";
      case TIMESTAMP -> "timestamp";
    };
  }

  static void contribute(GoProject p, ValueObject vo, Map<String, Object> valueObject) {
    if (vo.simple()) {
      return;
    }
    String receiver = (String) valueObject.get("receiver");
    List<Map<String, Object>> fields = Maps.list(valueObject, "fields");
    for (int i = 0; i < vo.fields().size(); i++) {
      fields.get(i).putIfAbsent("requestValue", value(p.model(), receiver, vo.fields().get(i)));
    }
  }

  /** Which typed query-string readers request.go needs. */
  static Map<String, Object> readers(GoProject p) {
    Map<String, Object> readers = new LinkedHashMap<>();
    for (String r : List.of("bool", "int32", "int64", "decimal", "date", "timestamp")) {
      readers.put(r, false);
    }
    for (Aggregate a : p.model().aggregates()) {
      a.query(Query.Kind.LIST)
          .ifPresent(
              list -> {
                for (String name : list.filters()) {
                  Field f = unwrap(p.model(), a.field(name).orElseThrow());
                  if (f.type() instanceof FieldType.Builtin b) {
                    String r = readerName(b.scalar());
                    if (readers.containsKey(r)) {
                      readers.put(r, true);
                    }
                  }
                }
              });
    }
    return readers;
  }
}
