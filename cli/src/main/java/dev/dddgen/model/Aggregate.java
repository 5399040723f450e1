package dev.dddgen.model;

import java.util.List;
import java.util.Optional;

/** An aggregate root with its fields, child entities and use cases (conventional ones included). */
public record Aggregate(
    String name,
    String plural,
    String table,
    List<Field> fields,
    List<Entity> entities,
    List<Command> commands,
    List<Query> queries,
    List<Event> events) {

  public Optional<Field> field(String fieldName) {
    return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
  }

  public Optional<Command> command(Command.Kind kind) {
    return commands.stream().filter(c -> c.kind() == kind).findFirst();
  }

  public Optional<Query> query(Query.Kind kind) {
    return queries.stream().filter(q -> q.kind() == kind).findFirst();
  }
}
