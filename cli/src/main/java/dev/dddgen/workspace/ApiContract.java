package dev.dddgen.workspace;

import dev.dddgen.api.Api;
import dev.dddgen.api.Operation;
import dev.dddgen.api.Request;
import dev.dddgen.api.Resource;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Constraints;
import dev.dddgen.model.DomainModel;
import dev.dddgen.model.Entity;
import dev.dddgen.model.Field;
import dev.dddgen.model.FieldType;
import dev.dddgen.model.ValueObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The HTTP contract the definition implies (routes, and the fields and types of each aggregate's
 * JSON), kept in {@code .dddgen/} so a regeneration can list what it would break for clients: a
 * removed route, a removed or retyped field, a new required field. Built from the {@link Api} every
 * stack serves.
 */
public final class ApiContract {
  private ApiContract() {}

  /**
   * One line per route and per field, sorted: {@code route POST /orders}, {@code field orders.total
   * Money{...} required}, {@code readonly orders.status PayOrder,CancelOrder} for a field only
   * commands change, {@code access GET /orders/{id} roles admin,clerk} for who may call a route,
   * {@code owner orders customerId} for an owned resource.
   */
  public static String snapshot(DomainModel model) {
    List<String> lines = new ArrayList<>();
    Api api = Api.of(model);
    for (Resource resource : api.resources()) {
      String plural = resource.segment();
      resource.owner().ifPresent(owner -> lines.add("owner " + plural + " " + owner.name()));
      for (Operation op : resource.operations()) {
        lines.add("route " + op.route());
        lines.add("access " + op.route() + " " + AccessRules.describe(op.access()));
        op.filters().forEach(f -> lines.add("filter " + plural + "." + f.name()));
        if (op.kind() == Operation.Kind.ACTION) {
          String owner = plural + "/" + op.actionSegment().orElseThrow();
          for (Field param : op.request().orElseThrow().fields()) {
            lines.add(
                "param "
                    + owner
                    + "."
                    + param.name()
                    + " "
                    + describe(model, param.type())
                    + (param.optional() ? " optional" : " required"));
            constraints(model, owner + "." + param.name(), param, lines);
          }
        }
      }
      Aggregate aggregate = resource.aggregate();
      for (Field field : aggregate.fields()) {
        lines.add(fieldLine(model, plural, field));
        constraints(model, plural + "." + field.name(), field, lines);
      }
      for (Request.ReadOnlyField field : Api.readOnlyFields(aggregate)) {
        lines.add(
            "readonly "
                + plural
                + "."
                + field.field().name()
                + " "
                + String.join(",", field.changedBy()));
      }
      for (Entity entity : aggregate.entities()) {
        String list = plural + "." + Api.listProperty(entity);
        entity
            .fields()
            .forEach(
                f -> {
                  lines.add(fieldLine(model, list, f));
                  constraints(model, list + "." + f.name(), f, lines);
                });
      }
    }
    if (api.resources().stream().anyMatch(r -> r.owner().isPresent())) {
      List<String> bypass = api.security().ownerBypass();
      lines.add("ownerbypass " + (bypass.isEmpty() ? "none" : String.join(",", bypass)));
    }
    lines.add(FORMAT);
    lines.sort(String::compareTo);
    return String.join("\n", lines) + "\n";
  }

  /**
   * Marks snapshots that list constraints: older ones are not compared constraint by constraint.
   */
  private static final String FORMAT = "format 2";

  /**
   * One line per validated constraint of a field, its value object's included: {@code constraint
   * products.name maxLength 200}, {@code constraint orders.total.amount min 0}.
   */
  private static void constraints(DomainModel model, String key, Field field, List<String> lines) {
    Constraints c = field.constraints();
    c.min()
        .ifPresent(
            v -> lines.add("constraint " + key + " min " + v.stripTrailingZeros().toPlainString()));
    c.max()
        .ifPresent(
            v -> lines.add("constraint " + key + " max " + v.stripTrailingZeros().toPlainString()));
    c.minLength().ifPresent(v -> lines.add("constraint " + key + " minLength " + v));
    c.maxLength().ifPresent(v -> lines.add("constraint " + key + " maxLength " + v));
    c.pattern()
        .ifPresent(v -> lines.add("constraint " + key + " pattern " + v.replace("\n", "\\n")));
    if (field.type() instanceof FieldType.ValueObjectType vot) {
      ValueObject vo = model.valueObject(vot.name()).orElseThrow();
      if (vo.simple()) {
        constraints(model, key, vo.wrapped(), lines);
      } else {
        vo.fields().forEach(part -> constraints(model, key + "." + part.name(), part, lines));
      }
    }
  }

