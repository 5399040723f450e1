package dev.dddgen.stack.go;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes each Go file's import block from what the file uses. Templates mark the spot with the line
 * {@value #MARKER_LINE} (the partial {@code go/partials/imports}); the finishing step scans the
 * code (not its comments or strings) for {@code qualifier.Name} of every package this target knows
 * and replaces the marker with a block in goimports' two groups: the standard library first, then a
 * blank line and everything else. Within a group the imports are in the order first used: gofmt,
 * which formats every file afterwards, sorts them. An overridden template that calls {@code
 * strings.ToUpper} gets its import, and no file ever imports a package it does not use.
 */
public final class GoImports {
  public static final String MARKER_LINE = "//dddgen:imports";

  private static final List<String> STANDARD =
      List.of(
          "bytes",
          "context",
          "crypto/ecdsa",
          "crypto/elliptic",
          "crypto/rand",
          "crypto/rsa",
          "database/sql/driver",
          "embed",
          "encoding/base64",
          "encoding/hex",
          "encoding/json",
          "errors",
          "fmt",
          "go/parser",
          "go/token",
          "io",
          "io/fs",
          "log/slog",
          "maps",
          "math/big",
          "mime",
          "net",
          "net/http",
          "net/http/httptest",
          "net/url",
          "os",
          "os/signal",
          "path/filepath",
          "reflect",
          "regexp",
          "runtime/debug",
          "slices",
          "strconv",
          "strings",
          "sync",
          "sync/atomic",
          "syscall",
          "testing",
          "time",
          "unicode/utf8");

  private static final Map<String, String> THIRD_PARTY =
      Map.ofEntries(
          Map.entry("uuid", "github.com/google/uuid"),
          Map.entry("chi", "github.com/go-chi/chi/v5"),
          Map.entry("cors", "github.com/go-chi/cors"),
          Map.entry("jwt", "github.com/golang-jwt/jwt/v5"),
          Map.entry("keyfunc", "github.com/MicahParks/keyfunc/v3"),
          Map.entry("jwkset", "github.com/MicahParks/jwkset"),
          Map.entry("otter", "github.com/maypok86/otter/v2"),
          Map.entry("rate", "golang.org/x/time/rate"),
          Map.entry("chimiddleware", "chimiddleware \"github.com/go-chi/chi/v5/middleware\""),
          Map.entry("pgx", "github.com/jackc/pgx/v5"),
          Map.entry("pgconn", "github.com/jackc/pgx/v5/pgconn"),
          Map.entry("pgtype", "github.com/jackc/pgx/v5/pgtype"),
          Map.entry("pgxpool", "github.com/jackc/pgx/v5/pgxpool"),
          Map.entry("stdlib", "github.com/jackc/pgx/v5/stdlib"),
          Map.entry("migrate", "github.com/golang-migrate/migrate/v4"),
          Map.entry(
              "pgxmigrate", "pgxmigrate \"github.com/golang-migrate/migrate/v4/database/pgx/v5\""),
          Map.entry("iofs", "github.com/golang-migrate/migrate/v4/source/iofs"),
          Map.entry(
              "embeddedpostgres",
              "embeddedpostgres \"github.com/fergusstrange/embedded-postgres\""),
          Map.entry("openapi3", "github.com/getkin/kin-openapi/openapi3"),
          Map.entry("openapi3filter", "github.com/getkin/kin-openapi/openapi3filter"),
          Map.entry("routers", "github.com/getkin/kin-openapi/routers"),
          Map.entry("legacy", "github.com/getkin/kin-openapi/routers/legacy"),
          Map.entry("nats", "github.com/nats-io/nats.go"),
          Map.entry("jetstream", "github.com/nats-io/nats.go/jetstream"),
          Map.entry("natsserver", "natsserver \"github.com/nats-io/nats-server/v2/server\""),
          Map.entry("assert", "github.com/stretchr/testify/assert"),
          Map.entry("require", "github.com/stretchr/testify/require"));

  /** This module's packages, by the last element of their path under the module. */
  private static final List<String> MODULE_PACKAGES =
      List.of(
          "internal/domain/shared",
          "internal/domain/shared/sharedtest",
          "internal/application",
          "internal/application/caller",
          "internal/application/command",
          "internal/application/query",
          "internal/application/dto",
          "internal/infrastructure/persistence/postgres",
          "internal/infrastructure/persistence/postgres/postgrestest",
          "internal/infrastructure/persistence/repository",
          "internal/infrastructure/messaging",
          "internal/interfaces/http/handler",
          "internal/interfaces/http/middleware",
          "internal/interfaces/http/middleware/authtest",
          "internal/interfaces/http/router",
          "migrations");

  /** qualifier → import spec ({@code "path"} or {@code alias "path"}). */
  private final Map<String, String> specs = new LinkedHashMap<>();

  private final String module;

  /**
   * The qualifiers of {@link #specs} in an open-addressing hash table keyed by their Latin-1 bytes,
   * so the scan looks up each {@code name.} it meets in place, without making a String of it.
   */
  private final byte[][] qualifierBytes;

  private final String[] qualifiers;

  /**
   * @param module the Go module path
   * @param domainPackages qualifier (the package name, or its alias) → package name, per aggregate
   */
  public GoImports(String module, Map<String, String> domainPackages) {
    this.module = module;
    for (String path : STANDARD) {
      specs.put(path.substring(path.lastIndexOf('/') + 1), quote(path));
    }
    THIRD_PARTY.forEach(
        (qualifier, spec) -> specs.put(qualifier, spec.contains("\"") ? spec : quote(spec)));
    for (String path : MODULE_PACKAGES) {
      specs.put(path.substring(path.lastIndexOf('/') + 1), quote(module + "/" + path));
    }
    // Package api (api/openapi.yaml embedded) is imported as openapi: "api" is a common local name.
    specs.put("openapi", "openapi " + quote(module + "/api"));
    domainPackages.forEach(
        (qualifier, pkg) -> {
          String path = quote(module + "/internal/domain/" + pkg);
          specs.put(qualifier, qualifier.equals(pkg) ? path : qualifier + " " + path);
        });
    int slots =
        Integer.highestOneBit(specs.size() * 2 - 1) * 2; // a power of two, at most half full
    qualifierBytes = new byte[slots][];
    qualifiers = new String[slots];
    for (String qualifier : specs.keySet()) {
      byte[] bytes = qualifier.getBytes(StandardCharsets.ISO_8859_1);
      int slot = hash(bytes, 0, bytes.length) & (slots - 1);
      while (qualifiers[slot] != null) {
        slot = (slot + 1) & (slots - 1);
      }
      qualifierBytes[slot] = bytes;
      qualifiers[slot] = qualifier;
    }
  }

  private static int hash(byte[] code, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + code[i];
    }
    return h ^ (h >>> 16);
  }

  /** The slot of the known qualifier spelled by {@code code[start, end)}, or -1. */
  private int qualifierAt(byte[] code, int start, int end) {
    int mask = qualifiers.length - 1;
    for (int slot = hash(code, start, end) & mask;
        qualifiers[slot] != null;
        slot = (slot + 1) & mask) {
      byte[] key = qualifierBytes[slot];
      if (key.length == end - start && sameBytes(key, code, start)) {
        return slot;
      }
    }
    return -1;
  }

  private static boolean sameBytes(byte[] key, byte[] code, int start) {
    for (int i = 0; i < key.length; i++) {
      if (key[i] != code[start + i]) {
        return false;
      }
    }
    return true;
  }

  private static String quote(String path) {
    return "\"" + path + "\"";
  }

  /**
   * The file with its marker line replaced by the import block (or removed when nothing is used).
   */
  public String resolve(String text) {
    int marker = text.indexOf(MARKER_LINE + "\n");
    if (marker < 0) {
      return text;
    }
    // The marker line is a comment, which the scan skips: no need to cut it out first.
    String block = block(used(text, ownPackage(text)));
    int after = marker + MARKER_LINE.length() + 1;
    return new StringBuilder(text.length() + block.length())
        .append(text, 0, marker)
        .append(block)
        .append(text, after, text.length())
        .toString();
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
   * and literals, and not declared as locals. Every character of every generated file passes here,
   * once: the scan reads a byte array holding the text's chars as Latin-1 (one plain array copy);
   * array reads cost the C1-compiled code a generator runs on far less than {@code String.charAt}.
   */
  private List<String> used(String text, String ownPackage) {
    byte[] latin1 = text.getBytes(StandardCharsets.ISO_8859_1);
    if (latin1.length == text.length()) {
      Scan scan = new Scan(latin1, text);
      scan.run();
      if (!scan.unfaithful) {
        return scan.used(ownPackage);
      }
    } // else a surrogate pair became one '?': the offsets are no longer the text's
    Scan scan = new Scan(standIns(text), null);
    scan.run();
    return scan.used(ownPackage);
  }

  /**
   * Whether the qualifier names the file's own package: a module package of that name, never the
   * standard library one, nor an aliased package whose path merely ends the same way.
   */
  private boolean isOwn(String qualifier, String ownPackage) {
    String spec = specs.get(qualifier);
    return qualifier.equals(ownPackage) && spec.startsWith("\"" + module + "/");
  }

  /**
   * The text as one byte per char when some char is beyond Latin-1: Latin-1 chars as themselves,
   * any other as a Latin-1 stand-in of its kind (an identifier's first char, a later one only, or
   * neither), which the scans read as they would the char. Known qualifiers are ASCII, so no name
   * that could be one changes.
   */
  private static byte[] standIns(String text) {
    byte[] code = new byte[text.length()];
    for (int i = 0; i < code.length; i++) {
      char c = text.charAt(i);
      code[i] =
          c <= 0xff
              ? (byte) c
              : Character.isJavaIdentifierStart(c)
                  ? (byte) '\u00aa' // ª, a letter
                  : Character.isJavaIdentifierPart(c)
                      ? (byte) '\u0080' // a control char Java ignores in identifiers
                      : (byte) '\u00a6'; // ¦
    }
    return code;
  }

  private static final byte START = 1;
  private static final byte PART = 2;

  /**
   * By Latin-1 char: {@link #START} for what may start an identifier, {@link #PART} for what may
   * only continue one, 0 for the rest. Go's identifiers for ASCII ({@code $} and control characters
   * are none of them), Java's beyond.
   */
  private static final byte[] GO_IDENTIFIER = new byte[256];

  /**
   * The same as Java has them ({@link Character#isJavaIdentifierStart}, {@code Part}), for locals.
   */
  private static final byte[] JAVA_IDENTIFIER = new byte[256];

  static {
    for (char c = 0; c < 256; c++) {
      JAVA_IDENTIFIER[c] =
          Character.isJavaIdentifierStart(c) ? START : Character.isJavaIdentifierPart(c) ? PART : 0;
      GO_IDENTIFIER[c] =
          c >= 128
              ? JAVA_IDENTIFIER[c]
              : c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                  ? START
                  : c >= '0' && c <= '9' ? PART : 0;
    }
  }

  /** A set of qualifier slots. */
  private static final class SlotSet {
    private long[] words;

    /** Adds the slot; whether it was not there yet. */
    boolean add(int slot) {
      if (words == null) {
        words = new long[slot / 64 + 1];
      } else if (words.length <= slot / 64) {
        words = Arrays.copyOf(words, slot / 64 + 1);
      }
      boolean added = (words[slot / 64] & 1L << slot) == 0;
      words[slot / 64] |= 1L << slot;
      return added;
    }

    boolean has(int slot) {
      return words != null && slot / 64 < words.length && (words[slot / 64] & 1L << slot) != 0;
    }
  }

  /**
   * One pass over a file's code: the known qualifiers it selects from, in the order met, and those
   * it declares with {@code :=} ({@code a, b := ...}; a local {@code driver} is not the package
   * driver), read backwards from every {@code :=} in the file, in comments and literals too. Each
   * byte is read by exactly one of the loops below (but an escaped one, which cannot end a name),
   * so each {@code :} is seen once.
   *
   * <p>Given the text the code was copied from as Latin-1 ({@code latin1Of}), it also makes sure
   * the copy held every char that matters: a char beyond Latin-1 was copied as {@code ?}, which
   * reads differently from an identifier's letter in code or before a {@code :=}; one found there
   * marks the scan {@link #unfaithful}.
   */
  private final class Scan {
    private final byte[] code;
    private final String latin1Of;
    private final SlotSet selected = new SlotSet();
    private int[] order = new int[16];
    private int count;
    private final SlotSet locals = new SlotSet();
    boolean unfaithful;

    Scan(byte[] code, String latin1Of) {
      this.code = code;
      this.latin1Of = latin1Of;
    }

    void run() {
      byte[] code = this.code;
      int n = code.length;
      int i = 0;
      while (i < n) {
        byte c = code[i];
        if (c == '/' && i + 1 < n && code[i + 1] == '/') {
          i = skipPast(i + 2, (byte) '\n');
        } else if (c == '/' && i + 1 < n && code[i + 1] == '*') {
          i = skipPastCommentEnd(i + 2);
        } else if (c == '`') {
          i = skipPast(i + 1, (byte) '`');
        } else if (c == '"' || c == '\'') {
          i = skipQuoted(i, c);
        } else if (GO_IDENTIFIER[c & 0xff] == START) {
          int start = i;
          while (i < n && GO_IDENTIFIER[code[i] & 0xff] != 0) {
            i++;
          }
          boolean selector =
              start > 0
                  && code[start - 1] == '.'
                  && !(start >= 3 && code[start - 2] == '.' && code[start - 3] == '.');
          if (!selector
              && i + 1 < n
              && code[i] == '.'
              && GO_IDENTIFIER[code[i + 1] & 0xff] == START) {
            int slot = qualifierAt(code, start, i);
            if (slot >= 0 && selected.add(slot)) {
              if (count == order.length) {
                order = Arrays.copyOf(order, count * 2);
              }
              order[count++] = slot;
            }
          }
        } else {
          if (c == ':') {
            colon(i);
          } else if (c == '?') {
            checkFaithful(i);
          }
          i++;
        }
      }
    }

    /** The qualifiers selected from, but for the file's own package and locals, in order met. */
    List<String> used(String ownPackage) {
      List<String> used = new ArrayList<>();
      for (int k = 0; k < count; k++) {
        String qualifier = qualifiers[order[k]];
        if (!locals.has(order[k]) && !isOwn(qualifier, ownPackage)) {
          used.add(qualifier);
        }
      }
      return used;
    }

    /**
     * At a {@code :}: when it starts {@code :=}, the known qualifiers declared before it are
     * locals.
     */
    private void colon(int at) {
      byte[] code = this.code;
      if (at + 1 == code.length || code[at + 1] != '=') {
        return;
      }
      int i = at;
      while (true) {
        while (i > 0 && (code[i - 1] == ' ' || code[i - 1] == '\t')) {
          i--;
        }
        int end = i;
        while (i > 0 && JAVA_IDENTIFIER[code[i - 1] & 0xff] != 0) {
          i--;
        }
        if (i > 0) {
          checkFaithful(i - 1);
        }
        if (i == end || JAVA_IDENTIFIER[code[i] & 0xff] != START) {
          break;
        }
        int slot = qualifierAt(code, i, end);
        if (slot >= 0) {
          locals.add(slot);
        }
        while (i > 0 && (code[i - 1] == ' ' || code[i - 1] == '\t')) {
          i--;
        }
        if (i == 0 || code[i - 1] != ',') {
          break;
        }
        i--;
      }
    }

    private void checkFaithful(int at) {
      if (code[at] == '?' && latin1Of != null && latin1Of.charAt(at) != '?') {
        unfaithful = true;
      }
    }

    /**
     * The index just past the first {@code end} at or after {@code from}, or the end of the code.
     */
    private int skipPast(int from, byte end) {
      byte[] code = this.code;
      for (int i = from; i < code.length; i++) {
        byte c = code[i];
        if (c == end) {
          return i + 1;
        }
        if (c == ':') {
          colon(i);
        }
      }
      return code.length;
    }

    private int skipPastCommentEnd(int from) {
      byte[] code = this.code;
      for (int i = from; i + 1 < code.length; i++) {
        byte c = code[i];
        if (c == '*' && code[i + 1] == '/') {
          return i + 2;
        }
        if (c == ':') {
          colon(i);
        }
      }
      return code.length;
    }

    private int skipQuoted(int start, byte quote) {
      byte[] code = this.code;
      int i = start + 1;
      while (i < code.length) {
        byte c = code[i];
        if (c == '\\') {
          i += 2; // an escaped ':' follows a backslash, so it declares nothing: no need to see it
        } else if (c == quote || c == '\n') {
          return i + 1;
        } else {
          if (c == ':') {
            colon(i);
          }
          i++;
        }
      }
      return i;
    }
  }

  private String block(List<String> used) {
    List<String> standard = new ArrayList<>();
    List<String> others = new ArrayList<>();
    for (String qualifier : used) {
      String spec = specs.get(qualifier);
      String path = spec.substring(spec.indexOf('"') + 1, spec.length() - 1);
      int slash = path.indexOf('/');
      boolean dotted = slash < 0 ? path.indexOf('.') >= 0 : path.lastIndexOf('.', slash) >= 0;
      (dotted ? others : standard).add(spec);
    }
    if (used.isEmpty()) {
      return "";
    }
    if (used.size() == 1) {
      return "import " + specs.get(used.get(0)) + "\n\n";
    }
    StringBuilder block = new StringBuilder(32 * (used.size() + 1)).append("import (\n");
    for (String spec : standard) {
      block.append('\t').append(spec).append('\n');
    }
    if (!standard.isEmpty() && !others.isEmpty()) {
      block.append('\n');
    }
    for (String spec : others) {
      block.append('\t').append(spec).append('\n');
    }
    return block.append(")\n\n").toString();
  }
}
