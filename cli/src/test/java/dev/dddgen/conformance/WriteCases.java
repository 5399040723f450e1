package dev.dddgen.conformance;

import static dev.dddgen.conformance.Fixtures.versioned;
import static dev.dddgen.conformance.Fixtures.with;
import static dev.dddgen.conformance.Fixtures.without;

import dev.dddgen.api.Operation;
import dev.dddgen.api.Operation.Kind;
import dev.dddgen.api.Reach;
import dev.dddgen.api.Resource;
import dev.dddgen.api.Sample;
import dev.dddgen.api.Sample.Obj;
import dev.dddgen.api.Scenarios;
import dev.dddgen.conformance.Client.Request;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Command;
import dev.dddgen.model.Field;
import dev.dddgen.model.FieldType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * A resource's writes and their preconditions: update by the body's version and by If-Match
 * (quoted, weak, stale, {@code *}, unquoted, disagreeing with the body), each action allowed and
 * refused by its guards, delete with and without If-Match, a delete refused while another resource
 * refers to it, and a unique value taken by an update.
 */
final class WriteCases {
  private final Conformance run;
  private final Resource resource;
  private final Aggregate aggregate;

  WriteCases(Conformance run, Resource resource) {
    this.run = run;
    this.resource = resource;
    this.aggregate = resource.aggregate();
  }

  private String name(String kind) {
    return resource.name() + ": " + kind;
  }

  void run() {
    if (resource.operation(Kind.CREATE).isEmpty()) {
      return;
    }
    if (resource.operation(Kind.UPDATE).isPresent()) {
      updates();
    }
    for (Operation action : resource.operations(Kind.ACTION)) {
      action(action);
    }
    if (resource.operation(Kind.DELETE).isPresent()) {
      deletes();
    }
  }

  /** Each case on a resource of its own at version 1, so that one failure cannot skew the next. */
  private void updates() {
    update("update with the body's version", fresh(), versioned(body(), 1), ok(2));
    update("update with a stale version", versioned(body(), 5), 409);
    update("update with If-Match only", fresh(), body(), ok(2), "If-Match", "\"1\"");
    update("update with a weak If-Match", body(), 412, "If-Match", "W/\"1\"");
    update("update with a stale If-Match", body(), 412, "If-Match", "\"5\"");
    update(
        "update with If-Match * and the body's version",
        fresh(),
        versioned(body(), 1),
        ok(2),
        "If-Match",
        "*");
    update(
        "update with If-Match disagreeing with the body",
        versioned(body(), 2),
        400,
        "If-Match",
        "\"1\"");
    update("update with an unquoted If-Match", body(), 400, "If-Match", "1");
    String path = fresh();
    update("update without a version", path, body(), Expect.problem(400, path).errors("version"));
    String unknown = item(UUID.randomUUID().toString());
    update("update of an unknown id", unknown, versioned(body(), 1), Expect.problem(404, unknown));
    update(
        "update of a malformed id",
        item("42"),
        versioned(body(), 1),
        Expect.problem(400, item("42")));
    for (Field field : aggregate.fields()) {
      if (field.unique()) {
        JsonNode taken = run.fixtures().create(aggregate, Map.of()).path(field.name());
        Sample value =
            taken.isString()
                ? new Sample.Text(taken.asString())
                : new Sample.Bare(taken.toString());
        String own = fresh();
        update(
            "update to a taken " + field.name(),
            own,
            versioned(with(body(), field.name(), value), 1),
            Expect.problem(409, own).errors(field.name()));
      }
    }
  }

  /** A new update body: unique values of its own, new resources to refer to. */
  private Obj body() {
    return run.fixtures().body(aggregate, Map.of(), false);
  }

  private static Expect ok(long version) {
    return Expect.success(200).etag("\"" + version + "\"").version(version);
  }

  /** An update of a fresh resource refused with {@code status}. */
  private void update(String kind, Obj body, int status, String... headers) {
    String path = fresh();
    update(kind, path, body, Expect.problem(status, path), headers);
  }

  /** The path of a new resource, at version 1. */
  private String fresh() {
    return item(create(Map.of()));
  }

  private void update(String kind, String path, Obj body, Expect expect, String... headers) {
    run.check(name(kind), Request.of("PUT", path, Conformance.json(body), headers), expect);
  }

