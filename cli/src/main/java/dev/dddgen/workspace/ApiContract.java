package dev.dddgen.workspace;

import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Command;
import dev.dddgen.model.DomainModel;
import dev.dddgen.model.Entity;
import dev.dddgen.model.Field;
import dev.dddgen.model.FieldType;
import dev.dddgen.model.Query;
import dev.dddgen.model.ValueObject;
import dev.dddgen.naming.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The HTTP contract the definition implies (routes, and the fields and types of each aggregate's
 * JSON), kept in {@code .dddgen/} so a regeneration can list what it would break for clients: a
 * removed route, a removed or retyped field, a new required field. Both targets serve this contract.
 */
public final class ApiContract {
  private ApiContract() {}

  /** The URL segment of an action command: kebab case without a trailing aggregate name. */
  public static String actionSegment(String command, String aggregate) {
    String name = command.endsWith(aggregate) && command.length() > aggregate.length()
        ? command.substring(0, command.length() - aggregate.length())
        : command;
    return Names.kebab(name);
  }

  /** One line per route and per field, sorted: {@code route POST /orders}, {@code field orders.total Money{...} required}. */
  public static String snapshot(DomainModel model) {
    List<String> lines = new ArrayList<>();
    for (Aggregate aggregate : model.aggregates()) {
      String plural = Names.kebab(aggregate.plural());
      for (Command command : aggregate.commands()) {
        lines.add(switch (command.kind()) {
          case CREATE -> "route POST /" + plural;
          case UPDATE -> "route PUT /" + plural + "/{id}";
          case DELETE -> "route DELETE /" + plural + "/{id}";
          case ACTION -> "route POST /" + plural + "/{id}/" + actionSegment(command.name(), aggregate.name());
        });
        if (command.kind() == Command.Kind.ACTION) {
          for (Field param : command.params()) {
            lines.add("param " + plural + "/" + actionSegment(command.name(), aggregate.name()) + "." + param.name() + " "
                + describe(model, param.type()) + (param.optional() ? " optional" : " required"));
          }
        }
      }
      for (Query query : aggregate.queries()) {
        lines.add(query.kind() == Query.Kind.BY_ID ? "route GET /" + plural + "/{id}" : "route GET /" + plural);
        query.filters().forEach(f -> lines.add("filter " + plural + "." + f));
      }
      for (Field field : aggregate.fields()) {
        lines.add(fieldLine(model, plural, field));
      }
      for (Entity entity : aggregate.entities()) {
        String list = plural + "." + Names.lowerFirst(entity.plural());
        entity.fields().forEach(f -> lines.add(fieldLine(model, list, f)));
      }
    }
    lines.sort(String::compareTo);
    return String.join("\n", lines) + "\n";
  }

  private static String fieldLine(DomainModel model, String owner, Field field) {
    return "field " + owner + "." + field.name() + " " + describe(model, field.type())
        + (field.omittable() ? " optional" : " required");
  }

  private static String describe(DomainModel model, FieldType type) {
    if (type instanceof FieldType.Builtin builtin) {
      return builtin.scalar().id();
    }
    if (type instanceof FieldType.Enumeration enumeration) {
      return "enum[" + String.join("|", enumeration.values()) + "]";
    }
    if (type instanceof FieldType.Reference) {
      return "uuid";
    }
    ValueObject vo = model.valueObject(((FieldType.ValueObjectType) type).name()).orElseThrow();
    if (vo.simple()) {
      return describe(model, vo.wrapped().type());
    }
    return "{" + vo.fields().stream().map(f -> f.name() + ":" + describe(model, f.type()) + (f.optional() ? "?" : ""))
        .collect(Collectors.joining(",")) + "}";
  }

  /** What a client of the previous contract would notice breaking under the new one. */
  public static List<String> breakingChanges(String previous, String current) {
    Map<String, String> before = index(previous);
    Map<String, String> after = index(current);
    List<String> breaking = new ArrayList<>();
    for (Map.Entry<String, String> entry : before.entrySet()) {
      String key = entry.getKey();
      String now = after.get(key);
      if (now == null) {
        breaking.add("removed " + key);
      } else if (!now.equals(entry.getValue())) {
        boolean becameRequired = entry.getValue().endsWith(" optional") && now.endsWith(" required");
        String oldType = entry.getValue().replaceAll(" (optional|required)$", "");
        String newType = now.replaceAll(" (optional|required)$", "");
        if (!oldType.equals(newType) && !(oldType.startsWith("enum[") && newType.startsWith("enum[") && enumWidened(oldType, newType))) {
          breaking.add("changed type of " + key + ": " + oldType + " → " + newType);
        }
        if (becameRequired) {
          breaking.add(key + " is now required");
        }
      }
    }
    for (Map.Entry<String, String> entry : after.entrySet()) {
      if (!before.containsKey(entry.getKey()) && entry.getValue().endsWith(" required")
          && !entry.getKey().startsWith("route ") && !entry.getKey().startsWith("filter ")) {
        String owner = entry.getKey().substring(entry.getKey().indexOf(' ') + 1, entry.getKey().indexOf('.'));
        boolean newOwner = before.keySet().stream().noneMatch(k -> k.contains(" " + owner + "."));
        if (!newOwner) {
          breaking.add("new required " + entry.getKey());
        }
      }
    }
    return breaking;
  }

  private static boolean enumWidened(String oldType, String newType) {
    List<String> oldValues = List.of(oldType.substring(5, oldType.length() - 1).split("\\|"));
    List<String> newValues = List.of(newType.substring(5, newType.length() - 1).split("\\|"));
    return newValues.containsAll(oldValues);
  }

  /** Routes and filters are keys alone; a field or parameter maps to its type and whether it is required. */
  private static Map<String, String> index(String snapshot) {
    Map<String, String> lines = new TreeMap<>();
    for (String line : snapshot.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      if (line.startsWith("route ") || line.startsWith("filter ")) {
        lines.put(line, "");
      } else {
        String[] parts = line.split(" ", 3);
        lines.put(parts[0] + " " + parts[1], parts.length > 2 ? parts[2] : "");
      }
    }
    return lines;
  }
}
