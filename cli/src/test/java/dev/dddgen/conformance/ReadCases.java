package dev.dddgen.conformance;

import dev.dddgen.api.Api;
import dev.dddgen.api.Operation;
import dev.dddgen.api.Operation.Kind;
import dev.dddgen.api.Resource;
import dev.dddgen.api.Sample;
import dev.dddgen.api.Sample.Obj;
import dev.dddgen.conformance.Client.Request;
import dev.dddgen.model.Field;
import dev.dddgen.model.FieldType;
import dev.dddgen.model.Scalar;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * A resource's reads: create then get (ETag, Location, the same body), unknown and malformed ids,
 * list pages walked by cursor (no gap, no duplicate), each filter, malformed list parameters, and
 * 405 with the methods each path serves in Allow (OPTIONS included).
 */
final class ReadCases {
  /** A page size small enough that the created resources span several pages. */
  private static final int PAGE = 2;

  private final Conformance run;
  private final Resource resource;

  ReadCases(Conformance run, Resource resource) {
    this.run = run;
    this.resource = resource;
  }

  private String name(String kind) {
    return resource.name() + ": " + kind;
  }

  void run() {
    methodsNotAllowed();
    String unknown = item(UUID.randomUUID().toString());
    if (resource.operation(Kind.GET).isPresent()) {
      run.check(
          name("get an unknown id"),
          Request.of("GET", unknown, null),
          Expect.problem(404, unknown));
      run.check(
          name("get a malformed id"),
          Request.of("GET", item("42"), null),
          Expect.problem(400, item("42")));
    }
    if (resource.operation(Kind.CREATE).isEmpty()) {
      return;
    }
    Obj sent = run.fixtures().body(resource.aggregate(), Map.of(), false);
    String body = Conformance.json(sent);
    Answer created =
        run.check(
            name("create with the required fields"),
            Request.of("POST", resource.collectionPath(), body),
            Expect.success(201)
                .etag("\"1\"")
                .version(1)
                .check(
                    a ->
                        a.location().equals(Optional.of(item(a.json().path("id").asString())))
                            ? null
                            : "Location "
                                + a.location().orElse("(none)")
                                + " is not the new resource's path")
                .check(this::createdNow)
                .check(a -> echoes(sent, a.json())));
    run.check(
        name("create with every field"),
        Request.of(
            "POST",
            resource.collectionPath(),
            Conformance.json(run.fixtures().body(resource.aggregate(), Map.of(), true))),
        Expect.success(201).etag("\"1\"").version(1));
    JsonNode resourceJson = created.json();
    if (resource.operation(Kind.GET).isPresent()) {
      run.check(
          name("get"),
          Request.of("GET", item(resourceJson.path("id").asString()), null),
          Expect.success(200)
              .etag("\"1\"")
              .check(
                  a ->
                      a.json().equals(resourceJson)
                          ? null
                          : "GET differs from what POST returned"));
    }
    resource.operation(Kind.LIST).ifPresent(list -> lists(list, resourceJson));
  }

  /** A new resource was created and last updated at the same instant. */
  private String createdNow(Answer a) {
    String created = a.json().path("createdAt").asString();
    return !created.isBlank() && created.equals(a.json().path("updatedAt").asString())
        ? null
        : "createdAt " + created + " and updatedAt " + a.json().path("updatedAt") + " differ";
  }

  /**
   * The new resource holds what was sent, its defaults where a field was left out, and null for an
   * optional one left out. Timestamps and composite values are left out: a service may normalise
   * them (to UTC, to microseconds).
   */
  private String echoes(Obj sent, JsonNode json) {
    List<String> wrong = new ArrayList<>();
    for (Field field : resource.aggregate().fields()) {
      if (run.fixtures().scenarios().composite(field) || isTimestamp(field)) {
        continue;
      }
      JsonNode value = json.path(field.name());
      String actual =
          value.isNull() ? "null" : value.isString() ? value.asString() : value.toString();
      String expected =
          sent.members().stream()
              .filter(m -> m.name().equals(field.name()))
              .map(
                  m ->
                      m.value() instanceof Sample.Text t
                          ? t.value()
                          : ((Sample.Bare) m.value()).literal())
              .findFirst()
              .orElse(field.defaultValue().orElse("null"));
      if (!expected.equals(actual)) {
        wrong.add(field.name() + " is " + actual + ", not " + expected);
      }
    }
    return wrong.isEmpty() ? null : "the new resource does not hold what was sent: " + wrong;
  }

  private boolean isTimestamp(Field field) {
    return run.fixtures().scenarios().leaf(field).type() instanceof FieldType.Builtin b
        && b.scalar() == Scalar.TIMESTAMP;
  }

