package dev.dddgen.schema;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the schema last generated and the schema the definition now implies into new migrations.
 * From nothing, it creates one migration per aggregate (its table and its entities' tables), in an
 * order where referenced tables come first. When aggregates refer to each other (a cycle), a
 * foreign key to a table not created yet is added, by ALTER TABLE, in the migration that creates
 * that table.
 */
public final class MigrationPlanner {
  private static final Pattern REFERENCES = Pattern.compile("REFERENCES (\"?)([a-z0-9_]+)\\1 \\(");

  private MigrationPlanner() {}

  public static List<Migration> initial(RelationalSchema schema) {
    return createAll(byOwner(schema.tables()).values(), Set.of());
  }

  /** The migrations from the schema last generated to the one the definition now implies. */
  public static List<Migration> changes(
      RelationalSchema before, RelationalSchema after, dev.dddgen.model.DomainModel model) {
    return new SchemaDiff(before, after, model).migrations();
  }

  /**
   * One create migration per group of tables, in order; {@code existing} tables are already there.
   */
  static List<Migration> createAll(Collection<List<Table>> groups, Set<String> existing) {
    Set<String> created = new HashSet<>(existing);
    Map<String, List<Deferred>> waiting = new LinkedHashMap<>();
    List<Migration> migrations = new ArrayList<>();
    for (List<Table> group : groups) {
      List<Table> tables = new ArrayList<>();
      for (Table table : group) {
        created.add(table.name());
        List<Table.Constraint> now = new ArrayList<>();
        for (Table.Constraint constraint : table.constraints()) {
          String referenced = referencedTable(constraint);
          if (referenced != null && !created.contains(referenced)) {
            waiting
                .computeIfAbsent(referenced, k -> new ArrayList<>())
                .add(new Deferred(table, constraint));
          } else {
            now.add(constraint);
          }
        }
        tables.add(
            new Table(
                table.name(), table.owner(), table.columns(), List.copyOf(now), table.indexes()));
      }
      List<Deferred> due = new ArrayList<>();
      tables.forEach(t -> due.addAll(waiting.getOrDefault(t.name(), List.of())));
      tables.forEach(t -> waiting.remove(t.name()));
      migrations.add(create(tables, due));
    }
    return migrations;
  }

  static Migration create(List<Table> tables) {
    return create(tables, List.of());
  }

  /**
   * Creates the tables, then adds the foreign keys that waited for them (dropped first on the way
   * down).
   */
  private static Migration create(List<Table> tables, List<Deferred> due) {
    StringBuilder up = new StringBuilder();
    StringBuilder down = new StringBuilder();
    for (Table table : tables) {
      if (up.length() > 0) {
        up.append('\n');
      }
      up.append(DdlWriter.createTable(table));
    }
    if (!due.isEmpty()) {
      up.append('\n');
    }
    for (Deferred deferred : due) {
      up.append("ALTER TABLE ")
          .append(Sql.id(deferred.table().name()))
          .append(" ADD CONSTRAINT ")
          .append(deferred.constraint().name())
          .append(' ')
          .append(deferred.constraint().definition())
          .append(";\n");
    }
    for (int i = due.size() - 1; i >= 0; i--) {
      down.append("ALTER TABLE ")
          .append(Sql.id(due.get(i).table().name()))
          .append(" DROP CONSTRAINT IF EXISTS ")
          .append(due.get(i).constraint().name())
          .append(";\n");
    }
    for (int i = tables.size() - 1; i >= 0; i--) {
      down.append(DdlWriter.dropTable(tables.get(i)));
    }
    String name = "create_" + tables.get(0).name();
    return new Migration(
        name, up.toString(), down.toString(), "create table " + tables.get(0).name(), List.of());
  }

  /** The table a foreign key refers to; null for any other constraint. */
  private static String referencedTable(Table.Constraint constraint) {
    if (constraint.kind() != Table.Constraint.Kind.FOREIGN_KEY) {
      return null;
    }
    Matcher matcher = REFERENCES.matcher(constraint.definition());
    return matcher.find() ? matcher.group(2) : null;
  }

  private record Deferred(Table table, Table.Constraint constraint) {}

  static Map<String, List<Table>> byOwner(List<Table> tables) {
    Map<String, List<Table>> owners = new LinkedHashMap<>();
    for (Table table : tables) {
      owners.computeIfAbsent(table.owner(), k -> new ArrayList<>()).add(table);
    }
    return owners;
  }
}
