package dev.dddgen.stack.go;

import dev.dddgen.api.Api;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Command;
import dev.dddgen.model.DomainModel;
import dev.dddgen.model.Entity;
import dev.dddgen.model.Event;
import dev.dddgen.model.Field;
import dev.dddgen.model.FieldType;
import dev.dddgen.model.Query;
import dev.dddgen.naming.Names;
import dev.dddgen.naming.ReservedWords;
import dev.dddgen.naming.Routes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code aggregate} context of the domain templates: names, fields, entities, enums, commands,
 * queries, events and errors. Other layers add their keys to the same maps (see GoTarget).
 */
final class DomainContext {
  private DomainContext() {}

  static Map<String, Object> aggregate(GoProject p, Aggregate a) {
    GoProject.AggregateNames n = p.names(a);
    Map<String, Object> agg = new LinkedHashMap<>();
    agg.put("name", a.name());
    agg.put("package", n.pkg());
    agg.put("ref", n.ref());
    agg.put("receiver", n.receiver());
    agg.put("human", Names.human(a.name()));
    agg.put("humanPlural", Names.human(a.plural()));
    agg.put("article", article(a.name()));
    agg.put("plural", n.plural());
    agg.put("pluralLocal", n.pluralLocal());
    agg.put("path", n.path());
    agg.put("table", a.table());
    agg.put("constructor", "New" + a.name());
    agg.put("entityNames", String.join(", ", a.entities().stream().map(Entity::name).toList()));
    agg.put("hasEntities", !a.entities().isEmpty());
    agg.put("hasEvents", !a.events().isEmpty());

    List<Map<String, Object>> fields = new ArrayList<>();
    List<DomainFields.Var> vars = new ArrayList<>();
    for (Field field : a.fields()) {
      String enumType = GoTypes.enumTypeName(a, null, field);
      Map<String, Object> f = field(p.model(), n.ref(), field, enumType);
      DomainEntities.domainKeys(f, field, n.receiver(), enumType, vars);
      fields.add(f);
    }
    agg.put("fields", fields);

    List<Map<String, Object>> entities = new ArrayList<>();
    for (Entity entity : a.entities()) {
      entities.add(entity(p, a, entity));
    }
    agg.put("entities", Maps.markLast(entities));

    List<Map<String, Object>> commands = new ArrayList<>();
    for (Command command : a.commands()) {
      commands.add(command(p, a, command, vars));
    }
    agg.put("vars", DomainFields.vars(vars));
    agg.put("commands", commands);
    agg.put("create", byKind(commands, "create"));
    agg.put("update", byKind(commands, "update"));
    agg.put("delete", byKind(commands, "delete"));
    agg.put("actions", commands.stream().filter(c -> c.get("kind").equals("action")).toList());

    List<Map<String, Object>> queries = new ArrayList<>();
    for (Query query : a.queries()) {
      queries.add(query(a, query));
    }
    agg.put("queries", queries);
    agg.put("get", queries.stream().filter(q -> q.get("kind").equals("get")).toList());
    agg.put("list", queries.stream().filter(q -> q.get("kind").equals("list")).toList());

    agg.put("filters", filters(p, a, fields));
    List<Object> guardSentinels = new ArrayList<>();
    for (Map<String, Object> command : commands) {
      if (command.get("sentinel") instanceof Map<?, ?> sentinel) {
        guardSentinels.add(sentinel);
      }
    }
    agg.put("errors", Maps.of("notFound", "Err" + a.name() + "NotFound", "guards", guardSentinels));
    agg.put("enums", enums(p, a));
    agg.put("constructorDoc", DomainEntities.constructorDoc(a, commands));
    return agg;
  }

  static String article(String name) {
    char first = Character.toLowerCase(name.charAt(0));
    return "aeiou".indexOf(first) >= 0 ? "an" : "a";
  }

  /** The field keys every layer uses; layers add their own. */
  static Map<String, Object> field(DomainModel model, String ref, Field field, String enumType) {
    GoTypes types = GoTypes.of(model, ref, field, enumType);
    return baseField(field, types);
  }

