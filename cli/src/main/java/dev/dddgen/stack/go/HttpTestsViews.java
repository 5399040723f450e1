package dev.dddgen.stack.go;

import dev.dddgen.api.Api;
import dev.dddgen.api.Operation;
import dev.dddgen.api.Reach;
import dev.dddgen.api.Request;
import dev.dddgen.api.Resource;
import dev.dddgen.api.Scenarios;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Command;
import dev.dddgen.model.DomainModel;
import dev.dddgen.model.Field;
import dev.dddgen.model.Query;
import dev.dddgen.naming.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
      String fixtures,
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
  }

  /** An action taken on the way to a state: its path segment and body. */
  record Step(String segment, JsonObject body, boolean first) {}

  /**
   * The create test: {@code every} is what the body with every field adds to the valid one, when it
   * adds anything, {@code invalid} the body breaking what can be broken, {@code required} the
   * fields a body may not leave out.
   */
  record CreateTest(
      String name,
      Optional<JsonObject> every,
      Optional<InvalidBody> invalid,
      FieldNames required) {}

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
      List<Effect> effects) {
    /** Whether a success is checked beyond its version (else the test passes no check). */
    public boolean hasEffects() {
      return !effects.isEmpty();
    }
  }

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
    JsonObject valid = HttpTestsBodies.jsonObject(scenarios.body(a, false), HttpTestsBodies::quote);

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
                      f.omittable()
                          ? Optional.of(HttpTestsBodies.duplicate(model, a, f, false))
                          : Optional.empty(),
                      HttpTestsBodies.duplicate(model, a, f, true)));
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
                        HttpTestsStates.created(
                            p, a, c.guards().isEmpty() ? Map.of() : Scenarios.allowed(c)),
                        a.query(Query.Kind.BY_ID).isPresent(),
                        Scenarios.refusals(a, c).stream()
                            .flatMap(r -> HttpTestsStates.reached(p, a, r.state()).stream())
                            .limit(1)
                            .toList())));

    List<ListTest> list = new ArrayList<>();
    Optional<Query> lq = a.query(Query.Kind.LIST).filter(Query::paginate);
    if (lq.isPresent() && cc.isPresent()) {
      list.add(HttpListTests.of(p, model, a, p.names(a).path(), validConst, lq.get()));
    }

    return new HttpTests(
        a.name(),
        p.names(a).path(),
        p.names(a).file() + "_fixtures_test.go",
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
    JsonObject every = HttpTestsBodies.jsonObject(scenarios.body(a, true), HttpTestsBodies::quote);
    Optional<InvalidBody> invalid =
        scenarios
            .invalid(a)
            .map(
                i ->
                    new InvalidBody(
                        HttpTestsBodies.jsonObject(i.body(), HttpTestsBodies::quoteInRaw),
                        fieldNames(i.fields())));
    List<String> required = new ArrayList<>();
    // The fields the api's scenarios require, as the empty body's errors name them.
    for (Field f : Scenarios.required(Api.writableFields(a))) {
      required.add(f.name());
    }
    JsonObject added = added(every, valid);
    return new CreateTest(
        c.name(),
        added.members().isEmpty() ? Optional.empty() : Optional.of(added),
        invalid,
        fieldNames(required));
  }

  /**
   * The members of {@code every} that {@code valid} lacks or holds with another value, compared by
   * their text rather than by the records' equals: a record's first equals links its method at run
   * time (method-handle classes spun on every cold start).
   */
  private static JsonObject added(JsonObject every, JsonObject valid) {
    List<JsonMember> out = new ArrayList<>();
    for (JsonMember m : every.members()) {
      boolean same =
          valid.members().stream()
              .anyMatch(v -> v.name().equals(m.name()) && v.value().equals(m.value()));
      if (!same) {
        out.add(new JsonMember(m.name(), m.value(), out.isEmpty()));
      }
    }
    return new JsonObject(List.copyOf(out));
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
        HttpTestsStates.reached(p, a, refusal.state())
            .ifPresent(state -> refusals.add(new Refusal(refusal.field(), refusal.value(), state)));
      }
      List<Missing> missing = new ArrayList<>();
      for (Scenarios.Missing m : scenarios.missing(op)) {
        missing.add(
            new Missing(m.field(), HttpTestsBodies.jsonObject(m.body(), HttpTestsBodies::quote)));
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
              HttpTestsStates.created(p, a, Scenarios.allowed(c)),
              HttpTestsBodies.jsonObject(scenarios.valid(op, false), HttpTestsBodies::quote),
              List.copyOf(refusals),
              List.copyOf(missing),
              List.copyOf(effects)));
    }
    return List.copyOf(out);
  }

  static FieldNames fieldNames(List<String> names) {
    List<FieldName> out = new ArrayList<>();
    for (String name : names) {
      out.add(new FieldName(name, out.isEmpty()));
    }
    return new FieldNames(List.copyOf(out));
  }
}
