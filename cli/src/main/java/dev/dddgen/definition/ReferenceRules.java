package dev.dddgen.definition;

import dev.dddgen.definition.Definition.AggregateDef;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Field;
import dev.dddgen.model.FieldType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rule of references between aggregates: a required reference is a foreign key that must point
 * at a row that exists, so required references that lead back to where they started (a {@code Node}
 * whose {@code parentId} is required) would leave no row that could be created first.
 */
record ReferenceRules(Validation run) {

  void check(List<AggregateDef> defs, List<Aggregate> aggregates) {
    Map<String, Aggregate> byName =
        aggregates.stream().collect(Collectors.toMap(Aggregate::name, Function.identity()));
    Map<String, Integer> components = Components.of(byName);
    Set<String> reported = new HashSet<>();
    for (AggregateDef def : defs) {
      Aggregate start = byName.get(def.name().value());
      if (start == null) {
        continue;
      }
      for (Field field : required(start)) {
        List<String> path = new ArrayList<>(List.of(start.name() + "." + field.name()));
        if (leadsBack(target(field), start.name(), byName, components, path, new HashSet<>())
            && reported.add(new TreeSet<>(path).toString())) {
          report(def, field, path);
        }
      }
    }
  }

  private void report(AggregateDef def, Field field, List<String> path) {
    SourceLocation at =
        def.fields().stream()
            .filter(f -> f.name().value().equals(field.name()))
            .map(f -> f.name().at())
            .findFirst()
            .orElse(def.at());
    String message =
        path.size() == 1
            ? "required reference '"
                + field.name()
                + "' of '"
                + def.name().value()
                + "' refers to '"
                + def.name().value()
                + "' itself: the first one could never be created"
            : "required references lead back to '"
                + def.name().value()
                + "' ("
                + String.join(" → ", path)
                + "): none of them could be created first";
    run.report(
        at,
        message,
        path.size() == 1 ? "make it 'optional: true'" : "make one of them 'optional: true'");
  }

  /**
   * Whether the required references from {@code node} lead back to {@code start}, extending {@code
   * path} with the way there. Only nodes of the start's strongly connected component can: leaving
   * it out of the search finds the same path, and keeps a long chain of references (each aggregate
   * referring to the one before) from being walked again from each of its aggregates.
   */
  private static boolean leadsBack(
      String node,
      String start,
      Map<String, Aggregate> byName,
      Map<String, Integer> components,
      List<String> path,
      Set<String> visited) {
    if (node.equals(start)) {
      return true;
    }
    Aggregate aggregate = byName.get(node);
    if (aggregate == null
        || !components.get(node).equals(components.get(start))
        || !visited.add(node)) {
      return false;
    }
    for (Field field : required(aggregate)) {
      path.add(node + "." + field.name());
      if (leadsBack(target(field), start, byName, components, path, visited)) {
        return true;
      }
      path.remove(path.size() - 1);
    }
    return false;
  }

  static List<Field> required(Aggregate aggregate) {
    return aggregate.fields().stream()
        .filter(f -> f.type() instanceof FieldType.Reference && !f.optional())
        .toList();
  }

  static String target(Field field) {
    return ((FieldType.Reference) field.type()).aggregate();
  }
}
