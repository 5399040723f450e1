package dev.dddgen.schema;

import dev.dddgen.naming.ReservedWords;

/** SQL spelling: identifiers quoted only when PostgreSQL reserves them, string literals escaped. */
public final class Sql {
  private Sql() {}

  public static String id(String identifier) {
    return ReservedWords.sqlIdentifier(identifier);
  }

  public static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
