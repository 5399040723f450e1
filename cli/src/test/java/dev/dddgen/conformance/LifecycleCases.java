package dev.dddgen.conformance;

import static dev.dddgen.conformance.Fixtures.versioned;
import static dev.dddgen.conformance.Fixtures.with;

import dev.dddgen.api.Operation;
import dev.dddgen.api.Operation.Kind;
import dev.dddgen.api.Reach;
import dev.dddgen.api.Request.ReadOnlyField;
import dev.dddgen.api.Resource;
import dev.dddgen.api.Sample;
import dev.dddgen.api.Sample.Obj;
import dev.dddgen.api.Scenarios;
import dev.dddgen.conformance.Client.Request;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Command;
import dev.dddgen.model.Field;
import dev.dddgen.model.Lifecycle;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A resource's lifecycle (issue #17), derived from the api model for every aggregate with state
 * only commands change: create and update refuse a body holding a state field, naming it and the
 * commands that change it; update leaves the state where the commands put it; and every command
 * guarded on or moving a state field runs from each state its guard lists and is refused (409) from
 * every other state, each state reached through the commands themselves.
 */
final class LifecycleCases {
  private final Conformance run;
  private final Resource resource;
  private final Aggregate aggregate;

  LifecycleCases(Conformance run, Resource resource) {
    this.run = run;
    this.resource = resource;
    this.aggregate = resource.aggregate();
  }

  private String name(String kind) {
    return resource.name() + ": " + kind;
  }

  void run() {
    Optional<Operation> create = resource.operation(Kind.CREATE);
    if (create.isEmpty()) {
      return;
    }
    for (ReadOnlyField field : create.get().request().orElseThrow().readOnly()) {
      refused(field);
    }
    if (resource.operation(Kind.UPDATE).isPresent()) {
      for (Lifecycle lifecycle : Lifecycle.of(aggregate)) {
        if (Lifecycle.readOnly(aggregate, lifecycle.field())) {
          updateKeeps(lifecycle);
        }
      }
    }
    for (Lifecycle lifecycle : Lifecycle.of(aggregate)) {
      for (Lifecycle.Transition transition : lifecycle.transitions()) {
        transitions(lifecycle, transition);
      }
    }
  }

  /** A create, and an update, holding the state field at its default: 400 naming it. */
  private void refused(ReadOnlyField readOnly) {
    Field field = readOnly.field();
    Sample value = Scenarios.scalar(field, field.defaultValue().orElseThrow());
    String collection = resource.collectionPath();
    run.check(
        name("create with " + field.name() + ", which only commands change"),
        Request.of("POST", collection, Conformance.json(with(body(), field.name(), value))),
        Expect.problem(400, collection)
            .errors(field.name())
            .check(a -> message(a, readOnly.message())));
    if (resource.operation(Kind.UPDATE).isPresent()) {
      String path = item(run.fixtures().create(aggregate, Map.of()).path("id").asString());
      run.check(
          name("update with " + field.name() + ", which only commands change"),
          Request.of(
              "PUT", path, Conformance.json(with(versioned(body(), 1), field.name(), value))),
          Expect.problem(400, path)
              .errors(field.name())
              .check(a -> message(a, readOnly.message())));
    }
  }

  /** An update of a resource the commands moved out of its initial state leaves it there. */
  private void updateKeeps(Lifecycle lifecycle) {
    String field = lifecycle.field().name();
    for (String state : lifecycle.states()) {
      Optional<Reach> reach = Reach.of(run.api(), aggregate, Map.of(field, state));
      if (state.equals(lifecycle.initial().orElse(null)) || reach.isEmpty()) {
        continue;
      }
      JsonNode moved = run.fixtures().create(aggregate, Map.of(field, state));
      String path = item(moved.path("id").asString());
      long version = reach.get().version();
      run.check(
          name("update leaves " + field + " " + state),
          Request.of("PUT", path, Conformance.json(versioned(body(), version))),
          Expect.success(200).version(version + 1).check(a -> holds(a, field, state)));
      return;
    }
  }

  /**
   * The command run from every state of the field: allowed (and leaving the field where the diagram
   * draws it) from each state it lists, refused with 409 from the others; states no chain of
   * commands reaches are left out.
   */
  private void transitions(Lifecycle lifecycle, Lifecycle.Transition transition) {
    Command command =
        aggregate.commands().stream()
            .filter(c -> c.name().equals(transition.command()))
            .findFirst()
            .orElseThrow();
    if (command.kind() == Command.Kind.CREATE) {
      return;
    }
    Operation op = resource.operation(command.name());
    String field = lifecycle.field().name();
    for (String state : lifecycle.states()) {
      Map<String, String> wanted = new HashMap<>(Scenarios.allowed(command));
      wanted.put(field, state);
      Optional<Reach> reach = Reach.of(run.api(), aggregate, wanted);
      if (reach.isEmpty()) {
        continue;
      }
      String id = run.fixtures().create(aggregate, wanted).path("id").asString();
      String path = op.path().replace("{id}", id);
      boolean allowed = transition.from().contains(state);
      String kind =
          command.name() + (allowed ? " allowed" : " refused") + " when " + field + " is " + state;
      Expect expect =
          allowed ? success(op, reach.get().version()) : Expect.problem(409, path).noErrors();
      if (allowed && !transition.ends() && !transition.byParameter()) {
        String after = transition.target(state);
        expect = expect.check(a -> holds(a, field, after));
      }
      run.check(name(kind), request(op, path, reach.get().version()), expect);
    }
  }

  private static Expect success(Operation op, long version) {
    return op.kind() == Kind.DELETE
        ? Expect.success(204)
        : Expect.success(200).version(version + 1);
  }

  /** The command's request, at the resource's version: its valid body, or none for a delete. */
  private Request request(Operation op, String path, long version) {
    return switch (op.kind()) {
      case DELETE -> Request.of("DELETE", path, null, "If-Match", "\"" + version + "\"");
      case UPDATE -> Request.of("PUT", path, Conformance.json(versioned(body(), version)));
      default ->
          Request.of("POST", path, Conformance.json(versioned(run.fixtures().params(op), version)));
    };
  }

  private Obj body() {
    return run.fixtures().body(aggregate, Map.of(), false);
  }

  private String item(String id) {
    return resource.itemPath().replace("{id}", id);
  }

  private static String holds(Answer answer, String field, String value) {
    JsonNode actual = answer.json().path(field);
    String text = actual.isString() ? actual.asString() : actual.toString();
    return text.equals(value) ? null : field + " is " + text + ", not " + value;
  }

  /** The one error's message is the api's wording, alike on every target. */
  private static String message(Answer answer, String expected) {
    String actual = answer.json().path("errors").path(0).path("message").asString();
    return actual.equals(expected) ? null : "message '" + actual + "', not '" + expected + "'";
  }
}
