package dev.dddgen.stack.go;

import dev.dddgen.api.Api;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.DomainModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What every Go context builder needs about the model, computed once per generation. */
public final class GoProject {
  /**
   * Lower-case names the built-in templates declare: with {@code :=}, {@code var} or {@code const},
   * and as the receivers, parameters and named results of their functions (generic ones too) and
   * function literals (limit, outer, root). A package of that name would be hidden where it is
   * declared (GoFinishTest keeps this list in step).
   */
  static final Set<String> TEMPLATE_LOCALS =
      Set.of(
          "a",
          "actual",
          "add",
          "addr",
          "advance",
          "after",
          "aggregates",
          "all",
          "allowed",
          "allowedSteps",
          "api",
          "app",
          "args",
          "attrs",
          "audience",
          "auth",
          "authorization",
          "awkwardStrings",
          "b",
          "bad",
          "batch",
          "before",
          "bits",
          "body",
          "boom",
          "buf",
          "bus",
          "c",
          "call",
          "cancel",
          "candidate",
          "cases",
          "cfg",
          "change",
          "changes",
          "check",
          "child",
          "claimed",
          "claims",
          "client",
          "clone",
          "cmd",
          "coef",
          "config",
          "conflict",
          "conn",
          "consumer",
          "counted",
          "counter",
          "created",
          "ctx",
          "current",
          "cursor",
          "d",
          "data",
          "day",
          "db",
          "deadline",
          "debug",
          "dec",
          "def",
          "deleted",
          "deps",
          "detail",
          "digits",
          "dir",
          "doc",
          "document",
          "documented",
          "down",
          "driver",
          "dst",
          "dup",
          "e",
          "ecKey",
          "entities",
          "envelope",
          "ep",
          "err",
          "errs",
          "event",
          "events",
          "excluded",
          "existing",
          "exists",
          "expected",
          "expires",
          "f",
          "failed",
          "failure",
          "fe",
          "field",
          "fields",
          "filter",
          "flat",
          "fn",
          "forbidden",
          "forged",
          "form",
          "format",
          "found",
          "ft",
          "g",
          "get",
          "got",
          "guard",
          "guarded",
          "h",
          "handlers",
          "header",
          "human",
          "i",
          "id",
          "idp",
          "ids",
          "imported",
          "in",
          "info",
          "input",
          "invalid",
          "issuer",
          "item",
          "items",
          "js",
          "jwk",
          "key",
          "keySet",
          "keys",
          "kid",
          "known",
          "l",
          "lag",
          "limit",
          "limited",
          "list",
          "loaded",
          "loader",
          "log",
          "logged",
          "logger",
          "logs",
          "m",
          "max",
          "members",
          "message",
          "method",
          "migrate",
          "min",
          "missing",
          "month",
          "msg",
          "n",
          "name",
          "names",
          "nc",
          "next",
          "node",
          "none",
          "now",
          "o",
          "object",
          "offset",
          "ok",
          "oldest",
          "one",
          "other",
          "out",
          "outer",
          "owner",
          "p",
          "pad",
          "page",
          "pages",
          "params",
          "parent",
          "parsed",
          "parts",
          "path",
          "pattern",
          "payload",
          "payloads",
          "pending",
          "ping",
          "pool",
          "port",
          "prefix",
          "problem",
          "published",
          "publisher",
          "q",
          "r",
          "raw",
          "re",
          "readOnly",
          "ready",
          "rec",
          "received",
          "record",
          "refused",
          "registered",
          "relay",
          "remove",
          "repo",
          "repos",
          "req",
          "resp",
          "right",
          "role",
          "roles",
          "root",
          "rotated",
          "route",
          "routes",
          "row",
          "rows",
          "rsaKey",
          "s",
          "sample",
          "scale",
          "schema",
          "scheme",
          "scope",
          "scoped",
          "seen",
          "send",
          "sent",
          "sequences",
          "serve",
          "served",
          "set",
          "settings",
          "shouting",
          "signed",
          "snapshot",
          "source",
          "sources",
          "spec",
          "src",
          "srv",
          "stale",
          "start",
          "status",
          "steps",
          "stop",
          "stored",
          "stream",
          "subject",
          "suffix",
          "syntax",
          "t",
          "tables",
          "tag",
          "target",
          "tests",
          "three",
          "ticker",
          "timeout",
          "times",
          "token",
          "trimmed",
          "ts",
          "tt",
          "tx",
          "types",
          "u",
          "unknown",
          "unsupported",
          "until",
          "unverified",
          "update",
          "updated",
          "url",
          "v",
          "valid",
          "validation",
          "value",
          "values",
          "ve",
          "version",
          "view",
          "w",
          "want",
          "who",
          "with",
          "ww",
          "x",
          "y",
          "year",
          "zero");

