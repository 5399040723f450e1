package dev.dddgen.stack.go;

import dev.dddgen.api.Scenarios;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Command;
import dev.dddgen.naming.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code tests.http}: the cases of the generated HTTP handler tests. */
final class HttpTestsContext {
  private HttpTestsContext() {}

  static Map<String, Object> of(GoProject p, Aggregate a, Map<String, Object> aggregate) {
    String path = p.names(a).path();
    String validConst = "valid" + a.name();
    String body = "`" + HttpTestsBodies.valid(p.model(), a) + "`";
    List<Object> get = new ArrayList<>();
    a.query(dev.dddgen.model.Query.Kind.BY_ID)
        .ifPresent(q -> get.add(Maps.of("name", q.name(), "path", path)));
    List<Object> delete = new ArrayList<>();
    a.command(Command.Kind.DELETE)
        .ifPresent(
            c -> {
              // A guarded delete is tried on a row its guards allow, then on one they refuse.
              String allowed =
                  HttpTestsActions.create(
                      a, validConst, c.guards().isEmpty() ? Map.of() : Scenarios.allowed(c));
              List<Object> refused =
                  Scenarios.refusals(a, c).stream()
                      .limit(1)
                      .map(
                          r ->
                              (Object)
                                  Maps.of(
                                      "body", HttpTestsActions.create(a, validConst, r.state())))
                      .toList();
              delete.add(
                  Maps.of(
                      "name",
                      c.name(),
                      "path",
                      path,
                      "createBody",
                      allowed,
                      "checkGone",
                      !get.isEmpty(),
                      "refused",
                      refused));
            });
    List<Object> createEvent = new ArrayList<>();
    a.command(Command.Kind.CREATE)
        .flatMap(Command::emits)
        .ifPresent(e -> createEvent.add(Maps.of("name", e, "path", path)));
    List<Object> create = new ArrayList<>();
    List<Object> duplicates = new ArrayList<>();
    Optional<Command> cc = a.command(Command.Kind.CREATE);
    if (cc.isPresent()) {
      String name = cc.get().name();
      List<Object> cases = new ArrayList<>();
      cases.add(
          Maps.of(
              "name",
              "\"valid\"",
              "body",
              validConst,
              "status",
              "http.StatusCreated",
              "fields",
              List.of()));
      String every = "`" + HttpTestsBodies.body(p.model(), a, true) + "`";
      if (!every.equals(body)) {
        cases.add(
            Maps.of(
                "name",
                "\"valid with every field\"",
                "body",
                every,
                "status",
                "http.StatusCreated",
                "fields",
                List.of()));
      }
      String[] invalid = HttpTestsBodies.invalid(p.model(), a);
      if (invalid != null) {
        cases.add(
            Maps.of(
                "name",
                "\"invalid fields\"",
                "body",
                invalid[0],
                "status",
                "http.StatusBadRequest",
                "fields",
                List.of(invalid[1])));
      }
      List<String> required = new ArrayList<>();
      for (dev.dddgen.model.Field f : a.fields()) {
        if (!f.omittable()) {
          required.add(HttpTestsBodies.quote(f.name()));
        }
      }
      if (!required.isEmpty()) {
        cases.add(
            Maps.of(
                "name",
                "\"missing fields\"",
                "body",
                "`{}`",
                "status",
                "http.StatusBadRequest",
                "fields",
                List.of("[]string{" + String.join(", ", required) + "}")));
      }
      Map<String, Object> unknown = bad("unknown field", "`{\"unknownField\":1}`");
      unknown.put("fields", List.of("[]string{\"unknownField\"}"));
      cases.add(unknown);
      cases.add(bad("malformed JSON", "`{`"));
      cases.add(bad("trailing data", validConst + " + `{}`"));
      cases.add(bad("empty body", "``"));
      List<String> checks = new ArrayList<>();
      for (dev.dddgen.model.Field f : a.fields()) {
        if (f.omittable() || DomainTestsValues.composite(p.model(), f)) {
          continue;
        }
        String v = HttpTestsBodies.value(p.model(), f, false);
        checks.add(
            (v.startsWith("\"") || v.equals("true") || v.equals("false")
                    ? "assert.Equal(t, "
                    : "assert.EqualValues(t, ")
                + v
                + ", out[\""
                + f.name()
                + "\"])");
      }
      create.add(Maps.of("name", name, "path", path, "cases", cases, "checks", checks));
      for (dev.dddgen.model.Field f : a.fields()) {
        if (f.unique()) {
          duplicates.add(
              Maps.of(
                  "test",
                  "Test" + name + "Duplicate" + Names.pascal(f.name()),
                  "path",
                  path,
                  "original",
                  f.omittable() ? HttpTestsBodies.original(p.model(), a, f) : validConst,
                  "body",
                  HttpTestsBodies.duplicate(p.model(), a, f),
                  "fieldLiteral",
                  HttpTestsBodies.quote(f.name())));
        }
      }
    }
    List<Object> update = new ArrayList<>();
    Optional<Command> uc = a.command(Command.Kind.UPDATE);
    if (uc.isPresent()) {
      String rest = "`" + body.substring(2);
      // An aggregate whose fields are all optional is created with {}: no comma after the version.
      String comma = body.equals("`{}`") ? "" : ",";
      List<Object> cases = new ArrayList<>();
      cases.add(
          Maps.of(
              "name",
              "\"current version\"",
              "usesV",
              true,
              "body",
              "fmt.Sprintf(`{\"version\":%v" + comma + "`, v) + " + rest,
              "status",
              "http.StatusOK",
              "fields",
              List.of()));
      cases.add(
          Maps.of(
              "name",
              "\"stale version\"",
              "usesV",
              true,
              "body",
              "fmt.Sprintf(`{\"version\":%v" + comma + "`, v-1) + " + rest,
              "status",
              "http.StatusConflict",
              "fields",
              List.of()));
      cases.add(
          Maps.of(
              "name",
              "\"version missing\"",
              "usesV",
              false,
              "body",
              body,
              "status",
              "http.StatusBadRequest",
              "fields",
              List.of("[]string{\"version\"}")));
      update.add(
          Maps.of(
              "name",
              uc.get().name(),
              "path",
              path,
              "createBody",
              body,
              "cases",
              cases,
              "versionOneBody",
              "`{\"version\":1" + comma + body.substring(2)));
    }
    List<Object> list = new ArrayList<>();
    Optional<dev.dddgen.model.Query> lq =
        a.query(dev.dddgen.model.Query.Kind.LIST).filter(q -> q.paginate());
    if (lq.isPresent() && cc.isPresent()) {
      List<String> filters = new ArrayList<>();
      for (String fname : lq.get().filters()) {
        if (a.field(fname).map(f -> !f.unique()).orElse(false)) {
          filters.add(fname);
        }
      }
      List<String> bodies = new ArrayList<>();
      for (int i = 1; i <= 3; i++) {
        bodies.add(HttpTestsBodies.listBody(p.model(), a, validConst, filters, i, null));
      }
      List<String> others = new ArrayList<>();
      List<String> query = new ArrayList<>();
      List<Object> bads = new ArrayList<>();
      for (int j = 0; j < filters.size(); j++) {
        String fname = filters.get(j);
        others.add(HttpTestsBodies.listBody(p.model(), a, validConst, filters, 10 + j, fname));
        dev.dddgen.model.Field f = a.field(fname).get();
        String v = HttpTestsBodies.value(p.model(), f, false);
        if (v.startsWith("\"")) {
          v = v.substring(1, v.length() - 1);
        }
        query.add(fname + "=" + v);
        if (!HttpTestsBodies.text(p.model(), f)) {
          // "x" is no number, date, id or enum value; it is a perfectly good text filter.
          bads.add(
              Maps.of(
                  "query",
                  "`" + path + "?" + fname + "=x`",
                  "field",
                  HttpTestsBodies.quote(fname)));
        }
      }
      list.add(
          Maps.of(
              "name",
              lq.get().name(),
              "path",
              path,
              "bodies",
              bodies,
              "hasOthers",
              !others.isEmpty(),
              "others",
              others,
              "target",
              "\"" + path + "?" + String.join("&", query) + "\"",
              "bad",
              bads));
    }
    return Maps.of(
        "validConst",
        validConst,
        "validBody",
        body,
        "create",
        create,
        "duplicates",
        duplicates,
        "get",
        get,
        "update",
        update,
        "delete",
        delete,
        "actions",
        HttpTestsActions.of(p, a, path),
        "list",
        list,
        "createEvent",
        createEvent);
  }

