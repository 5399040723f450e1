package dev.dddgen.stack.go;

import dev.dddgen.api.Api;
import dev.dddgen.api.Reach;
import dev.dddgen.api.Sample;
import dev.dddgen.api.Scenarios;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Field;
import dev.dddgen.stack.go.HttpTestsViews.Created;
import dev.dddgen.stack.go.HttpTestsViews.JsonObject;
import dev.dddgen.stack.go.HttpTestsViews.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the generated HTTP handler tests bring an aggregate into a lifecycle state: created with the
 * state's writable fields, then moved there by the actions {@link Reach} finds.
 */
final class HttpTestsStates {
  private HttpTestsStates() {}

  /**
   * The aggregate brought into a state ({@link #reached}); a state the actions cannot lead to fails
   * the generation, since the validator refuses an unreachable guard state.
   */
  static Created created(GoProject p, Aggregate a, Map<String, String> state) {
    return reached(p, a, state)
        .orElseThrow(() -> new IllegalStateException(a.name() + " cannot reach " + state));
  }

  /**
   * The aggregate brought into a state: the valid body with the state's writable fields set, then
   * the actions that move its lifecycle state there; empty when no action leads there.
   */
  static Optional<Created> reached(GoProject p, Aggregate a, Map<String, String> state) {
    List<Sample.Member> members = new ArrayList<>();
    for (Field f : Api.writableFields(a)) {
      if (state.containsKey(f.name())) {
        members.add(new Sample.Member(f.name(), Scenarios.scalar(f, state.get(f.name()))));
      }
    }
    Optional<JsonObject> changes =
        members.isEmpty()
            ? Optional.empty()
            : Optional.of(
                HttpTestsBodies.jsonObject(new Sample.Obj(members), HttpTestsBodies::quoteInRaw));
    return Reach.of(p.api(), a, state)
        .map(
            reach -> {
              List<Step> steps = new ArrayList<>();
              for (Reach.Step step : reach.steps()) {
                steps.add(
                    new Step(
                        step.segment(),
                        HttpTestsBodies.jsonObject(step.body(), HttpTestsBodies::quoteInRaw),
                        steps.isEmpty()));
              }
              return new Created(changes, List.copyOf(steps), reach.version());
            });
  }
}
