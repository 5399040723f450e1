package dev.dddgen.schema;

import dev.dddgen.model.Aggregate;
import dev.dddgen.model.DomainModel;
import dev.dddgen.model.Entity;
import dev.dddgen.model.Field;
import dev.dddgen.naming.Names;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The migrations from one schema to the next: new and dropped tables, added, dropped, renamed
 * ({@code renamedFrom}) and altered columns, constraints and indexes. One migration per table that
 * changed, named after what changed; each with a down script that restores the previous schema.
 */
final class SchemaDiff {
  private static final Set<String> WIDENINGS =
      Set.of("integer>bigint", "integer>numeric", "bigint>numeric");

  private final RelationalSchema before;
  private final RelationalSchema after;
  private final DomainModel model;
  private final List<MigrationRefused.Refusal> refusals = new ArrayList<>();

  /** Old column → what its rename is called, after the field: {@code rename_price_to_total}. */
  private final Map<String, String> renameLabels = new LinkedHashMap<>();

  /**
   * The fields each table stores, in model order (an aggregate's, then its entities'): looked up
   * per table, where a scan of every aggregate each made a large project's diff quadratic.
   */
  private final Map<String, List<Field>> tableFields = new HashMap<>();

  /** The aggregate or entity each table stores, to say where a refused field is declared. */
  private final Map<String, String> tableOwners = new HashMap<>();

  SchemaDiff(RelationalSchema before, RelationalSchema after, DomainModel model) {
    this.before = before;
    this.after = after;
    this.model = model;
    for (Aggregate aggregate : model.aggregates()) {
      tableFields
          .computeIfAbsent(aggregate.table(), t -> new ArrayList<>())
          .addAll(aggregate.fields());
      tableOwners.putIfAbsent(aggregate.table(), aggregate.name());
      for (Entity entity : aggregate.entities()) {
        tableFields.computeIfAbsent(entity.table(), t -> new ArrayList<>()).addAll(entity.fields());
        tableOwners.putIfAbsent(entity.table(), entity.name());
      }
    }
  }

  List<Migration> migrations() {
    List<Migration> migrations = new ArrayList<>();
    List<Migration> alters = new ArrayList<>();
    Map<String, List<Table>> newOwners = new LinkedHashMap<>();
    for (Table table : after.tables()) {
      Optional<Table> old = before.table(table.name());
      if (old.isEmpty()) {
        newOwners.computeIfAbsent(table.owner(), k -> new ArrayList<>()).add(table);
      } else {
        alter(old.get(), table).ifPresent(alters::add);
      }
    }
    // New tables first: an existing table may gain a foreign key to one of them.
    migrations.addAll(
        MigrationPlanner.createAll(
            newOwners.values(),
            before.tables().stream()
                .map(Table::name)
                .collect(java.util.stream.Collectors.toSet())));
    migrations.addAll(alters);
    List<Table> dropped =
        new ArrayList<>(
            before.tables().stream().filter(t -> after.table(t.name()).isEmpty()).toList());
    for (int i = dropped.size() - 1; i >= 0; i--) {
      Table table = dropped.get(i);
      migrations.add(
          new Migration(
              "drop_" + table.name(),
              DdlWriter.dropTable(table),
              DdlWriter.createTable(table),
              "drop table " + table.name(),
              List.of("drops table " + table.name() + " and every row in it")));
    }
    if (!refusals.isEmpty()) {
      throw new MigrationRefused(refusals);
    }
    return migrations;
  }