  private static Map<String, Object> bad(String name, String body) {
    return Maps.of(
        "name",
        "\"" + name + "\"",
        "body",
        body,
        "status",
        "http.StatusBadRequest",
        "fields",
        List.of());
  }

  /** The {@code common} key of common_test.go. */
  static Map<String, Object> common(GoProject p) {
    List<Aggregate> aggregates = p.model().aggregates();
    Optional<Aggregate> creatable =
        aggregates.stream().filter(a -> a.command(Command.Kind.CREATE).isPresent()).findFirst();
    String collection = p.names(creatable.orElse(aggregates.get(0))).path();
    List<String> command = new ArrayList<>();
    for (Aggregate a : aggregates) {
      Optional<Command> action = a.command(Command.Kind.ACTION);
      if (action.isPresent()) {
        command.add(
            p.api()
                .resource(a.name())
                .operation(action.get().name())
                .path()
                .replace("{id}", SAMPLE_ID));
        break;
      }
    }
    return Maps.of(
        "collection",
        collection,
        "command",
        command,
        "streamed",
        creatable.isPresent(),
        "nul",
        nulRequests(p));
  }

  /**
   * Requests carrying U+0000, which PostgreSQL text cannot store: a create body whose first plain
   * string field starts with it, and a list filtered on a plain string field holding it. Either is
   * absent when no aggregate has such a field.
   */
  private static List<Object> nulRequests(GoProject p) {
    List<Object> out = new ArrayList<>();
    for (Aggregate a : p.model().aggregates()) {
      if (a.command(Command.Kind.CREATE).isEmpty()) {
        continue;
      }
      Optional<dev.dddgen.model.Field> text =
          a.fields().stream().filter(HttpTestsContext::plainText).findFirst();
      if (text.isEmpty()) {
        continue;
      }
      dev.dddgen.model.Field f = text.get();
      String sample = dev.dddgen.model.Samples.valid(p.model(), f);
      if (sample.isEmpty()) {
        continue;
      }
      String body = HttpTestsBodies.body(p.model(), a, true);
      String member =
          HttpTestsBodies.quote(f.name()) + ":" + HttpTestsBodies.value(p.model(), f, true);
      // Same length in characters: only the first one is replaced.
      String nul =
          HttpTestsBodies.quote(f.name())
              + ":\"\\u0000"
              + HttpTestsBodies.quote(sample.substring(1)).substring(1);
      if (!body.contains(member)) {
        continue;
      }
      out.add(
          Maps.of(
              "name",
              "\"NUL character in the body\"",
              "method",
              "Post",
              "target",
              "\"" + p.names(a).path() + "\"",
              "body",
              GoNames.raw(body.replace(member, nul)),
              "fields",
              List.of()));
      break;
    }
    for (Aggregate a : p.model().aggregates()) {
      Optional<dev.dddgen.model.Query> list =
          a.query(dev.dddgen.model.Query.Kind.LIST).filter(q -> q.paginate());
      Optional<String> filter =
          list.flatMap(
              q ->
                  q.filters().stream()
                      .filter(name -> a.field(name).map(HttpTestsContext::plainText).orElse(false))
                      .findFirst());
      if (filter.isPresent()) {
        out.add(
            Maps.of(
                "name",
                "\"NUL character in a filter\"",
                "method",
                "Get",
                "target",
                "\"" + p.names(a).path() + "?" + filter.get() + "=a%00b\"",
                "body",
                "\"\"",
                "fields",
                List.of("[]string{" + GoNames.quote(filter.get()) + "}")));
        break;
      }
    }
    return out;
  }

  private static boolean plainText(dev.dddgen.model.Field f) {
    return f.type() instanceof dev.dddgen.model.FieldType.Builtin b
        && b.scalar().isTextual()
        && f.constraints().pattern().isEmpty();
  }

  /**
   * The id of a resource the tests never create: requests to it fail before or after the body is
   * read.
   */
  static final String SAMPLE_ID = "0190f4c2-7a00-7000-8000-000000000001";
}
