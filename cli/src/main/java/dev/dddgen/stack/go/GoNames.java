package dev.dddgen.stack.go;

import dev.dddgen.naming.Names;
import dev.dddgen.naming.ReservedWords;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Go spellings of definition names: initialisms upper-cased, locals that never shadow anything. */
public final class GoNames {
  /** The initialisms Go style writes in one case (golint's list, the ones definitions meet). */
  private static final Set<String> INITIALISMS =
      Set.of(
          "acl", "api", "ascii", "cpu", "css", "dns", "eof", "guid", "html", "http", "https", "id",
          "ip", "json", "rpc", "sla", "smtp", "sql", "ssh", "tcp", "tls", "ttl", "udp", "ui", "uid",
          "uuid", "uri", "url", "utf8", "vm", "xml", "xss");

  /**
   * Names a generated local may not take: imported packages and the variables templates declare. A
   * field named like one gets a trailing underscore ({@code type} → {@code type_}).
   */
  private static final Set<String> TAKEN =
      Set.of(
          "application",
          "assert",
          "bytes",
          "chi",
          "command",
          "context",
          "driver",
          "dto",
          "errors",
          "fmt",
          "handler",
          "http",
          "httptest",
          "io",
          "json",
          "messaging",
          "middleware",
          "pgconn",
          "pgx",
          "pgxpool",
          "postgres",
          "query",
          "regexp",
          "repository",
          "require",
          "shared",
          "slices",
          "slog",
          "strconv",
          "strings",
          "sync",
          "testing",
          "time",
          "url",
          "uuid",
          "err",
          "ok",
          "p",
          "v",
          "next",
          "root",
          "ctx",
          "tx",
          "row",
          "rows",
          "t",
          "i",
          "h",
          "w",
          "r",
          "q",
          "id",
          "version",
          "test",
          // The aggregate's own unexported method: a private field may not share its name.
          "assign");

  private GoNames() {}

  /** {@code customerId} → {@code CustomerID}. */
  public static String exported(String name) {
    return EXPORTED.computeIfAbsent(name, GoNames::exportedUncached);
  }

  /**
   * Names already converted: a large project asks for the same few hundred names hundreds of
   * thousands of times, and splitting a name into words is not free.
   */
  private static final java.util.Map<String, String> EXPORTED =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static final java.util.Map<String, String> LOWER_CAMEL =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static String exportedUncached(String name) {
    StringBuilder out = new StringBuilder();
    for (String word : Names.words(name)) {
      out.append(initialismOr(word, Names.capitalize(word)));
    }
    return out.toString();
  }

  /** {@code customerId} → {@code customerID}; {@code IdCard} → {@code idCard}. Not made safe. */
  public static String lowerCamel(String name) {
    return LOWER_CAMEL.computeIfAbsent(name, GoNames::lowerCamelUncached);
  }

  private static String lowerCamelUncached(String name) {
    List<String> words = Names.words(name);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      out.append(
          i == 0 ? word.toLowerCase(Locale.ROOT) : initialismOr(word, Names.capitalize(word)));
    }
    return out.toString();
  }

  /**
   * A local or unexported field name that shadows no keyword, builtin, package or template
   * variable.
   */
  public static String local(String name) {
    String camel = lowerCamel(name);
    return ReservedWords.isGo(camel)
            || ReservedWords.GO_PREDECLARED.contains(camel)
            || TAKEN.contains(camel)
        ? camel + "_"
        : camel;
  }

  /** An unexported struct field: selected through its value, so only keywords are off limits. */
  public static String member(String name) {
    String camel = lowerCamel(name);
    return ReservedWords.isGo(camel) ? camel + "_" : camel;
  }

  private static String initialismOr(String word, String otherwise) {
    String lower = word.toLowerCase(Locale.ROOT);
    return INITIALISMS.contains(lower) ? lower.toUpperCase(Locale.ROOT) : otherwise;
  }

  /** A Go interpreted string literal. */
  public static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format("\\x%02x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** A raw string literal when the text allows one (no backquote, no CR), else interpreted. */
  public static String raw(String text) {
    return text.indexOf('`') < 0 && text.indexOf('\r') < 0 ? "`" + text + "`" : quote(text);
  }

  /**
   * The last words of a file name the go command reads as a build condition: {@code _test} (a test
   * file) and the operating systems and architectures go/build knows ({@code robot_arm.go} would be
   * built for ARM only).
   */
  private static final Set<String> FILE_NAME_CONDITIONS =
      Set.of(
          "test",
          "aix",
          "android",
          "darwin",
          "dragonfly",
          "freebsd",
          "hurd",
          "illumos",
          "ios",
          "js",
          "linux",
          "nacl",
          "netbsd",
          "openbsd",
          "plan9",
          "solaris",
          "wasip1",
          "windows",
          "zos",
          "386",
          "amd64",
          "amd64p32",
          "arm",
          "armbe",
          "arm64",
          "arm64be",
          "loong64",
          "mips",
          "mipsle",
          "mips64",
          "mips64le",
          "mips64p32",
          "mips64p32le",
          "ppc",
          "ppc64",
          "ppc64le",
          "riscv",
          "riscv64",
          "s390",
          "s390x",
          "sparc",
          "sparc64",
          "wasm");

  /** The base of the Go file named after a definition name: {@link #ordinaryFile} of its snake. */
  public static String file(String name) {
    return ordinaryFile(Names.snake(name));
  }

  /**
   * A snake-case file base that the go command builds everywhere as an ordinary file: while its
   * last word is one the go command reads as a condition ({@link #FILE_NAME_CONDITIONS}), the
   * underscore before it is left out ({@code lab_test} → {@code labtest}, {@code open_windows} →
   * {@code openwindows}).
   */
  public static String ordinaryFile(String base) {
    String file = base;
    int last = file.lastIndexOf('_');
    while (last > 0 && FILE_NAME_CONDITIONS.contains(file.substring(last + 1))) {
      file = file.substring(0, last) + file.substring(last + 1);
      last = file.lastIndexOf('_');
    }
    return file;
  }
}
