package dev.dddgen.stack.go;

import dev.dddgen.api.Api;
import dev.dddgen.api.Operation;
import dev.dddgen.api.Reach;
import dev.dddgen.api.Request;
import dev.dddgen.api.Resource;
import dev.dddgen.api.Sample;
import dev.dddgen.api.Scenarios;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Command;
import dev.dddgen.model.DomainModel;
import dev.dddgen.model.Entity;
import dev.dddgen.model.Field;
import dev.dddgen.model.Lifecycle;
import dev.dddgen.model.Query;
import dev.dddgen.naming.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The view of the generated HTTP handler tests ({@code go/http/handler/aggregate_test}): the sample
 * values of {@link Scenarios} as JSON members, the names of the fields each case breaks, and the
 * values the responses must hold. The template spells every case and assertion; its partials {@code
 * json_object}, {@code json_members} and {@code created} build the request bodies.
 */
final class HttpTestsViews {
  private HttpTestsViews() {}

  /** The handler test of an aggregate, under {@code aggregate}. */
  record HttpTests(
      String name,
      String path,
      String validConst,
      JsonObject valid,
      List<CreateTest> create,
      List<EventTest> createEvent,
      List<DuplicateTest> duplicates,
      List<UseCaseTest> get,
      List<UseCaseTest> update,
      List<DeleteTest> delete,
      List<ActionTest> actions,
      List<ListTest> list,
      List<ReadOnlyTest> readOnly) {}

  /**
   * The test that create ({@code name}) and, when there is one, {@code update} refuse each field
   * only commands change.
   */
  record ReadOnlyTest(String name, boolean update, List<ReadOnlyCase> cases) {}

  /**
   * A field create and update refuse: the body {@code member} giving it its default, and what the
   * client is told (a Go string literal).
   */
  record ReadOnlyCase(String field, String member, String message) {}

  /** A JSON object of a request body, its members in order. */
  record JsonObject(List<JsonMember> members) {
    public boolean hasMembers() {
      return !members.isEmpty();
    }
  }

  /**
   * A member of a JSON body: its name as a JSON string, its value's JSON ({@code 12}, {@code
   * "PAID"}, {@code {"amount":"12.50","currency":"AAA"}}); {@code first} tells where no comma goes.
   */
  record JsonMember(String name, String value, boolean first) {}

  /**
   * A body made from the valid one ({@code validConst}) by setting {@code changes}, with the tests'
   * helper {@code withMembers}; the valid body itself when nothing changes. The {@code steps} are
   * the actions that then bring the new resource into the state wanted ({@link Reach}), after which
   * it is at {@code version}.
   */
  record Created(Optional<JsonObject> changes, List<Step> steps, long version) {
    public boolean hasSteps() {
      return !steps.isEmpty();
    }

    /** A version the resource is not at. */
    public long staleVersion() {
      return version + 6;
    }
  }

  /** An action taken on the way to a state: its path segment and body. */
  record Step(String segment, JsonObject body, boolean first) {}

  /**
   * The create test: {@code every} is the body with every field when it differs from the valid one,
   * {@code invalid} the body breaking what can be broken, {@code required} the fields a body may
   * not leave out, {@code checks} the values the created resource must echo.
   */
  record CreateTest(
      String name,
      Optional<JsonObject> every,
      Optional<InvalidBody> invalid,
      FieldNames required,
      List<Check> checks) {}

  /** The fields a problem's {@code errors} name, written by {@code field_names}. */
  record FieldNames(List<FieldName> names) {
    public boolean hasNames() {
      return !names.isEmpty();
    }
  }

  /** A field named in a problem's {@code errors}; {@code first} tells where no comma goes. */
  record FieldName(String name, boolean first) {}

  /** A body and the fields it breaks. */
  record InvalidBody(JsonObject body, FieldNames fields) {}

  /**
   * A member the response must hold: its JSON literal, compared by {@code assert.Equal} (strings
   * and booleans) or, for numbers, {@code assert.EqualValues}.
   */
  record Check(String field, String value, boolean equalValues) {}

  /** The event the create command publishes. */
  record EventTest(String event) {}

  /** A use case tested from the valid body alone. */
  record UseCaseTest(String name) {}

  /**
   * A unique field's duplicate test: the {@code original} body it collides with (the valid one when
   * empty) and the {@code duplicate}, whose other unique fields differ.
   */
  record DuplicateTest(
      String test, String field, Optional<JsonObject> original, JsonObject duplicate) {}