  static Map<String, Object> baseField(Field field, GoTypes types) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("name", field.name());
    map.put("exported", GoNames.exported(field.name()));
    map.put("local", GoNames.local(field.name()));
    map.put("optional", field.optional() && field.defaultValue().isEmpty());
    map.put("pii", field.pii());
    map.put("domainType", types.domain());
    map.put("paramType", types.param());
    map.put("commandType", types.command());
    map.put("dtoType", types.dto());
    map.put("requestType", types.request());
    return map;
  }

  private static Map<String, Object> entity(GoProject p, Aggregate a, Entity entity) {
    List<String> words = Names.words(entity.name());
    String lastWord = words.get(words.size() - 1).toLowerCase(Locale.ROOT);
    String receiver = lastWord.substring(0, 1);
    if (receiver.equals("p") || receiver.equals("v") || receiver.equals("i")) {
      receiver = lastWord.substring(0, Math.min(2, lastWord.length()));
    }
    String listName = Api.listProperty(entity);
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("name", entity.name());
    map.put("human", Names.human(entity.name()));
    map.put("article", article(entity.name()));
    map.put("receiver", receiver);
    map.put("table", entity.table());
    map.put("plural", entity.plural());
    map.put("listName", listName);
    map.put("listLocal", GoNames.local(listName));
    map.put("listExported", GoNames.exported(entity.plural()));
    map.put("itemVar", ReservedWords.isGo(lastWord) ? lastWord + "_" : lastWord);
    map.put("paramsVar", receiver + "p");
    map.put("lastWordHuman", lastWord);
    map.put("requestType", Names.lowerFirst(entity.name()) + "Request");
    List<Map<String, Object>> fields = new ArrayList<>();
    List<DomainFields.Var> vars = new ArrayList<>();
    for (Field field : entity.fields()) {
      String enumType = GoTypes.enumTypeName(a, entity.name(), field);
      Map<String, Object> f = field(p.model(), p.names(a).ref(), field, enumType);
      DomainFields.assign(
          f,
          field,
          receiver,
          "shared.",
          GoNames.local(field.name()),
          enumType,
          DomainEntities.defaultLiteral(field, enumType),
          vars);
      f.put("getter", DomainFields.getter(field, receiver, "shared."));
      f.put("logAttr", DomainFields.logAttr(field, receiver, "shared."));
      fields.add(f);
    }
    map.put("fields", fields);
    map.put("vars", DomainFields.vars(vars));
    return map;
  }

  private static List<Object> byKind(List<Map<String, Object>> commands, String kind) {
    return commands.stream()
        .filter(c -> c.get("kind").equals(kind))
        .<Object>map(c -> c)
        .limit(1)
        .toList();
  }

  private static Map<String, Object> command(
      GoProject p, Aggregate a, Command command, List<DomainFields.Var> vars) {
    String kind = command.kind().name().toLowerCase(Locale.ROOT);
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("name", command.name());
    map.put("kind", kind);
    map.put("conventional", command.conventional());
    map.put("human", Names.human(command.name()));
    map.put(
        "method",
        switch (command.kind()) {
          case CREATE -> "New" + a.name();
          case UPDATE -> "Update";
          case DELETE -> "Delete";
          case ACTION -> Routes.actionVerb(a.name(), command.name());
        });
    map.put("handler", command.name() + "Handler");
    map.put("paramsType", command.name() + "Params");
    map.put("hasParams", !command.params().isEmpty());
    List<Map<String, Object>> params = new ArrayList<>();
    boolean validates = false;
    for (Field param : command.params()) {
      String enumType = GoTypes.enumTypeName(a, command.name(), param);
      Map<String, Object> f = field(p.model(), p.names(a).ref(), param, enumType);
      // Only actions validate their own parameters; the others go through the aggregate's Params.
      List<String> validation =
          command.kind() != Command.Kind.ACTION
              ? List.of()
              : DomainEntities.validation(
                  param,
                  enumType,
                  uses(a, command, param),
                  Names.lowerFirst(command.name()) + GoNames.exported(param.name()),
                  vars);
      f.put("validation", validation);
      validates |= !validation.isEmpty();
      params.add(f);
    }
    map.put("params", params);
    map.put("validates", validates);
    map.put("emits", command.emits().orElse(""));
    DomainCommands.guards(p, a, command, map);
    return map;
  }

  /**
   * Whether the command's domain method reads the parameter: it assigns a field, or fills an event.
   */
  private static boolean uses(Aggregate a, Command command, Field param) {
    if (command.kind() != Command.Kind.ACTION) {
      return false;
    }
    if (a.field(param.name()).isPresent()) {
      return true;
    }
    return command
        .emits()
        .flatMap(name -> a.events().stream().filter(e -> e.name().equals(name)).findFirst())
        .map(
            event ->
                event.fields().stream()
                    .anyMatch(f -> !f.fromAggregate() && f.field().name().equals(param.name())))
        .orElse(false);
  }

  private static Map<String, Object> query(Aggregate a, Query query) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("name", query.name());
    map.put("kind", query.kind() == Query.Kind.BY_ID ? "get" : "list");
    map.put("conventional", query.conventional());
    map.put("handler", query.name() + "Handler");
    map.put("human", Names.human(query.name()));
    map.put("paginate", query.paginate());
    return map;
  }

  private static List<Map<String, Object>> filters(
      GoProject p, Aggregate a, List<Map<String, Object>> fields) {
    List<Map<String, Object>> filters = new ArrayList<>();
    a.query(Query.Kind.LIST)
        .ifPresent(
            list -> {
              for (String name : list.filters()) {
                Field field = a.field(name).orElseThrow();
                GoTypes types =
                    GoTypes.of(
                        p.model(), p.names(a).ref(), field, GoTypes.enumTypeName(a, null, field));
                String base =
                    field.type() instanceof FieldType.ValueObjectType vot
                            && p.model().valueObjects().stream()
                                .anyMatch(v -> v.name().equals(vot.name()) && v.simple())
                        ? types.param().substring(1)
                        : types.domain();
                String type = base.startsWith("*") ? base : "*" + base;
                filters.add(
                    Maps.of("name", name, "exported", GoNames.exported(name), "type", type));
              }
            });
    return filters;
  }

  /** Enum types declared in the aggregate package, one per distinct type name. */
  private static List<Map<String, Object>> enums(GoProject p, Aggregate a) {
    Map<String, Map<String, Object>> enums = new LinkedHashMap<>();
    String prefix = "internal/domain/" + p.names(a).pkg() + "/" + Names.snake(a.name()) + "_";
    for (Field field : a.fields()) {
      addEnum(
          enums,
          p.names(a).pkg(),
          GoTypes.enumTypeName(a, null, field),
          field,
          "the enum type of the " + a.name() + " field " + field.name(),
          prefix);
    }
    for (Entity entity : a.entities()) {
      for (Field field : entity.fields()) {
        addEnum(
            enums,
            p.names(a).pkg(),
            GoTypes.enumTypeName(a, entity.name(), field),
            field,
            "the enum type of the " + entity.name() + " field " + field.name(),
            prefix);
      }
    }
    for (Command command : a.commands()) {
      for (Field field : command.params()) {
        addEnum(
            enums,
            p.names(a).pkg(),
            GoTypes.enumTypeName(a, command.name(), field),
            field,
            "the enum type of the " + command.name() + " parameter " + field.name(),
            prefix);
      }
    }
    for (Event event : a.events()) {
      for (Event.EventField eventField : event.fields()) {
        Field field = eventField.field();
        addEnum(
            enums,
            p.names(a).pkg(),
            GoTypes.enumTypeName(a, event.name(), field),
            field,
            "the enum type of the " + event.name() + " field " + field.name(),
            prefix);
      }
    }
    return new ArrayList<>(enums.values());
  }

  private static void addEnum(
      Map<String, Map<String, Object>> enums,
      String pkg,
      String type,
      Field field,
      String description,
      String pathPrefix) {
    if (type == null || enums.containsKey(type)) {
      return;
    }
    enums.put(
        type,
        enumContext(
            pkg,
            type,
            ((FieldType.Enumeration) field.type()).values(),
            description,
            GoNames.ordinaryFile(pathPrefix + Names.snake(type)) + ".go"));
  }

  static Map<String, Object> enumContext(
      String pkg, String type, List<String> values, String description, String path) {
    List<Map<String, Object>> constants = new ArrayList<>();
    for (String value : values) {
      constants.add(
          Maps.of(
              "name",
              type + Names.pascal(value.toLowerCase(Locale.ROOT)),
              "value",
              GoNames.quote(value),
              "literal",
              value));
    }
    return Maps.of(
        "package",
        pkg,
        "type",
        type,
        "receiver",
        type.substring(0, 1).toLowerCase(Locale.ROOT),
        "description",
        description,
        "valuesVar",
        Names.lowerFirst(type) + "Values",
        "valuesFunc",
        type + "Values",
        "path",
        path,
        "constants",
        constants);
  }
}
