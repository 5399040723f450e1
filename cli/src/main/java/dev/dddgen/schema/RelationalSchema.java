package dev.dddgen.schema;

import java.util.List;
import java.util.Optional;

/** The PostgreSQL schema a definition implies, tables in creation order (referenced tables first). */
public record RelationalSchema(List<Table> tables) {
  public static final RelationalSchema EMPTY = new RelationalSchema(List.of());

  public Optional<Table> table(String name) {
    return tables.stream().filter(t -> t.name().equals(name)).findFirst();
  }
}