  /**
   * The delete test: the resource is created {@code allowed} by the delete's guards and, when they
   * refuse some state, once more in the first {@code refused} one.
   */
  record DeleteTest(String name, Created allowed, boolean checkGone, List<Created> refused) {
    /** A version the allowed resource is not at. */
    public long nextVersion() {
      return allowed.version() + 1;
    }
  }

  /**
   * An action's table test: the resource created {@code allowed} by its guards, the action's valid
   * {@code params}, every refused state, every body missing one required parameter, and the {@code
   * effects} its assignments have.
   */
  record ActionTest(
      String name,
      String segment,
      Created allowed,
      JsonObject params,
      List<Refusal> refusals,
      List<Missing> missing,
      List<Effect> effects) {}

  record Refusal(String field, String value, Created state) {}

  record Missing(String field, JsonObject body) {}

  /** A field an action sets, and its JSON literal. */
  record Effect(String field, String value) {}

  /**
   * The list test: the three {@code bodies} the filter matches, the {@code others} it must not, the
   * filtered {@code target} (a Go string) and the filters a bad value is refused for.
   */
  record ListTest(
      String name,
      List<Created> bodies,
      List<Created> others,
      String target,
      FieldNames badFilters) {
    public boolean hasOthers() {
      return !others.isEmpty();
    }
  }

  static HttpTests of(GoProject p, Aggregate a) {
    DomainModel model = p.model();
    Scenarios scenarios = Scenarios.of(p.api());
    String validConst = "valid" + a.name();
    JsonObject valid = object(scenarios.body(a, false), HttpTestsBodies::quote);

    List<CreateTest> create = new ArrayList<>();
    List<DuplicateTest> duplicates = new ArrayList<>();
    Optional<Command> cc = a.command(Command.Kind.CREATE);
    cc.ifPresent(c -> create.add(create(model, scenarios, a, c, valid)));
    cc.ifPresent(
        c -> {
          for (Field f : a.fields()) {
            if (f.unique()) {
              duplicates.add(
                  new DuplicateTest(
                      "Test" + c.name() + "Duplicate" + Names.pascal(f.name()),
                      f.name(),
                      f.omittable() ? Optional.of(duplicate(model, a, f, false)) : Optional.empty(),
                      duplicate(model, a, f, true)));
            }
          }
        });

    List<DeleteTest> delete = new ArrayList<>();
    a.command(Command.Kind.DELETE)
        .ifPresent(
            c ->
                delete.add(
                    new DeleteTest(
                        c.name(),
                        created(p, a, c.guards().isEmpty() ? Map.of() : Scenarios.allowed(c)),
                        a.query(Query.Kind.BY_ID).isPresent(),
                        Scenarios.refusals(a, c).stream()
                            .flatMap(r -> reached(p, a, r.state()).stream())
                            .limit(1)
                            .toList())));

    List<ListTest> list = new ArrayList<>();
    Optional<Query> lq = a.query(Query.Kind.LIST).filter(Query::paginate);
    if (lq.isPresent() && cc.isPresent()) {
      list.add(list(p, model, a, p.names(a).path(), validConst, lq.get()));
    }

    return new HttpTests(
        a.name(),
        p.names(a).path(),
        validConst,
        valid,
        List.copyOf(create),
        cc.flatMap(Command::emits).map(EventTest::new).stream().toList(),
        List.copyOf(duplicates),
        a.query(Query.Kind.BY_ID).map(q -> new UseCaseTest(q.name())).stream().toList(),
        a.command(Command.Kind.UPDATE).map(c -> new UseCaseTest(c.name())).stream().toList(),
        List.copyOf(delete),
        actions(p, scenarios, a),
        List.copyOf(list),
        readOnly(p, a));
  }

  private static List<ReadOnlyTest> readOnly(GoProject p, Aggregate a) {
    List<ReadOnlyCase> cases = new ArrayList<>();
    for (Request.ReadOnlyField f : Api.readOnlyFields(a)) {
      String value = f.field().defaultValue().orElseThrow();
      cases.add(
          new ReadOnlyCase(
              f.field().name(),
              "{"
                  + HttpTestsBodies.quote(f.field().name())
                  + ":"
                  + HttpTestsBodies.json(f.field(), value)
                  + "}",
              GoNames.quote(f.message())));
    }
    return a
        .command(Command.Kind.CREATE)
        .filter(c -> !cases.isEmpty())
        .map(
            c ->
                new ReadOnlyTest(
                    c.name(), a.command(Command.Kind.UPDATE).isPresent(), List.copyOf(cases)))
        .stream()
        .toList();
  }

