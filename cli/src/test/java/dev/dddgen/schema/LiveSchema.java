package dev.dddgen.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The schema a live PostgreSQL database holds, read from pg_catalog, and the same description
 * derived from a {@link RelationalSchema} snapshot, so that the two compare as plain text. Per
 * table, sorted lines: {@code column <name> <type> [NOT NULL] [DEFAULT <value>]} (the default as
 * the database evaluates it), {@code constraint <name> <definition>} (whitespace and quotes
 * removed; a CHECK as its column and allowed values) and {@code index <name> <columns>} (indexes
 * that back no constraint). Column order is not compared: ALTER TABLE ADD COLUMN appends, a
 * definition need not.
 */
final class LiveSchema {
  private static final Pattern QUOTED = Pattern.compile("'((?:[^']|'')*)'");
  private static final Pattern PG_CHECK =
      Pattern.compile("^CHECK \\(\\(\"?(\\w+)\"? = ANY \\(ARRAY\\[(.*)\\]\\)\\)\\)$");
  private static final Pattern OUR_CHECK =
      Pattern.compile("^CHECK \\(\"?(\\w+)\"? IN \\((.*)\\)\\)$");

  private LiveSchema() {}

  /**
   * The live database's tables (the migration tools' {@code schema_migrations} and {@code
   * flyway_schema_history} left out).
   */
  static Map<String, List<String>> read(Connection connection) throws SQLException {
    Map<String, List<String>> tables = new TreeMap<>();
    for (String table : tableNames(connection)) {
      List<String> lines = new ArrayList<>();
      lines.addAll(columns(connection, table));
      lines.addAll(constraints(connection, table));
      lines.addAll(indexes(connection, table));
      lines.sort(null);
      tables.put(table, lines);
    }
    return tables;
  }

  /**
   * What the snapshot says the database should hold, in the same form (defaults evaluated by {@code
   * connection}).
   */
  static Map<String, List<String>> expected(RelationalSchema schema, Connection connection)
      throws SQLException {
    Map<String, List<String>> tables = new TreeMap<>();
    for (Table table : schema.tables()) {
      List<String> lines = new ArrayList<>();
      for (Table.Column column : table.columns()) {
        String type =
            column.type().equals("timestamptz") ? "timestamp with time zone" : column.type();
        lines.add(
            columnLine(
                column.name(),
                type,
                !column.nullable(),
                column.defaultSql().isEmpty()
                    ? null
                    : evaluate(connection, column.defaultSql(), type)));
      }
      for (Table.Constraint constraint : table.constraints()) {
        lines.add("constraint " + constraint.name() + " " + normalize(constraint.definition()));
      }
      for (Table.Index index : table.indexes()) {
        lines.add("index " + index.name() + " (" + String.join(",", index.columns()) + ")");
      }
      lines.sort(null);
      tables.put(table.name(), lines);
    }
    return tables;
  }

  static List<String> tableNames(Connection connection) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                """
            SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname NOT IN ('schema_migrations', 'flyway_schema_history')
            ORDER BY c.relname""")) {
      while (rows.next()) {
        names.add(rows.getString(1));
      }
    }
    return names;
  }

  private static List<String> columns(Connection connection, String table) throws SQLException {
    List<String> lines = new ArrayList<>();
    try (PreparedStatement statement =
        connection.prepareStatement(
            """
        SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid)
        FROM pg_attribute a
        JOIN pg_class c ON c.oid = a.attrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        WHERE n.nspname = 'public' AND c.relname = ? AND a.attnum > 0 AND NOT a.attisdropped
        ORDER BY a.attnum""")) {
      statement.setString(1, table);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          String type = rows.getString(2);
          String defaultExpression = rows.getString(4);
          lines.add(
              columnLine(
                  rows.getString(1),
                  type,
                  rows.getBoolean(3),
                  defaultExpression == null
                      ? null
                      : evaluate(connection, defaultExpression, type)));
        }
      }
    }
    return lines;
  }

  private static List<String> constraints(Connection connection, String table) throws SQLException {
    List<String> lines = new ArrayList<>();
    try (PreparedStatement statement =
        connection.prepareStatement(
            """
        SELECT con.conname, pg_get_constraintdef(con.oid)
        FROM pg_constraint con
        JOIN pg_class c ON c.oid = con.conrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relname = ? AND con.contype IN ('p', 'u', 'f', 'c', 'x')""")) {
      statement.setString(1, table);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          lines.add("constraint " + rows.getString(1) + " " + normalize(rows.getString(2)));
        }
      }
    }
    return lines;
  }

  private static List<String> indexes(Connection connection, String table) throws SQLException {
    List<String> lines = new ArrayList<>();
    try (PreparedStatement statement =
        connection.prepareStatement(
            """
        SELECT i.relname, ix.indisunique, am.amname,
               (SELECT string_agg(a.attname, ',' ORDER BY k.ord)
                FROM unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
                JOIN pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = k.attnum),
               ix.indpred IS NOT NULL OR ix.indexprs IS NOT NULL
        FROM pg_index ix
        JOIN pg_class i ON i.oid = ix.indexrelid
        JOIN pg_class t ON t.oid = ix.indrelid
        JOIN pg_namespace n ON n.oid = t.relnamespace
        JOIN pg_am am ON am.oid = i.relam
        WHERE n.nspname = 'public' AND t.relname = ?
          AND NOT EXISTS (SELECT 1 FROM pg_constraint con
                          WHERE con.conindid = ix.indexrelid AND con.conrelid = ix.indrelid)""")) {
      statement.setString(1, table);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          String extra =
              (rows.getBoolean(2) ? " UNIQUE" : "")
                  + (rows.getString(3).equals("btree") ? "" : " USING " + rows.getString(3))
                  + (rows.getBoolean(5) ? " PARTIAL-OR-EXPRESSION" : "");
          lines.add("index " + rows.getString(1) + " (" + rows.getString(4) + ")" + extra);
        }
      }
    }
    return lines;
  }

  private static String columnLine(String name, String type, boolean notNull, String defaultValue) {
    return "column "
        + name
        + " "
        + type
        + (notNull ? " NOT NULL" : "")
        + (defaultValue == null ? "" : " DEFAULT " + defaultValue);
  }

  /** The value of a constant default expression, as text of the column's type. */
  private static String evaluate(Connection connection, String expression, String type)
      throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery("SELECT ((" + expression + ")::" + type + ")::text")) {
      row.next();
      return row.getString(1);
    }
  }

  /**
   * A constraint definition without layout: no whitespace nor double quotes; a CHECK as {@code
   * CHECK col IN [values]}.
   */
  static String normalize(String definition) {
    for (Pattern pattern : List.of(PG_CHECK, OUR_CHECK)) {
      Matcher check = pattern.matcher(definition.trim());
      if (check.matches()) {
        List<String> values = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(check.group(2));
        while (quoted.find()) {
          values.add(quoted.group(1).replace("''", "'"));
        }
        return "CHECK " + check.group(1) + " IN " + values;
      }
    }
    return definition.replaceAll("\\s+", "").replace("\"", "").toUpperCase(Locale.ROOT);
  }

  /** For messages: every table's lines. */
  static String describe(Map<String, List<String>> tables) {
    return tables.entrySet().stream()
        .map(e -> e.getKey() + ":\n  " + String.join("\n  ", e.getValue()))
        .collect(Collectors.joining("\n"));
  }
}