  private Optional<Migration> alter(Table old, Table now) {
    String table = Sql.id(now.name());
    List<String> up = new ArrayList<>();
    List<String> down = new ArrayList<>();
    List<String> what = new ArrayList<>();
    List<String> losses = new ArrayList<>();
    List<String> caveats = new ArrayList<>();
    Map<String, String> renames = renames(now.name());
    Table renamed = old;
    for (Map.Entry<String, String> rename : renames.entrySet()) {
      if (old.column(rename.getKey()).isPresent() && old.column(rename.getValue()).isEmpty()) {
        up.add(
            "ALTER TABLE "
                + table
                + " RENAME COLUMN "
                + Sql.id(rename.getKey())
                + " TO "
                + Sql.id(rename.getValue())
                + ";");
        down.add(
            0,
            "ALTER TABLE "
                + table
                + " RENAME COLUMN "
                + Sql.id(rename.getValue())
                + " TO "
                + Sql.id(rename.getKey())
                + ";");
        what.add(renameLabels.get(rename.getKey()) + "_in_" + now.name());
        renamed = renameColumn(renamed, rename.getKey(), rename.getValue(), up, down, table);
      }
    }
    Table shape = renamed;
    // constraints and indexes that go away, before the columns they use
    for (Table.Constraint constraint : renamed.constraints()) {
      Optional<Table.Constraint> kept =
          now.constraints().stream().filter(c -> c.name().equals(constraint.name())).findFirst();
      if (kept.isEmpty() || !kept.get().definition().equals(constraint.definition())) {
        up.add("ALTER TABLE " + table + " DROP CONSTRAINT " + constraint.name() + ";");
        down.add(
            0,
            "ALTER TABLE "
                + table
                + " ADD CONSTRAINT "
                + constraint.name()
                + " "
                + constraint.definition()
                + ";");
        if (constraint.kind() == Table.Constraint.Kind.CHECK && kept.isPresent()) {
          List<String> added = new ArrayList<>(checkValues(kept.get()));
          added.removeAll(checkValues(constraint));
          if (!added.isEmpty()) {
            String failsWhile =
                "fails while rows of "
                    + now.name()
                    + " hold "
                    + String.join(", ", added)
                    + " in "
                    + String.join(", ", constraint.columns())
                    + " (values the up step allows)";
            caveats.add(
                "its down step " + failsWhile + ": change those rows before migrating down");
            down.add(0, "-- The next statement " + failsWhile + ": change those rows first.");
          }
          List<String> removed = new ArrayList<>(checkValues(constraint));
          removed.removeAll(checkValues(kept.get()));
          if (!removed.isEmpty()) {
            losses.add(
                "removes "
                    + String.join(", ", removed)
                    + " from the values of "
                    + now.name()
                    + "."
                    + String.join(", ", constraint.columns())
                    + " (the migration fails while rows hold them)");
          }
        } else if (kept.isEmpty()
            && renamed.columns().stream()
                .anyMatch(
                    c ->
                        constraint.columns().contains(c.name())
                            && now.column(c.name()).isPresent())) {
          what.add("drop_" + constraint.name());
        }
      }
    }
    for (Table.Index index : renamed.indexes()) {
      if (!now.indexes().contains(index)) {
        up.add(DdlWriter.dropIndex(index).trim());
        down.add(0, DdlWriter.createIndex(renamed, index).trim());
        if (index.columns().stream().allMatch(c -> now.column(c).isPresent())) {
          what.add("drop_" + index.name()); // else part of dropping its column
        }
      }
    }
    for (Table.Column column : renamed.columns()) {
      if (now.column(column.name()).isEmpty()) {
        up.add("ALTER TABLE " + table + " DROP COLUMN " + Sql.id(column.name()) + ";");
        down.add(0, restoreColumn(table, column, shape));
        what.add("drop_" + column.name() + "_from_" + now.name());
        losses.add("drops column " + now.name() + "." + column.name() + " and its data");
      }
    }
    for (Table.Column column : now.columns()) {
      Optional<Table.Column> previous = renamed.column(column.name());
      if (previous.isEmpty()) {
        if (!column.nullable() && column.defaultSql().isEmpty()) {
          refuse(
              now.name(),
              column.name(),
              "column '"
                  + column.name()
                  + "' of table '"
                  + now.name()
                  + "' is new and required, but existing rows have no value for it: give its field a"
                  + " 'default', or make it 'optional: true'");
          continue;
        }
        up.add(
            "ALTER TABLE "
                + table
                + " ADD COLUMN "
                + Sql.id(column.name())
                + " "
                + column.type()
                + suffix(DdlWriter.columnOptions(column))
                + ";");
        down.add(0, "ALTER TABLE " + table + " DROP COLUMN " + Sql.id(column.name()) + ";");
        what.add("add_" + fieldOf(now.name(), column.name()) + "_to_" + now.name());
      } else {
        alterColumn(table, previous.get(), column, up, down, what, now.name(), losses);
      }
    }
    for (Table.Constraint constraint : now.constraints()) {
      Optional<Table.Constraint> had =
          renamed.constraints().stream()
              .filter(c -> c.name().equals(constraint.name()))
              .findFirst();
      if (had.isEmpty() || !had.get().definition().equals(constraint.definition())) {
        up.add(
            "ALTER TABLE "
                + table
                + " ADD CONSTRAINT "
                + constraint.name()
                + " "
                + constraint.definition()
                + ";");
        down.add(0, "ALTER TABLE " + table + " DROP CONSTRAINT " + constraint.name() + ";");
        if (!had.isEmpty()
            || constraint.columns().stream().anyMatch(c -> shape.column(c).isPresent())) {
          what.add(
              had.isEmpty()
                  ? "add_" + constraint.name()
                  : "alter_" + constraint.name()); // else part of adding its column
        }
      }
    }
    for (Table.Index index : now.indexes()) {
      if (!renamed.indexes().contains(index)) {
        up.add(DdlWriter.createIndex(now, index).trim());
        down.add(0, DdlWriter.dropIndex(index).trim());
        if (index.columns().stream().anyMatch(c -> shape.column(c).isPresent())) {
          what.add("add_" + index.name()); // else part of adding its column
        }
      }
    }
    if (up.isEmpty()) {
      return Optional.empty();
    }
    what = what.stream().distinct().toList();
    String name = what.size() == 1 ? what.get(0) : "alter_" + now.name();
    return Optional.of(
        new Migration(
            truncate(name),
            String.join("\n", up) + "\n",
            String.join("\n", down) + "\n",
            String.join(", ", what).replace('_', ' '),
            losses,
            caveats));
  }

