package dev.dddgen.schema;

import java.util.List;
import java.util.stream.Collectors;

/** PostgreSQL DDL for tables, columns, constraints and indexes, laid out the way a person would. */
public final class DdlWriter {
  private DdlWriter() {}

  public static String createTable(Table table) {
    int nameWidth =
        table.columns().stream().mapToInt(c -> Sql.id(c.name()).length()).max().orElse(0);
    int typeWidth = table.columns().stream().mapToInt(c -> c.type().length()).max().orElse(0);
    StringBuilder sql =
        new StringBuilder("CREATE TABLE ").append(Sql.id(table.name())).append(" (\n");
    int items = table.columns().size() + table.constraints().size();
    int written = 0;
    for (Table.Column column : table.columns()) {
      String rest = columnOptions(column);
      String line =
          pad(Sql.id(column.name()), nameWidth)
              + " "
              + (rest.isEmpty() ? column.type() : pad(column.type(), typeWidth) + " " + rest);
      sql.append("    ").append(line).append(++written < items ? ",\n" : "\n");
    }
    for (Table.Constraint constraint : table.constraints()) {
      sql.append("    CONSTRAINT ")
          .append(constraint.name())
          .append(' ')
          .append(constraint.definition())
          .append(++written < items ? ",\n" : "\n");
    }
    sql.append(");\n");
    if (!table.indexes().isEmpty()) {
      sql.append('\n');
      table.indexes().forEach(index -> sql.append(createIndex(table, index)));
    }
    return sql.toString();
  }

  public static String dropTable(Table table) {
    return "DROP TABLE IF EXISTS " + Sql.id(table.name()) + ";\n";
  }

  public static String createIndex(Table table, Table.Index index) {
    return "CREATE INDEX "
        + index.name()
        + " ON "
        + Sql.id(table.name())
        + " ("
        + index.columns().stream().map(Sql::id).collect(Collectors.joining(", "))
        + ");\n";
  }

  public static String dropIndex(Table.Index index) {
    return "DROP INDEX IF EXISTS " + index.name() + ";\n";
  }

  /** {@code NOT NULL} and {@code DEFAULT}, as they follow a column's type. */
  public static String columnOptions(Table.Column column) {
    String notNull = column.nullable() ? "" : "NOT NULL";
    String defaultSql = column.defaultSql().isEmpty() ? "" : "DEFAULT " + column.defaultSql();
    return List.of(notNull, defaultSql).stream()
        .filter(s -> !s.isEmpty())
        .collect(Collectors.joining(" "));
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - text.length()));
  }
}