  private static CreateTest create(
      DomainModel model, Scenarios scenarios, Aggregate a, Command c, JsonObject valid) {
    JsonObject every = object(scenarios.body(a, true), HttpTestsBodies::quote);
    Optional<InvalidBody> invalid =
        scenarios
            .invalid(a)
            .map(
                i ->
                    new InvalidBody(
                        object(i.body(), HttpTestsBodies::quoteInRaw), fieldNames(i.fields())));
    List<String> required = new ArrayList<>();
    List<Check> checks = new ArrayList<>();
    for (Field f : a.fields()) {
      if (f.omittable()) {
        continue;
      }
      required.add(f.name());
      if (!DomainTestsValues.composite(model, f)) {
        String v = HttpTestsBodies.value(model, f, false);
        boolean text = v.startsWith("\"") || v.equals("true") || v.equals("false");
        checks.add(new Check(f.name(), v, !text));
      }
    }
    return new CreateTest(
        c.name(),
        every.equals(valid) ? Optional.empty() : Optional.of(every),
        invalid,
        fieldNames(required),
        List.copyOf(checks));
  }

  private static List<ActionTest> actions(GoProject p, Scenarios scenarios, Aggregate a) {
    Resource resource = p.api().resource(a.name());
    List<ActionTest> out = new ArrayList<>();
    for (Command c : a.commands()) {
      if (c.kind() != Command.Kind.ACTION) {
        continue;
      }
      Operation op = resource.operation(c.name());
      List<Refusal> refusals = new ArrayList<>();
      for (Scenarios.Refusal refusal : Scenarios.refusals(a, c)) {
        reached(p, a, refusal.state())
            .ifPresent(state -> refusals.add(new Refusal(refusal.field(), refusal.value(), state)));
      }
      List<Missing> missing = new ArrayList<>();
      for (Scenarios.Missing m : scenarios.missing(op)) {
        missing.add(new Missing(m.field(), object(m.body(), HttpTestsBodies::quote)));
      }
      List<Effect> effects = new ArrayList<>();
      for (Command.Assignment as : c.assignments()) {
        Field f = a.field(as.field()).orElseThrow();
        effects.add(new Effect(f.name(), HttpTestsBodies.json(f, as.value())));
      }
      out.add(
          new ActionTest(
              c.name(),
              op.actionSegment().orElseThrow(),
              created(p, a, Scenarios.allowed(c)),
              object(scenarios.valid(op, false), HttpTestsBodies::quote),
              List.copyOf(refusals),
              List.copyOf(missing),
              List.copyOf(effects)));
    }
    return List.copyOf(out);
  }