  /**
   * Applies a column rename to the old table's shape, renaming the constraints and indexes named
   * after it.
   */
  private Table renameColumn(
      Table table, String from, String to, List<String> up, List<String> down, String quoted) {
    List<Table.Column> columns =
        table.columns().stream()
            .map(
                c ->
                    c.name().equals(from)
                        ? new Table.Column(to, c.type(), c.nullable(), c.defaultSql())
                        : c)
            .toList();
    List<Table.Constraint> constraints = new ArrayList<>();
    for (Table.Constraint c : table.constraints()) {
      if (c.columns().contains(from)) {
        String name = c.name().replace("_" + from + "_", "_" + to + "_");
        List<String> cols = c.columns().stream().map(x -> x.equals(from) ? to : x).toList();
        String definition =
            c.definition()
                .replace("(" + Sql.id(from) + ")", "(" + Sql.id(to) + ")")
                .replace("(" + Sql.id(from) + " IN", "(" + Sql.id(to) + " IN");
        if (!name.equals(c.name())) {
          up.add("ALTER TABLE " + quoted + " RENAME CONSTRAINT " + c.name() + " TO " + name + ";");
          down.add(
              0, "ALTER TABLE " + quoted + " RENAME CONSTRAINT " + name + " TO " + c.name() + ";");
        }
        constraints.add(new Table.Constraint(name, c.kind(), cols, definition));
      } else {
        constraints.add(c);
      }
    }
    List<Table.Index> indexes = new ArrayList<>();
    for (Table.Index index : table.indexes()) {
      if (index.columns().contains(from)) {
        String name = index.name().replace("_" + from + "_", "_" + to + "_");
        if (!name.equals(index.name())) {
          up.add("ALTER INDEX " + index.name() + " RENAME TO " + name + ";");
          down.add(0, "ALTER INDEX " + name + " RENAME TO " + index.name() + ";");
        }
        indexes.add(
            new Table.Index(
                name, index.columns().stream().map(x -> x.equals(from) ? to : x).toList()));
      } else {
        indexes.add(index);
      }
    }
    return new Table(table.name(), table.owner(), columns, constraints, indexes);
  }

  /** Alters a kept column; a type change that is not a widening is added to {@code losses}. */
  private void alterColumn(
      String table,
      Table.Column old,
      Table.Column now,
      List<String> up,
      List<String> down,
      List<String> what,
      String tableName,
      List<String> losses) {
    String column = Sql.id(now.name());
    String prefix = "ALTER TABLE " + table + " ALTER COLUMN " + column + " ";
    if (!old.type().equals(now.type())) {
      up.add(prefix + "TYPE " + now.type() + " USING " + column + "::" + now.type() + ";");
      down.add(0, prefix + "TYPE " + old.type() + " USING " + column + "::" + old.type() + ";");
      what.add("alter_" + now.name() + "_in_" + tableName);
      if (!WIDENINGS.contains(old.type() + ">" + now.type())) {
        losses.add(
            "changes "
                + tableName
                + "."
                + now.name()
                + " from "
                + old.type()
                + " to "
                + now.type()
                + " (values that do not convert are lost or make the migration fail)");
      }
    }
    if (!Objects.equals(old.defaultSql(), now.defaultSql())) {
      up.add(
          prefix
              + (now.defaultSql().isEmpty()
                  ? "DROP DEFAULT;"
                  : "SET DEFAULT " + now.defaultSql() + ";"));
      down.add(
          0,
          prefix
              + (old.defaultSql().isEmpty()
                  ? "DROP DEFAULT;"
                  : "SET DEFAULT " + old.defaultSql() + ";"));
      what.add("alter_" + now.name() + "_in_" + tableName);
    }
    if (old.nullable() != now.nullable()) {
      if (now.nullable()) {
        up.add(prefix + "DROP NOT NULL;");
        down.add(0, prefix + "SET NOT NULL;");
        if (!old.defaultSql().isEmpty()) {
          // rows written since may hold NULL: back to required, they get the default again
          down.add(
              0,
              "UPDATE "
                  + table
                  + " SET "
                  + column
                  + " = "
                  + old.defaultSql()
                  + " WHERE "
                  + column
                  + " IS NULL;");
        }
      } else {
        if (now.defaultSql().isEmpty()) {
          refuse(
              tableName,
              now.name(),
              "column '"
                  + now.name()
                  + "' of table '"
                  + tableName
                  + "' becomes required, but existing rows may hold no value: give its field a 'default'"
                  + " (used to fill them), or keep it optional");
        } else {
          up.add(
              "UPDATE "
                  + table
                  + " SET "
                  + column
                  + " = "
                  + now.defaultSql()
                  + " WHERE "
                  + column
                  + " IS NULL;");
        }
        up.add(prefix + "SET NOT NULL;");
        down.add(0, prefix + "DROP NOT NULL;");
      }
      what.add("alter_" + now.name() + "_in_" + tableName);
    }
  }

