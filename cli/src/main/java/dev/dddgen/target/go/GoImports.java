package dev.dddgen.target.go;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes each Go file's import block from what the file uses. Templates mark the spot with the line
 * {@value #MARKER_LINE} (the partial {@code go/partials/imports}); the finishing step scans the code
 * (not its comments or strings) for {@code qualifier.Name} of every package this target knows and
 * replaces the marker with a gofmt-sorted block: the standard library first, then a blank line and
 * everything else. An overridden template that calls {@code strings.ToUpper} gets its import, and no
 * file ever imports a package it does not use.
 */
public final class GoImports {
  public static final String MARKER_LINE = "//dddgen:imports";

  private static final List<String> STANDARD = List.of(
      "bytes", "context", "crypto/rand", "database/sql/driver", "embed", "encoding/hex", "encoding/json",
      "errors", "fmt", "io", "log/slog", "math/big", "net", "net/http", "net/http/httptest", "net/url",
      "os", "os/signal", "path/filepath", "reflect", "regexp", "runtime/debug", "slices", "strconv", "strings",
      "sync", "sync/atomic", "syscall", "testing", "time", "unicode/utf8");

  private static final Map<String, String> THIRD_PARTY = Map.ofEntries(
      Map.entry("uuid", "github.com/google/uuid"),
      Map.entry("chi", "github.com/go-chi/chi/v5"),
      Map.entry("chimiddleware", "chimiddleware \"github.com/go-chi/chi/v5/middleware\""),
      Map.entry("pgx", "github.com/jackc/pgx/v5"),
      Map.entry("pgconn", "github.com/jackc/pgx/v5/pgconn"),
      Map.entry("pgtype", "github.com/jackc/pgx/v5/pgtype"),
      Map.entry("pgxpool", "github.com/jackc/pgx/v5/pgxpool"),
      Map.entry("stdlib", "github.com/jackc/pgx/v5/stdlib"),
      Map.entry("migrate", "github.com/golang-migrate/migrate/v4"),
      Map.entry("pgxmigrate", "pgxmigrate \"github.com/golang-migrate/migrate/v4/database/pgx/v5\""),
      Map.entry("iofs", "github.com/golang-migrate/migrate/v4/source/iofs"),
      Map.entry("embeddedpostgres", "embeddedpostgres \"github.com/fergusstrange/embedded-postgres\""),
      Map.entry("openapi3", "github.com/getkin/kin-openapi/openapi3"),
      Map.entry("openapi3filter", "github.com/getkin/kin-openapi/openapi3filter"),
      Map.entry("routers", "github.com/getkin/kin-openapi/routers"),
      Map.entry("legacy", "github.com/getkin/kin-openapi/routers/legacy"),
      Map.entry("assert", "github.com/stretchr/testify/assert"),
      Map.entry("require", "github.com/stretchr/testify/require"));

  /** This module's packages, by the last element of their path under the module. */
  private static final List<String> MODULE_PACKAGES = List.of(
      "internal/domain/shared", "internal/application/command", "internal/application/query",
      "internal/application/dto", "internal/infrastructure/persistence/postgres",
      "internal/infrastructure/persistence/postgres/postgrestest",
      "internal/infrastructure/persistence/repository", "internal/infrastructure/messaging",
      "internal/interfaces/http/handler", "internal/interfaces/http/middleware",
      "internal/interfaces/http/router", "migrations");

  /** qualifier → import spec ({@code "path"} or {@code alias "path"}). */
  private final Map<String, String> specs = new LinkedHashMap<>();
  private final String module;

  /**
   * @param module the Go module path
   * @param domainPackages qualifier (the package name, or its alias) → package name, per aggregate
   */
  public GoImports(String module, Map<String, String> domainPackages) {
    this.module = module;
    for (String path : STANDARD) {
      specs.put(path.substring(path.lastIndexOf('/') + 1), quote(path));
    }
    THIRD_PARTY.forEach((qualifier, spec) -> specs.put(qualifier, spec.contains("\"") ? spec : quote(spec)));
    for (String path : MODULE_PACKAGES) {
      specs.put(path.substring(path.lastIndexOf('/') + 1), quote(module + "/" + path));
    }
    // Package api (api/openapi.yaml embedded) is imported as openapi: "api" is a common local name.
    specs.put("openapi", "openapi " + quote(module + "/api"));
    domainPackages.forEach((qualifier, pkg) -> {
      String path = quote(module + "/internal/domain/" + pkg);
      specs.put(qualifier, qualifier.equals(pkg) ? path : qualifier + " " + path);
    });
  }

  private static String quote(String path) {
    return "\"" + path + "\"";
  }

  /** The file with its marker line replaced by the import block (or removed when nothing is used). */
  public String resolve(String text) {
    int marker = text.indexOf(MARKER_LINE + "\n");
    if (marker < 0) {
      return text;
    }
    // The marker line is a comment, which the scan skips: no need to cut it out first.
    String block = block(used(text, ownPackage(text)));
    int after = marker + MARKER_LINE.length() + 1;
    return new StringBuilder(text.length() + block.length()).append(text, 0, marker).append(block)
        .append(text, after, text.length()).toString();
  }

  private static String ownPackage(String code) {
    int at = code.startsWith("package ") ? 0 : code.indexOf("\npackage ") + 1;
    if (at < 0 || !code.startsWith("package ", at)) {
      return "";
    }
    int end = at + "package ".length();
    while (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) {
      end++;
    }
    return code.substring(at + "package ".length(), end);
  }

  /**
   * The qualifiers of known packages the code selects from ({@code fmt.Errorf}), outside comments
   * and literals. It scans a char array: every character of every generated file passes here, and
   * array reads cost the C1-compiled code a generator runs on far less than {@code String.charAt}.
   */
  private Set<String> used(String text, String ownPackage) {
    Set<String> used = new HashSet<>();
    char[] code = text.toCharArray();
    Set<String> locals = shortDeclarations(code);
    int n = code.length;
    int i = 0;
    while (i < n) {
      char c = code[i];
      if (c == '/' && i + 1 < n && code[i + 1] == '/') {
        i = skipPast(code, i + 2, '\n');
      } else if (c == '/' && i + 1 < n && code[i + 1] == '*') {
        i = skipPastCommentEnd(code, i + 2);
      } else if (c == '`') {
        i = skipPast(code, i + 1, '`');
      } else if (c == '"' || c == '\'') {
        i = skipQuoted(code, i, c);
      } else if (identifierStart(c)) {
        int start = i;
        while (i < n && identifierPart(code[i])) {
          i++;
        }
        boolean selected = start > 0 && code[start - 1] == '.' && !(start >= 3 && code[start - 2] == '.' && code[start - 3] == '.');
        if (!selected && i + 1 < n && code[i] == '.' && identifierStart(code[i + 1])) {
          String name = new String(code, start, i - start);
          if (!used.contains(name) && !locals.contains(name) && specs.containsKey(name) && !isOwn(name, ownPackage)) {
            used.add(name);
          }
        }
      } else {
        i++;
      }
    }
    return used;
  }

  /**
   * Whether the qualifier names the file's own package: a module package of that name, never the
   * standard library one, nor an aliased package whose path merely ends the same way.
   */
  private boolean isOwn(String qualifier, String ownPackage) {
    String spec = specs.get(qualifier);
    return qualifier.equals(ownPackage) && spec.startsWith("\"" + module + "/");
  }

  /** ASCII identifier characters: 1 may start an identifier, 2 may only continue one. */
  private static final byte[] ASCII_IDENTIFIER = new byte[128];

  static {
    for (char c = 'a'; c <= 'z'; c++) {
      ASCII_IDENTIFIER[c] = 1;
      ASCII_IDENTIFIER[Character.toUpperCase(c)] = 1;
    }
    ASCII_IDENTIFIER['_'] = 1;
    for (char c = '0'; c <= '9'; c++) {
      ASCII_IDENTIFIER[c] = 2;
    }
  }

  /**
   * Character tests with a table for ASCII (generated code is almost all ASCII), small enough that
   * the C1 compiler inlines them into the scanning loop.
   */
  private static boolean identifierStart(char c) {
    return c < 128 ? ASCII_IDENTIFIER[c] == 1 : Character.isJavaIdentifierStart(c);
  }

  private static boolean identifierPart(char c) {
    return c < 128 ? ASCII_IDENTIFIER[c] != 0 : Character.isJavaIdentifierPart(c);
  }

  /**
   * Names declared with {@code :=} ({@code a, b := ...}): a local {@code driver} is not the package
   * driver. Read backwards from each {@code :=}, which is linear where a regular expression tried
   * at every identifier is not.
   */
  private static Set<String> shortDeclarations(char[] code) {
    Set<String> locals = new HashSet<>();
    for (int at = 0; at + 1 < code.length; at++) {
      if (code[at] != ':' || code[at + 1] != '=') {
        continue;
      }
      int i = at;
      while (true) {
        while (i > 0 && (code[i - 1] == ' ' || code[i - 1] == '\t')) {
          i--;
        }
        int end = i;
        while (i > 0 && Character.isJavaIdentifierPart(code[i - 1])) {
          i--;
        }
        if (i == end || !Character.isJavaIdentifierStart(code[i])) {
          break;
        }
        locals.add(new String(code, i, end - i));
        while (i > 0 && (code[i - 1] == ' ' || code[i - 1] == '\t')) {
          i--;
        }
        if (i == 0 || code[i - 1] != ',') {
          break;
        }
        i--;
      }
    }
    return locals;
  }

  /** The index just past the first {@code end} at or after {@code from}, or the end of the code. */
  private static int skipPast(char[] code, int from, char end) {
    for (int i = from; i < code.length; i++) {
      if (code[i] == end) {
        return i + 1;
      }
    }
    return code.length;
  }

  private static int skipPastCommentEnd(char[] code, int from) {
    for (int i = from; i + 1 < code.length; i++) {
      if (code[i] == '*' && code[i + 1] == '/') {
        return i + 2;
      }
    }
    return code.length;
  }

  private static int skipQuoted(char[] code, int start, char quote) {
    int i = start + 1;
    while (i < code.length) {
      char c = code[i];
      if (c == '\\') {
        i += 2;
      } else if (c == quote || c == '\n') {
        return i + 1;
      } else {
        i++;
      }
    }
    return i;
  }

  private String block(Set<String> used) {
    TreeMap<String, String> standard = new TreeMap<>();
    TreeMap<String, String> others = new TreeMap<>();
    for (String qualifier : used) {
      String spec = specs.get(qualifier);
      String path = spec.substring(spec.indexOf('"') + 1, spec.length() - 1);
      String first = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
      (first.contains(".") ? others : standard).put(path, spec);
    }
    if (standard.size() + others.size() == 0) {
      return "";
    }
    if (standard.size() + others.size() == 1) {
      return "import " + (standard.isEmpty() ? others : standard).firstEntry().getValue() + "\n\n";
    }
    List<String> lines = new ArrayList<>();
    lines.add("import (");
    standard.values().forEach(spec -> lines.add("\t" + spec));
    if (!standard.isEmpty() && !others.isEmpty()) {
      lines.add("");
    }
    others.values().forEach(spec -> lines.add("\t" + spec));
    lines.add(")");
    return String.join("\n", lines) + "\n\n";
  }
}
