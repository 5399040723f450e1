package dev.dddgen.stack.go;

import dev.dddgen.model.Aggregate;
import dev.dddgen.naming.Names;
import dev.dddgen.naming.ReservedWords;
import dev.dddgen.naming.Routes;
import java.util.Set;

/**
 * How an aggregate is named in the generated Go: its package, the name its package is imported by
 * where the plain one would clash with another package or a template's local, its methods'
 * receiver, its plural, its route and its file name.
 */
final class GoAggregateNames {
  private GoAggregateNames() {}

  /**
   * Package names an aggregate package may not take verbatim (it is then imported as {@code
   * <pkg>domain}).
   */
  private static final Set<String> IMPORTED =
      Set.of(
          "bytes",
          "context",
          "driver",
          "embed",
          "errors",
          "fmt",
          "fs",
          "parser",
          "token",
          "hex",
          "http",
          "httptest",
          "io",
          "json",
          "maps",
          "net",
          "os",
          "rand",
          "reflect",
          "regexp",
          "slices",
          "slog",
          "strconv",
          "strings",
          "sync",
          "testing",
          "time",
          "url",
          "big",
          "debug",
          "filepath",
          "signal",
          "atomic",
          "syscall",
          "utf8",
          "uuid",
          "chi",
          "pgx",
          "pgconn",
          "pgtype",
          "pgxpool",
          "stdlib",
          "migrate",
          "iofs",
          "assert",
          "require",
          "shared",
          "application",
          "command",
          "query",
          "dto",
          "postgres",
          "postgrestest",
          "repository",
          "messaging",
          "handler",
          "middleware",
          "router",
          "migrations",
          "chimiddleware",
          "pgxmigrate",
          "embeddedpostgres",
          "page",
          "cursor",
          "filter",
          "items",
          "openapi",
          "openapi3",
          "openapi3filter",
          "legacy",
          "routers",
          "nats",
          "jetstream",
          "natsserver");

  static GoProject.AggregateNames of(Aggregate aggregate) {
    String pkg = Names.flat(aggregate.name());
    return new GoProject.AggregateNames(
        aggregate.name(),
        pkg,
        importedAs(pkg),
        receiver(aggregate.name()),
        GoNames.exported(aggregate.plural()),
        GoNames.local(aggregate.plural()),
        Routes.collectionPath(aggregate.plural()),
        GoNames.file(aggregate.name()));
  }

  /** The package's own name, or {@code <pkg>domain} where that would hide or be hidden. */
  private static String importedAs(String pkg) {
    return IMPORTED.contains(pkg)
            || DECLARED.contains(pkg)
            || GoProject.TEMPLATE_LOCALS.contains(pkg)
            || ReservedWords.isGo(pkg)
            || ReservedWords.GO_PREDECLARED.contains(pkg)
        ? pkg + "domain"
        : pkg;
  }

  /**
   * All-lower-case functions, types, variables and constants the Go templates declare at package
   * level, in files that may import aggregate packages (an aggregate Ptr broke the domain test's
   * helper {@code ptr}; GoFileNameTest checks this list against the templates).
   */
  static final Set<String> DECLARED =
      Set.of(
          "action",
          "add",
          "authenticated",
          "clone",
          "collect",
          "config",
          "conflicting",
          "conform",
          "contract",
          "decode",
          "etag",
          "exchanges",
          "fill",
          "filled",
          "main",
          "message",
          "new",
          "next",
          "pow10",
          "ptr",
          "repositories",
          "resource",
          "run",
          "scan",
          "sequences",
          "sources",
          "step",
          "tables",
          "test",
          "valid",
          "vary");

  /**
   * Lower-case leading letters of the name that no generated parameter or local uses ({@code h} is
   * the use-case handlers' receiver, beside the aggregate they make or load: Holder's {@code h}
   * broke them; {@code p} is Params, {@code t} the tests' *testing.T, {@code ve} the
   * *shared.ValidationError a test declares beside an aggregate it made: Verbose's {@code ve} broke
   * the PostgreSQL test).
   */
  private static String receiver(String name) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    for (int length = 1; length < lower.length(); length++) {
      String candidate = lower.substring(0, length);
      if (!Set.of("h", "p", "v", "ve", "i", "ok", "id", "m", "t", "tt").contains(candidate)
          && !ReservedWords.isGo(candidate)
          && !ReservedWords.GO_PREDECLARED.contains(candidate)) {
        return candidate;
      }
    }
    return lower + "_";
  }
}