  /**
   * Re-adds a dropped column exactly as it was; a required one is filled with its type's zero value
   * (an enum's first value, so that its CHECK, re-added next, holds).
   */
  private static String restoreColumn(String table, Table.Column column, Table shape) {
    if (column.nullable() || !column.defaultSql().isEmpty()) {
      return "ALTER TABLE "
          + table
          + " ADD COLUMN "
          + Sql.id(column.name())
          + " "
          + column.type()
          + suffix(DdlWriter.columnOptions(column))
          + ";";
    }
    String zero =
        shape.constraints().stream()
            .filter(
                c ->
                    c.kind() == Table.Constraint.Kind.CHECK
                        && c.columns().equals(List.of(column.name())))
            .map(SchemaDiff::checkValues)
            .filter(values -> !values.isEmpty())
            .map(values -> values.get(0))
            .findFirst()
            .orElse(zero(column.type()));
    return "ALTER TABLE "
        + table
        + " ADD COLUMN "
        + Sql.id(column.name())
        + " "
        + column.type()
        + " NOT NULL DEFAULT "
        + zero
        + ";\nALTER TABLE "
        + table
        + " ALTER COLUMN "
        + Sql.id(column.name())
        + " DROP DEFAULT;";
  }

  private static String zero(String type) {
    return switch (type) {
      case "integer", "bigint", "numeric" -> "0";
      case "boolean" -> "false";
      case "uuid" -> "'00000000-0000-0000-0000-000000000000'";
      case "date" -> "'1970-01-01'";
      case "timestamptz" -> "'1970-01-01T00:00:00Z'";
      default -> "''";
    };
  }

  /** Old column → new column for every field declared with {@code renamedFrom} in the table. */
  private Map<String, String> renames(String tableName) {
    Map<String, String> renames = new LinkedHashMap<>();
    addRenames(tableFields.getOrDefault(tableName, List.of()), renames);
    return renames;
  }

  private void addRenames(List<Field> fields, Map<String, String> renames) {
    for (Field field : fields) {
      if (field.renamedFrom().isEmpty()) {
        continue;
      }
      String newPrefix = Names.snake(field.name());
      String oldPrefix = Names.snake(field.renamedFrom().get());
      for (SchemaBuilder.FieldColumn column : SchemaBuilder.columnsOf(model, field)) {
        String oldColumn = oldPrefix + column.column().substring(newPrefix.length());
        renames.put(oldColumn, column.column());
        renameLabels.put(oldColumn, "rename_" + oldPrefix + "_to_" + newPrefix);
      }
    }
  }

  private void refuse(String tableName, String column, String reason) {
    Optional<MigrationRefused.DeclaredField> field =
        fieldStoring(tableName, column)
            .map(f -> new MigrationRefused.DeclaredField(tableOwners.get(tableName), f.name()));
    refusals.add(new MigrationRefused.Refusal(reason, field));
  }

  /**
   * The snake name of the field a column of the table stores (a composite value object has several
   * columns).
   */
  private String fieldOf(String tableName, String column) {
    return fieldStoring(tableName, column).map(field -> Names.snake(field.name())).orElse(column);
  }

  private Optional<Field> fieldStoring(String tableName, String column) {
    return tableFields.getOrDefault(tableName, List.of()).stream()
        .filter(
            field ->
                SchemaBuilder.columnsOf(model, field).stream()
                    .anyMatch(c -> c.column().equals(column)))
        .findFirst();
  }

  private static List<String> checkValues(Table.Constraint check) {
    String definition = check.definition();
    int open = definition.indexOf(" IN (");
    return open < 0
        ? List.of()
        : List.of(definition.substring(open + 5, definition.lastIndexOf("))")).split(", "));
  }

  private static String suffix(String options) {
    return options.isEmpty() ? "" : " " + options;
  }

  private static String truncate(String name) {
    return name.length() <= 80 ? name : name.substring(0, 80);
  }
}
