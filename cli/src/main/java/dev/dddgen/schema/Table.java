package dev.dddgen.schema;

import java.util.List;
import java.util.Optional;

/**
 * A table of the relational schema. {@code owner} is the aggregate it belongs to (its root table or
 * one of its child-entity tables); tables of one aggregate are created in one migration.
 */
public record Table(
    String name,
    String owner,
    List<Column> columns,
    List<Constraint> constraints,
    List<Index> indexes) {

  public Optional<Column> column(String columnName) {
    return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
  }

  /** A column: {@code defaultSql} is the SQL literal of its default, or empty. */
  public record Column(String name, String type, boolean nullable, String defaultSql) {}

  /** A named table constraint; {@code definition} is its SQL after {@code CONSTRAINT name}. */
  public record Constraint(String name, Kind kind, List<String> columns, String definition) {
    public enum Kind {
      PRIMARY_KEY,
      UNIQUE,
      FOREIGN_KEY,
      CHECK
    }
  }

  public record Index(String name, List<String> columns) {}
}
