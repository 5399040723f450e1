package dev.dddgen.schema;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The PostgreSQL schema a definition implies, tables in creation order (referenced tables first). A
 * value like a record; tables are also indexed by name, since contexts and diffs look a table up
 * per aggregate and a scan each would make a large project's cost quadratic.
 */
public final class RelationalSchema {
  public static final RelationalSchema EMPTY = new RelationalSchema(List.of());

  private final List<Table> tables;
  private final Map<String, Table> byName = new HashMap<>();

  public RelationalSchema(List<Table> tables) {
    this.tables = Objects.requireNonNull(tables);
    for (Table table : tables) {
      byName.putIfAbsent(table.name(), table);
    }
  }

  public List<Table> tables() {
    return tables;
  }

  public Optional<Table> table(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RelationalSchema that && tables.equals(that.tables);
  }

  @Override
  public int hashCode() {
    return tables.hashCode();
  }

  @Override
  public String toString() {
    return "RelationalSchema[tables=" + tables + "]";
  }
}
