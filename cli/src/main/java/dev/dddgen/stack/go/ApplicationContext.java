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
}
