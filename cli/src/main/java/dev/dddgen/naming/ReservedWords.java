package dev.dddgen.naming;

import java.util.Locale;
import java.util.Set;

/**
 * Words that cannot be used verbatim as identifiers in a generated language.
 *
 * <p>How each is handled is documented in README.md ("Reserved words"): SQL identifiers are quoted,
 * Go and Java local names get a suffix, and names that would become a package are refused.
 */
public final class ReservedWords {
  private ReservedWords() {}

  public static final Set<String> GO =
      Set.of(
          "break",
          "case",
          "chan",
          "const",
          "continue",
          "default",
          "defer",
          "else",
          "fallthrough",
          "for",
          "func",
          "go",
          "goto",
          "if",
          "import",
          "interface",
          "map",
          "package",
          "range",
          "return",
          "select",
          "struct",
          "switch",
          "type",
          "var");

  /** Go predeclared identifiers: legal but shadowing them in generated code would break it. */
  public static final Set<String> GO_PREDECLARED =
      Set.of(
          "any",
          "append",
          "bool",
          "byte",
          "cap",
          "clear",
          "close",
          "comparable",
          "complex",
          "complex64",
          "complex128",
          "copy",
          "delete",
          "error",
          "false",
          "float32",
          "float64",
          "imag",
          "int",
          "int8",
          "int16",
          "int32",
          "int64",
          "iota",
          "len",
          "make",
          "max",
          "min",
          "new",
          "nil",
          "panic",
          "print",
          "println",
          "real",
          "recover",
          "rune",
          "string",
          "true",
          "uint",
          "uint8",
          "uint16",
          "uint32",
          "uint64",
          "uintptr");

  public static final Set<String> JAVA =
      Set.of(
          "abstract",
          "assert",
          "boolean",
          "break",
          "byte",
          "case",
          "catch",
          "char",
          "class",
          "const",
          "continue",
          "default",
          "do",
          "double",
          "else",
          "enum",
          "extends",
          "final",
          "finally",
          "float",
          "for",
          "goto",
          "if",
          "implements",
          "import",
          "instanceof",
          "int",
          "interface",
          "long",
          "native",
          "new",
          "package",
          "private",
          "protected",
          "public",
          "return",
          "short",
          "static",
          "strictfp",
          "super",
          "switch",
          "synchronized",
          "this",
          "throw",
          "throws",
          "transient",
          "try",
          "void",
          "volatile",
          "while",
          "true",
          "false",
          "null",
          "var",
          "record",
          "yield",
          "sealed",
          "permits",
          "non-sealed",
          "_");

  /**
   * PostgreSQL reserved key words (SQL Key Words appendix, "reserved" in the PostgreSQL column).
   */
  public static final Set<String> POSTGRES =
      Set.of(
          "all",
          "analyse",
          "analyze",
          "and",
          "any",
          "array",
          "as",
          "asc",
          "asymmetric",
          "authorization",
          "binary",
          "both",
          "case",
          "cast",
          "check",
          "collate",
          "collation",
          "column",
          "concurrently",
          "constraint",
          "create",
          "cross",
          "current_catalog",
          "current_date",
          "current_role",
          "current_schema",
          "current_time",
          "current_timestamp",
          "current_user",
          "default",
          "deferrable",
          "desc",
          "distinct",
          "do",
          "else",
          "end",
          "except",
          "false",
          "fetch",
          "for",
          "foreign",
          "freeze",
          "from",
          "full",
          "grant",
          "group",
          "having",
          "ilike",
          "in",
          "initially",
          "inner",
          "intersect",
          "into",
          "is",
          "isnull",
          "join",
          "lateral",
          "leading",
          "left",
          "like",
          "limit",
          "localtime",
          "localtimestamp",
          "natural",
          "not",
          "notnull",
          "null",
          "offset",
          "on",
          "only",
          "or",
          "order",
          "outer",
          "overlaps",
          "placing",
          "primary",
          "references",
          "returning",
          "right",
          "select",
          "session_user",
          "similar",
          "some",
          "symmetric",
          "system_user",
          "table",
          "tablesample",
          "then",
          "to",
          "trailing",
          "true",
          "union",
          "unique",
          "user",
          "using",
          "variadic",
          "verbose",
          "when",
          "where",
          "window",
          "with");

  public static boolean isGo(String word) {
    return GO.contains(word);
  }

  public static boolean isJava(String word) {
    return JAVA.contains(word);
  }

  public static boolean isSql(String word) {
    return POSTGRES.contains(word.toLowerCase(Locale.ROOT));
  }

  /** A SQL identifier, double-quoted only when PostgreSQL reserves it. */
  public static String sqlIdentifier(String snakeName) {
    return isSql(snakeName) ? '"' + snakeName + '"' : snakeName;
  }

  /** A Go local or field name that is never a keyword nor a predeclared identifier. */
  public static String goIdentifier(String camelName) {
    return GO.contains(camelName) || GO_PREDECLARED.contains(camelName)
        ? camelName + "_"
        : camelName;
  }

  /** A Java local or field name that is never a keyword. */
  public static String javaIdentifier(String camelName) {
    return JAVA.contains(camelName) ? camelName + "_" : camelName;
  }
}