  private static ListTest list(
      GoProject p, DomainModel model, Aggregate a, String path, String validConst, Query query) {
    List<String> filters = new ArrayList<>();
    for (String name : query.filters()) {
      if (a.field(name).map(f -> !f.unique()).orElse(false)) {
        filters.add(name);
      }
    }
    List<Created> bodies = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      bodies.add(listBody(model, a, filters, i, null));
    }
    List<Created> others = new ArrayList<>();
    List<String> conditions = new ArrayList<>();
    List<String> bad = new ArrayList<>();
    for (int j = 0; j < filters.size(); j++) {
      String name = filters.get(j);
      Field f = a.field(name).orElseThrow();
      String v = HttpTestsBodies.value(model, f, false);
      if (Lifecycle.readOnly(a, f)) {
        // Created at its default; the other value is reached through actions, when they can.
        v = HttpTestsBodies.json(f, f.defaultValue().orElseThrow());
        String other = HttpTestsBodies.other(model, f, v);
        Created base = listBody(model, a, filters, 10 + j, null);
        reached(p, a, Map.of(name, other.replace("\"", "")))
            .map(r -> new Created(base.changes(), r.steps(), r.version()))
            .ifPresent(others::add);
      } else {
        others.add(listBody(model, a, filters, 10 + j, name));
      }
      conditions.add(name + "=" + (v.startsWith("\"") ? v.substring(1, v.length() - 1) : v));
      if (!HttpTestsBodies.text(model, f)) {
        // "x" is no number, date, id or enum value; it is a perfectly good text filter.
        bad.add(name);
      }
    }
    return new ListTest(
        query.name(),
        List.copyOf(bodies),
        List.copyOf(others),
        "\"" + path + "?" + String.join("&", conditions) + "\"",
        fieldNames(bad));
  }

  /**
   * The n-th body of the list test: its filter fields set, its unique fields made distinct by
   * {@code n} and the {@code changed} field given another value; only what differs is spelled.
   */
  private static Created listBody(
      DomainModel model, Aggregate a, List<String> filters, int n, String changed) {
    List<String[]> parts = new ArrayList<>();
    for (Field f : Api.writableFields(a)) {
      boolean differs =
          f.unique() || f.name().equals(changed) || (f.omittable() && filters.contains(f.name()));
      if (!differs) {
        continue;
      }
      String v = HttpTestsBodies.value(model, f, false);
      if (f.unique()) {
        v = HttpTestsBodies.bump(model, f, v, n);
      }
      if (f.name().equals(changed)) {
        v = HttpTestsBodies.other(model, f, v);
      }
      parts.add(new String[] {f.name(), v});
    }
    return new Created(
        parts.isEmpty() ? Optional.empty() : Optional.of(members(parts)), List.of(), 1);
  }

  /**
   * The create body of the aggregate that a duplicate of {@code field} collides with ({@code
   * bumpOthers} false: the valid body, with the field set even when it may be left out), or the
   * duplicate itself, every other unique field changed so only {@code field} collides.
   */
  private static JsonObject duplicate(
      DomainModel model, Aggregate a, Field field, boolean bumpOthers) {
    List<String[]> parts = new ArrayList<>();
    for (Field f : a.fields()) {
      if (f.omittable() && !f.name().equals(field.name())) {
        continue;
      }
      String v = HttpTestsBodies.value(model, f, false);
      if (bumpOthers && f.unique() && !f.name().equals(field.name())) {
        v = HttpTestsBodies.bump(model, f, v, 1);
      }
      parts.add(new String[] {f.name(), v});
    }
    for (Entity e : a.entities()) {
      parts.add(
          new String[] {
            Api.listProperty(e), "[" + HttpTestsBodies.object(model, e.fields(), false) + "]"
          });
    }
    return members(parts);
  }

  /**
   * The aggregate brought into a state ({@link #reached}); a state the actions cannot lead to fails
   * the generation, since the validator refuses an unreachable guard state.
   */
  private static Created created(GoProject p, Aggregate a, Map<String, String> state) {
    return reached(p, a, state)
        .orElseThrow(() -> new IllegalStateException(a.name() + " cannot reach " + state));
  }

  /**
   * The aggregate brought into a state: the valid body with the state's writable fields set, then
   * the actions that move its lifecycle state there; empty when no action leads there.
   */
  private static Optional<Created> reached(GoProject p, Aggregate a, Map<String, String> state) {
    List<Sample.Member> members = new ArrayList<>();
    for (Field f : Api.writableFields(a)) {
      if (state.containsKey(f.name())) {
        members.add(new Sample.Member(f.name(), Scenarios.scalar(f, state.get(f.name()))));
      }
    }
    Optional<JsonObject> changes =
        members.isEmpty()
            ? Optional.empty()
            : Optional.of(object(new Sample.Obj(members), HttpTestsBodies::quoteInRaw));
    return Reach.of(p.api(), a, state)
        .map(
            reach -> {
              List<Step> steps = new ArrayList<>();
              for (Reach.Step step : reach.steps()) {
                steps.add(
                    new Step(
                        step.segment(),
                        object(step.body(), HttpTestsBodies::quoteInRaw),
                        steps.isEmpty()));
              }
              return new Created(changes, List.copyOf(steps), reach.version());
            });
  }

  private static JsonObject object(Sample.Obj object, UnaryOperator<String> quote) {
    List<JsonMember> members = new ArrayList<>();
    for (Sample.Member m : object.members()) {
      members.add(new JsonMember(quote.apply(m.name()), m.value().json(quote), members.isEmpty()));
    }
    return new JsonObject(List.copyOf(members));
  }

  private static JsonObject members(List<String[]> parts) {
    List<JsonMember> members = new ArrayList<>();
    for (String[] part : parts) {
      members.add(new JsonMember(HttpTestsBodies.quote(part[0]), part[1], members.isEmpty()));
    }
    return new JsonObject(List.copyOf(members));
  }

  private static FieldNames fieldNames(List<String> names) {
    List<FieldName> out = new ArrayList<>();
    for (String name : names) {
      out.add(new FieldName(name, out.isEmpty()));
    }
    return new FieldNames(List.copyOf(out));
  }
}