  private void lists(Operation list, JsonNode resourceJson) {
    List<String> created = new ArrayList<>(List.of(resourceJson.path("id").asString()));
    for (int i = 0; i < PAGE + 1; i++) {
      created.add(run.fixtures().create(resource.aggregate(), Map.of()).path("id").asString());
    }
    walkPages(created);
    String collection = resource.collectionPath();
    for (Field filter : list.filters()) {
      // An optional field the first resource left out is null, which no filter takes (a filter on
      // a uuid takes a uuid, as the OpenAPI document says): filter by a resource that has it.
      JsonNode holder =
          resourceJson.path(filter.name()).isNull()
              ? run.fixtures().createWithEvery(resource.aggregate())
              : resourceJson;
      JsonNode value = holder.path(filter.name());
      String text = value.isString() ? value.asString() : value.toString();
      run.check(
          name("list filtered by " + filter.name()),
          Request.of(
              "GET",
              collection + "?" + filter.name() + "=" + encode(text) + "&limit=" + Api.MAX_LIMIT,
              null),
          Expect.success(200)
              .check(
                  a -> {
                    List<String> wrong = new ArrayList<>();
                    a.json()
                        .path("items")
                        .forEach(
                            item -> {
                              if (!item.path(filter.name()).equals(value)) {
                                wrong.add(item.path("id").asString());
                              }
                            });
                    return a.json().path("items").isEmpty()
                        ? "no item where " + filter.name() + " is " + text
                        : wrong.isEmpty()
                            ? null
                            : "items whose " + filter.name() + " is not " + text + ": " + wrong;
                  }));
      if (!isText(filter)) {
        run.check(
            name("list with a malformed " + filter.name()),
            Request.of("GET", collection + "?" + filter.name() + "=zz-not-valid", null),
            Expect.problem(400, collection).errors(filter.name()));
      }
    }
    run.check(
        name("list with an unknown parameter"),
        Request.of("GET", collection + "?zzUnknown=1", null),
        Expect.problem(400, collection).errors("zzUnknown"));
    for (var bad :
        Map.of(
                "a malformed cursor", "cursor=zz-not-a-cursor",
                "a limit that is not a number", "limit=abc",
                "a limit over the maximum", "limit=" + (Api.MAX_LIMIT + 1),
                "a limit of 0", "limit=0")
            .entrySet()
            .stream()
            .sorted(Map.Entry.comparingByKey())
            .toList()) {
      run.check(
          name("list with " + bad.getKey()),
          Request.of("GET", collection + "?" + bad.getValue(), null),
          Expect.problem(400, collection));
    }
  }

  /** Walks the whole collection a small page at a time: every resource once, the new ones seen. */
  private void walkPages(List<String> created) {
    List<String> seen = new ArrayList<>();
    List<String> violations = new ArrayList<>();
    String cursor = null;
    Answer first = null;
    for (int pages = 0; pages < 500; pages++) {
      String path =
          resource.collectionPath()
              + "?limit="
              + PAGE
              + (cursor == null ? "" : "&cursor=" + encode(cursor));
      Answer page = run.client().send(Request.of("GET", path, null));
      first = first == null ? page : first;
      if (page.status() != 200) {
        violations.add(path + " answered " + page.describe());
        break;
      }
      JsonNode items = page.json().path("items");
      if (items.size() > PAGE) {
        violations.add(path + " has " + items.size() + " items, over the limit " + PAGE);
      }
      items.forEach(i -> seen.add(i.path("id").asString()));
      JsonNode next = page.json().path("nextCursor");
      if (next.isNull() || next.isMissingNode()) {
        break;
      }
      cursor = next.asString();
    }
    Set<String> unique = new HashSet<>(seen);
    if (unique.size() != seen.size()) {
      violations.add("a resource on two pages: " + seen);
    }
    List<String> missing = created.stream().filter(id -> !unique.contains(id)).toList();
    if (!missing.isEmpty()) {
      violations.add("created but on no page: " + missing);
    }
    run.record(
        name("list pages by cursor"),
        "GET " + resource.collectionPath() + "?limit=" + PAGE + "...",
        first,
        violations);
  }

  /**
   * 405 with Allow for the methods a path does not serve: PATCH always, OPTIONS (which the OpenAPI
   * document lists on no path, and Spring MVC would answer itself), and the missing commands.
   */
  private void methodsNotAllowed() {
    String collection = resource.collectionPath();
    String item = item(UUID.randomUUID().toString());
    String collectionAllows = allowed(Map.of("GET", Kind.LIST, "POST", Kind.CREATE));
    String itemAllows = allowed(Map.of("GET", Kind.GET, "PUT", Kind.UPDATE, "DELETE", Kind.DELETE));
    run.check(
        name("PATCH the collection"),
        Request.of("PATCH", collection, "{}"),
        Expect.problem(405, collection).allow(collectionAllows));
    run.check(
        name("PATCH a resource"),
        Request.of("PATCH", item, "{}"),
        Expect.problem(405, item).allow(itemAllows));
    run.check(
        name("OPTIONS the collection"),
        Request.of("OPTIONS", collection, null),
        Expect.problem(405, collection).allow(collectionAllows));
    run.check(
        name("OPTIONS a resource"),
        Request.of("OPTIONS", item, null),
        Expect.problem(405, item).allow(itemAllows));
    if (resource.operation(Kind.UPDATE).isEmpty()) {
      run.check(
          name("PUT without an update command"),
          Request.of("PUT", item, "{\"version\":1}"),
          Expect.problem(405, item).allow(itemAllows));
    }
    if (resource.operation(Kind.DELETE).isEmpty()) {
      run.check(
          name("DELETE without a delete command"),
          Request.of("DELETE", item, null),
          Expect.problem(405, item).allow(itemAllows));
    }
  }

  /**
   * The Allow header of a path: the methods of the kinds it serves, in RFC 9110's usual order, and
   * HEAD wherever GET is served (RFC 9110 9.3.2).
   */
  private String allowed(Map<String, Kind> methods) {
    StringJoiner allow = new StringJoiner(", ");
    for (String method : List.of("GET", "POST", "PUT", "PATCH", "DELETE")) {
      if (methods.containsKey(method) && resource.operation(methods.get(method)).isPresent()) {
        allow.add(method);
        if (method.equals("GET")) {
          allow.add("HEAD");
        }
      }
    }
    return allow.toString();
  }

  private String item(String id) {
    return resource.itemPath().replace("{id}", id);
  }

  private boolean isText(Field field) {
    return run.fixtures().scenarios().leaf(field).type() instanceof FieldType.Builtin b
        && (b.scalar() == Scalar.STRING || b.scalar() == Scalar.TEXT);
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