  private final DomainModel model;
  private final Api api;
  private final GoEventViews.Events events;
  private final Map<String, AggregateNames> names = new HashMap<>();
  private final GoImports imports;
  private final dev.dddgen.schema.RelationalSchema schema;
  private final Map<String, Integer> eventDeclarers = new HashMap<>();

  /** The names of an aggregate used across layers ({@link GoAggregateNames} makes them). */
  public record AggregateNames(
      String name,
      String pkg,
      String ref,
      String receiver,
      String plural,
      String pluralLocal,
      String path,
      String file) {}

  public GoProject(DomainModel model) {
    this.model = model;
    this.api = Api.of(model);
    this.events = GoEventViews.of(dev.dddgen.api.Events.of(model));
    Map<String, String> qualifiers = new LinkedHashMap<>();
    for (Aggregate aggregate : model.aggregates()) {
      AggregateNames named = GoAggregateNames.of(aggregate);
      names.put(aggregate.name(), named);
      qualifiers.put(named.ref(), named.pkg());
    }
    this.imports = new GoImports(model.project().module(), qualifiers);
    // Built with the names, not on first use: groups read it from several threads.
    this.schema = dev.dddgen.schema.SchemaBuilder.build(model);
    for (Aggregate aggregate : model.aggregates()) {
      aggregate.events().forEach(event -> eventDeclarers.merge(event.name(), 1, Integer::sum));
    }
  }

  /**
   * How many aggregates declare an event of this name: counted once, since asking every aggregate
   * for each event's data type was quadratic (a tenth of a 1,000-aggregate generation's CPU).
   */
  int eventDeclarers(String event) {
    return eventDeclarers.getOrDefault(event, 0);
  }

  /** The relational schema of the model. */
  public dev.dddgen.schema.RelationalSchema schema() {
    return schema;
  }

  public DomainModel model() {
    return model;
  }

  /** The HTTP API the service serves, resolved once per generation. */
  public Api api() {
    return api;
  }

  /** What the Go templates need of the events the service publishes. */
  public GoEventViews.Events events() {
    return events;
  }

  public String module() {
    return model.project().module();
  }

  public GoImports imports() {
    return imports;
  }

  public AggregateNames names(String aggregate) {
    return names.get(aggregate);
  }

  public AggregateNames names(Aggregate aggregate) {
    return names.get(aggregate.name());
  }

  /**
   * The generic page type of package dto: {@code Page}, unless an aggregate already has that name.
   */
  public String pageType() {
    return model.aggregate("Page").isPresent() ? "PageOf" : "Page";
  }

  /** The keys every template sees. */
  public Map<String, Object> keys() {
    Map<String, Object> keys = new LinkedHashMap<>();
    keys.put("module", module());
    keys.put("projectName", model.project().name());
    keys.put("pageType", pageType());
    List<Map<String, Object>> aggregates = new ArrayList<>();
    for (Aggregate aggregate : model.aggregates()) {
      AggregateNames n = names(aggregate);
      Map<String, Object> summary = new LinkedHashMap<>();
      summary.put("name", n.name());
      summary.put("package", n.pkg());
      summary.put("ref", n.ref());
      summary.put("receiver", n.receiver());
      summary.put("plural", n.plural());
      summary.put("pluralLocal", n.pluralLocal());
      summary.put("path", n.path());
      aggregates.add(summary);
    }
    keys.put("aggregates", aggregates);
    keys.put("security", GoSecurityViews.of(api()));
    return keys;
  }
}