  private static String fieldLine(DomainModel model, String owner, Field field) {
    return "field "
        + owner
        + "."
        + field.name()
        + " "
        + describe(model, field.type())
        + (field.omittable() ? " optional" : " required");
  }

  static String describe(DomainModel model, FieldType type) {
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
    return "{"
        + vo.fields().stream()
            .map(f -> f.name() + ":" + describe(model, f.type()) + (f.optional() ? "?" : ""))
            .collect(Collectors.joining(","))
        + "}";
  }

  /**
   * What a client of the previous contract would notice breaking under {@code model}'s: as {@link
   * #breakingChanges(String, String)}, but a field declared with {@code renamedFrom} is reported as
   * renamed (and then compared under its new name), not as one field removed and another added.
   */
  public static List<String> breakingChanges(String previous, String current, DomainModel model) {
    Map<String, String> renames = new java.util.LinkedHashMap<>();
    for (Resource resource : Api.of(model).resources()) {
      Aggregate aggregate = resource.aggregate();
      String plural = resource.segment();
      renamed(plural, aggregate.fields(), renames);
      for (Entity entity : aggregate.entities()) {
        renamed(plural + "." + Api.listProperty(entity), entity.fields(), renames);
      }
    }
    Set<String> before = index(previous).keySet();
    List<String> breaking = new ArrayList<>();
    renames
        .entrySet()
        .removeIf(
            r ->
                !before.contains("field " + r.getKey())
                    || before.contains("field " + r.getValue()));
    renames.forEach((from, to) -> breaking.add("renamed field " + from + " → " + to));
    StringBuilder rewritten = new StringBuilder();
    for (String line : previous.split("\n")) {
      String[] parts = line.split(" ", 3);
      if (parts.length >= 2
          && (parts[0].equals("field")
              || parts[0].equals("constraint")
              || parts[0].equals("filter"))) {
        for (Map.Entry<String, String> rename : renames.entrySet()) {
          if (parts[1].equals(rename.getKey()) || parts[1].startsWith(rename.getKey() + ".")) {
            parts[1] = rename.getValue() + parts[1].substring(rename.getKey().length());
            line = String.join(" ", parts);
            break;
          }
        }
      }
      rewritten.append(line).append('\n');
    }
    breaking.addAll(breakingChanges(rewritten.toString(), current));
    return breaking;
  }

  private static void renamed(String owner, List<Field> fields, Map<String, String> renames) {
    for (Field field : fields) {
      field
          .renamedFrom()
          .ifPresent(old -> renames.put(owner + "." + old, owner + "." + field.name()));
    }
  }