  private void action(Operation op) {
    Command command =
        aggregate.commands().stream()
            .filter(c -> c.name().equals(op.name()))
            .findFirst()
            .orElseThrow();
    Map<String, String> allowed = Scenarios.allowed(command);
    Obj params = run.fixtures().params(op);
    String verb = op.actionVerb().orElseThrow();
    String body = Conformance.json(params);
    // The allowed state may take actions to reach: the resource is then past version 1.
    long at = Reach.of(run.api(), aggregate, allowed).orElseThrow().version();
    String first = path(op, create(allowed));
    for (Field param : op.request().orElseThrow().fields()) {
      if (!param.omittable()) {
        run.check(
            name(verb + " without " + param.name()),
            Request.of("POST", first, Conformance.json(without(params, param.name()))),
            Expect.problem(400, first).errors(param.name()));
      }
    }
    run.check(
        name(verb + " with a stale version"),
        Request.of("POST", first, Conformance.json(versioned(params, at + 4))),
        Expect.problem(409, first));
    run.check(
        name(verb + " with a stale If-Match"),
        Request.of("POST", first, body, "If-Match", "\"" + (at + 4) + "\""),
        Expect.problem(412, first));
    String unknown = op.path().replace("{id}", UUID.randomUUID().toString());
    run.check(
        name(verb + " of an unknown id"),
        Request.of("POST", unknown, body),
        Expect.problem(404, unknown));
    run.check(
        name(verb + " with the body's version"),
        Request.of("POST", first, Conformance.json(versioned(params, at))),
        Expect.success(200)
            .etag("\"" + (at + 1) + "\"")
            .version(at + 1)
            .check(a -> assigned(command, a)));
    String second = path(op, create(allowed));
    run.check(
        name(verb + " with If-Match"),
        Request.of("POST", second, body, "If-Match", "\"" + at + "\""),
        Expect.success(200).etag("\"" + (at + 1) + "\"").version(at + 1));
    String third = path(op, create(allowed));
    run.check(
        name(verb + " without a version"),
        Request.of("POST", third, body),
        Expect.success(200).etag("\"" + (at + 1) + "\"").version(at + 1));
    if (!op.request().orElseThrow().required()) {
      String fourth = path(op, create(allowed));
      run.check(
          name(verb + " with an empty body"),
          Request.of("POST", fourth, null),
          Expect.success(200).etag("\"" + (at + 1) + "\"").version(at + 1));
    }
    for (Scenarios.Refusal refusal : Scenarios.refusals(aggregate, command)) {
      if (Reach.of(run.api(), aggregate, refusal.state()).isEmpty()) {
        continue; // no resource can be in that state
      }
      String refused = path(op, create(refusal.state()));
      run.check(
          name(verb + " refused when " + refusal.field() + " is " + refusal.value()),
          Request.of("POST", refused, body),
          Expect.problem(409, refused).noErrors());
    }
  }

  private void deletes() {
    for (String[] refused :
        List.of(new String[] {"stale", "\"2\""}, new String[] {"weak", "W/\"1\""})) {
      String path = fresh();
      run.check(
          name("delete with a " + refused[0] + " If-Match"),
          Request.of("DELETE", path, null, "If-Match", refused[1]),
          Expect.problem(412, path));
    }
    run.check(
        name("delete with an If-Match list holding the current ETag"),
        Request.of("DELETE", fresh(), null, "If-Match", "W/\"1\", \"1\""),
        Expect.success(204));
    String path = fresh();
    run.check(
        name("delete with If-Match"),
        Request.of("DELETE", path, null, "If-Match", "\"1\""),
        Expect.success(204));
    if (resource.operation(Kind.GET).isPresent()) {
      run.check(name("get after delete"), Request.of("GET", path, null), Expect.problem(404, path));
    }
    run.check(name("delete again"), Request.of("DELETE", path, null), Expect.problem(404, path));
    run.check(
        name("delete without If-Match"), Request.of("DELETE", fresh(), null), Expect.success(204));
    run.check(
        name("delete of a malformed id"),
        Request.of("DELETE", item("42"), null),
        Expect.problem(400, item("42")));
    for (Aggregate referrer : run.api().model().aggregates()) {
      for (Field field : referrer.fields()) {
        if (field.type() instanceof FieldType.Reference ref
            && ref.aggregate().equals(aggregate.name())
            && run.api().resource(referrer.name()).operation(Kind.CREATE).isPresent()) {
          String id = create(Map.of());
          Obj child =
              with(
                  run.fixtures().body(referrer, Map.of(), false),
                  field.name(),
                  new Sample.Text(id));
          Answer made =
              run.client()
                  .send(
                      Request.of(
                          "POST",
                          run.api().resource(referrer.name()).collectionPath(),
                          Conformance.json(child)));
          if (made.status() != 201) {
            throw new IllegalStateException(
                "could not create a " + referrer.name() + ": " + made.describe());
          }
          run.check(
              name("delete while a " + referrer.name() + " refers to it"),
              Request.of("DELETE", item(id), null),
              Expect.problem(409, item(id)));
        }
      }
    }
  }

  /** The action's answer holds the values its {@code set} assigns. */
  private static String assigned(Command command, Answer answer) {
    List<String> wrong = new ArrayList<>();
    for (Command.Assignment assignment : command.assignments()) {
      JsonNode value = answer.json().path(assignment.field());
      String actual = value.isString() ? value.asString() : value.toString();
      if (!actual.equals(assignment.value())) {
        wrong.add(assignment.field() + " is " + actual + ", not " + assignment.value());
      }
    }
    return wrong.isEmpty() ? null : "the action's assignments are not applied: " + wrong;
  }

  private String create(Map<String, String> state) {
    return run.fixtures().create(aggregate, state).path("id").asString();
  }

  private String item(String id) {
    return resource.itemPath().replace("{id}", id);
  }

  private static String path(Operation op, String id) {
    return op.path().replace("{id}", id);
  }
}
