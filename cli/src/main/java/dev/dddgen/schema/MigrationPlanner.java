package dev.dddgen.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the schema last generated and the schema the definition now implies into new migrations.
 * From nothing, it creates one migration per aggregate (its table and its entities' tables), in an
 * order where referenced tables come first.
 */
public final class MigrationPlanner {
  private MigrationPlanner() {}

  public static List<Migration> initial(RelationalSchema schema) {
    List<Migration> migrations = new ArrayList<>();
    for (Map.Entry<String, List<Table>> owner : byOwner(schema.tables()).entrySet()) {
      migrations.add(create(owner.getValue()));
    }
    return migrations;
  }

  /** The migrations from the schema last generated to the one the definition now implies. */
  public static List<Migration> changes(RelationalSchema before, RelationalSchema after, dev.dddgen.model.DomainModel model) {
    return new SchemaDiff(before, after, model).migrations();
  }

  static Migration create(List<Table> tables) {
    StringBuilder up = new StringBuilder();
    StringBuilder down = new StringBuilder();
    for (Table table : tables) {
      if (up.length() > 0) {
        up.append('\n');
      }
      up.append(DdlWriter.createTable(table));
    }
    for (int i = tables.size() - 1; i >= 0; i--) {
      down.append(DdlWriter.dropTable(tables.get(i)));
    }
    String name = "create_" + tables.get(0).name();
    return new Migration(name, up.toString(), down.toString(), false, "create table " + tables.get(0).name());
  }

  static Map<String, List<Table>> byOwner(List<Table> tables) {
    Map<String, List<Table>> owners = new LinkedHashMap<>();
    for (Table table : tables) {
      owners.computeIfAbsent(table.owner(), k -> new ArrayList<>()).add(table);
    }
    return owners;
  }
}