  /** What a client of the previous contract would notice breaking under the new one. */
  public static List<String> breakingChanges(String previous, String current) {
    Map<String, String> before = index(previous);
    Map<String, String> after = index(current);
    List<String> breaking = new ArrayList<>(AccessRules.changes(before, after));
    boolean compareConstraints = before.containsKey(FORMAT);
    for (Map.Entry<String, String> entry : before.entrySet()) {
      String key = entry.getKey();
      if (key.equals(FORMAT) || AccessRules.isAccessKey(key)) {
        continue;
      }
      if (key.startsWith("readonly ")) {
        continue; // a field commands no longer own is one more clients may write: nothing breaks
      }
      if (key.startsWith("constraint ")) {
        if (compareConstraints
            && after.containsKey(key)
            && narrowed(key, entry.getValue(), after.get(key))) {
          breaking.add(
              "narrowed "
                  + describeConstraint(key)
                  + ": "
                  + entry.getValue()
                  + " → "
                  + after.get(key));
        }
        continue;
      }
      String now = after.get(key);
      if (now == null) {
        breaking.add("removed " + key);
      } else if (!now.equals(entry.getValue())) {
        boolean becameRequired =
            entry.getValue().endsWith(" optional") && now.endsWith(" required");
        String oldType = entry.getValue().replaceAll(" (optional|required)$", "");
        String newType = now.replaceAll(" (optional|required)$", "");
        if (!oldType.equals(newType)
            && !(oldType.startsWith("enum[")
                && newType.startsWith("enum[")
                && enumWidened(oldType, newType))) {
          breaking.add("changed type of " + key + ": " + oldType + " → " + newType);
        }
        if (becameRequired) {
          breaking.add(key + " is now required");
        }
      }
    }
    for (Map.Entry<String, String> entry : after.entrySet()) {
      String key = entry.getKey();
      if (compareConstraints && key.startsWith("constraint ") && !before.containsKey(key)) {
        // A new constraint on a field that existed before narrows what clients may send.
        String fieldKey = key.substring(key.indexOf(' ') + 1, key.lastIndexOf(' '));
        boolean existed =
            before.keySet().stream()
                .anyMatch(
                    k ->
                        k.startsWith("constraint " + fieldKey + " ")
                            || k.equals("field " + fieldKey)
                            || k.equals("param " + fieldKey)
                            || (fieldKey.contains(".")
                                && (k.equals(
                                        "field " + fieldKey.substring(0, fieldKey.lastIndexOf('.')))
                                    || k.equals(
                                        "param "
                                            + fieldKey.substring(0, fieldKey.lastIndexOf('.'))))));
        if (existed) {
          breaking.add("new constraint " + describeConstraint(key) + " " + entry.getValue());
        }
        continue;
      }
      if (key.startsWith("readonly ")) {
        String field = key.substring("readonly ".length());
        if (!before.containsKey(key) && before.containsKey("field " + field)) {
          breaking.add(
              "field "
                  + field
                  + " is now read-only lifecycle state"
                  + (entry.getValue().isEmpty() ? "" : ", changed by " + entry.getValue()));
        }
        continue;
      }
      if (key.startsWith("constraint ") || key.equals(FORMAT) || AccessRules.isAccessKey(key)) {
        continue;
      }
      if (!before.containsKey(entry.getKey())
          && entry.getValue().endsWith(" required")
          && !entry.getKey().startsWith("route ")
          && !entry.getKey().startsWith("filter ")) {
        String owner =
            entry.getKey().substring(entry.getKey().indexOf(' ') + 1, entry.getKey().indexOf('.'));
        boolean newOwner = before.keySet().stream().noneMatch(k -> k.contains(" " + owner + "."));
        if (!newOwner) {
          breaking.add("new required " + entry.getKey());
        }
      }
    }
    return breaking;
  }

  /** {@code constraint orders.total.amount min} → {@code min of orders.total.amount}. */
  private static String describeConstraint(String key) {
    String[] parts = key.split(" ");
    return parts[2] + " of " + parts[1];
  }

  private static boolean narrowed(String key, String before, String after) {
    String kind = key.substring(key.lastIndexOf(' ') + 1);
    if (kind.equals("pattern")) {
      return !before.equals(after);
    }
    int cmp = new java.math.BigDecimal(after).compareTo(new java.math.BigDecimal(before));
    return kind.startsWith("min") ? cmp > 0 : cmp < 0;
  }

  private static boolean enumWidened(String oldType, String newType) {
    List<String> oldValues = List.of(oldType.substring(5, oldType.length() - 1).split("\\|"));
    List<String> newValues = List.of(newType.substring(5, newType.length() - 1).split("\\|"));
    return newValues.containsAll(oldValues);
  }

  /**
   * Routes and filters are keys alone; an access line maps its route to who may call it; a field or
   * parameter maps to its type and whether it is required.
   */
  private static Map<String, String> index(String snapshot) {
    Map<String, String> lines = new TreeMap<>();
    for (String line : snapshot.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      if (line.startsWith("route ") || line.startsWith("filter ") || line.equals(FORMAT)) {
        lines.put(line, "");
      } else if (line.startsWith("ownerbypass ")) {
        lines.put("ownerbypass", line.substring("ownerbypass ".length()));
      } else if (line.startsWith("access ")) {
        String[] parts = line.split(" ", 4);
        lines.put(parts[0] + " " + parts[1] + " " + parts[2], parts.length > 3 ? parts[3] : "");
      } else if (line.startsWith("constraint ")) {
        String[] parts = line.split(" ", 4);
        lines.put(parts[0] + " " + parts[1] + " " + parts[2], parts.length > 3 ? parts[3] : "");
      } else {
        String[] parts = line.split(" ", 3);
        lines.put(parts[0] + " " + parts[1], parts.length > 2 ? parts[2] : "");
      }
    }
    return lines;
  }
}
