package dev.dddgen.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dddgen.definition.DefinitionLoader;
import dev.dddgen.model.Aggregate;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class ReachTest {
  private static final UnaryOperator<String> QUOTE = s -> "\"" + s + "\"";

  private static Api api() throws Exception {
    return Api.of(
        DefinitionLoader.load(
            "dddgen.yaml",
            """
            version: 1
            project: { name: demo, target: go, module: example.com/demo, output: backend }
            security: { default: public }
            aggregates:
              Loan:
                fields:
                  status:    { type: enum, values: [OPEN, RETURNED, LOST, CLOSED], default: OPEN }
                  renewable: { type: bool, default: true }
                  mode:      { type: enum, values: [A, B], default: A, writable: true }
                  level:     { type: enum, values: [LOW, HIGH], default: LOW }
                  days:      { type: int, min: 1 }
                commands:
                  OpenLoan:   { create: true }
                  ReturnLoan: { params: { on: date }, when: { status: [OPEN] }, set: { status: RETURNED } }
                  ReportLost: { when: { status: [OPEN] }, set: { status: LOST, renewable: false } }
                  Close:      { when: { status: [RETURNED, LOST], mode: [B] }, set: { status: CLOSED } }
                  SetLevel:   { params: { level: { type: enum, values: [LOW, HIGH] } } }
                  Escalate:   { when: { level: [HIGH] } }
            """));
  }

  private static Aggregate loan(Api api) {
    return api.resource("Loan").aggregate();
  }

  @Test
  void theInitialStateNeedsNoStep() throws Exception {
    Api api = api();
    Reach reach = Reach.of(api, loan(api), Map.of("status", "OPEN")).orElseThrow();

    assertThat(reach.steps()).isEmpty();
    assertThat(reach.version()).isEqualTo(1);
    assertThat(reach.create().json(QUOTE)).isEqualTo("{\"days\":1}");
  }

  @Test
  void aStateOnlyActionsSetIsReachedByTheFewestActionsWithTheirRequiredParameters()
      throws Exception {
    Api api = api();
    Reach reach = Reach.of(api, loan(api), Map.of("status", "RETURNED")).orElseThrow();

    assertThat(reach.steps()).extracting(Reach.Step::segment).containsExactly("return");
    assertThat(reach.steps().get(0).body().json(QUOTE)).isEqualTo("{\"on\":\"2024-01-31\"}");
    assertThat(reach.version()).isEqualTo(2);
    assertThat(reach.state())
        .containsEntry("status", "RETURNED")
        .containsEntry("renewable", "true");
  }

  @Test
  void aWritableGuardFieldIsGivenInTheCreateBodyAndLetsTheGuardedActionRun() throws Exception {
    Api api = api();
    Reach reach = Reach.of(api, loan(api), Map.of("status", "CLOSED", "mode", "B")).orElseThrow();

    assertThat(reach.create().json(QUOTE)).isEqualTo("{\"mode\":\"B\",\"days\":1}");
    assertThat(reach.steps()).extracting(Reach.Step::segment).containsExactly("return", "close");
    assertThat(Reach.of(api, loan(api), Map.of("status", "CLOSED")))
        .as("Close needs mode B, and create gives A by default")
        .isEmpty();
  }

  @Test
  void aParameterNamedLikeAStateFieldMovesItToTheValueSent() throws Exception {
    Api api = api();
    Reach reach = Reach.of(api, loan(api), Map.of("level", "HIGH")).orElseThrow();

    assertThat(reach.steps()).extracting(Reach.Step::segment).containsExactly("set-level");
    assertThat(reach.steps().get(0).body().json(QUOTE)).isEqualTo("{\"level\":\"HIGH\"}");
  }

  @Test
  void aCombinationNoChainOfActionsLeavesIsUnreachable() throws Exception {
    Api api = api();

    assertThat(Reach.of(api, loan(api), Map.of("status", "LOST", "renewable", "true")))
        .as("ReportLost sets renewable to false as it sets LOST")
        .isEmpty();
    assertThat(Reach.of(api, loan(api), Map.of("status", "LOST", "renewable", "false")))
        .isPresent();
  }
}
