package dev.dddgen.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An aggregate root with its fields, child entities and use cases (conventional ones included).
 *
 * @param ownedBy the field holding the owner's subject ({@code ownedBy}): callers see and change
 *     only the rows they own, unless a role of {@link Security#ownerBypass} lifts that
 * @param access the access of every command and query, by name, the security default filled in
 */
public record Aggregate(
    String name,
    String plural,
    String table,
    List<Field> fields,
    List<Entity> entities,
    List<Command> commands,
    List<Query> queries,
    List<Event> events,
    Optional<String> ownedBy,
    Map<String, Access> access) {

  public Aggregate {
    access = Collections.unmodifiableMap(new LinkedHashMap<>(access));
  }

  public Optional<Field> field(String fieldName) {
    return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
  }

  public Optional<Command> command(Command.Kind kind) {
    return commands.stream().filter(c -> c.kind() == kind).findFirst();
  }

  public Optional<Query> query(Query.Kind kind) {
    return queries.stream().filter(q -> q.kind() == kind).findFirst();
  }

  /** Who may run the command or query {@code useCase}; public when the model names none. */
  public Access accessOf(String useCase) {
    return access.getOrDefault(useCase, Access.PUBLIC);
  }

  /** The field that holds the owner, when the aggregate is owned. */
  public Optional<Field> owner() {
    return ownedBy.flatMap(this::field);
  }
}
