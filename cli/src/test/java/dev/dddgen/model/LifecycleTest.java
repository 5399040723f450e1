package dev.dddgen.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dddgen.definition.DefinitionLoader;
import dev.dddgen.diagram.Mermaid;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which fields are lifecycle state, who changes them, and what a parameter or writable changes. */
class LifecycleTest {
  private static Aggregate router() throws Exception {
    return DefinitionLoader.load(
            "dddgen.yaml",
            """
            version: 1
            project: { name: demo, target: go, module: example.com/demo }
            aggregates:
              Router:
                fields:
                  mode:  { type: enum, values: [A, B, C], default: A }
                  level: { type: enum, values: [LOW, HIGH], default: LOW, writable: true }
                  label: string
                commands:
                  Install: { create: true }
                  Switch:  { params: { mode: { type: enum, values: [A, B, C] } }, when: { mode: [A, B] } }
                  Raise:   { when: { level: [LOW], mode: [A] }, set: { level: HIGH } }
            security: { default: public }
            """)
        .aggregate("Router")
        .orElseThrow();
  }

  @Test
  void aParameterNamedLikeTheFieldLeadsToEveryState() throws Exception {
    Lifecycle mode = Lifecycle.of(router()).get(0);

    Lifecycle.Transition change = mode.transitions().get(0);
    assertThat(change.command()).isEqualTo("Switch");
    assertThat(change.byParameter()).isTrue();
    assertThat(change.targets("A", mode.states())).containsExactly("A", "B", "C");
    assertThat(mode.unreachable()).as("C only through Switch's parameter").isEmpty();
    assertThat(mode.terminal()).containsExactly("C");
    assertThat(Mermaid.lifecycle(mode)).contains("    B --> C: Switch\n", "    A --> A: Switch\n");
  }

  @Test
  void onlyStateFieldsWithoutWritableAreReadOnlyAndChangedByTheirCommands() throws Exception {
    Aggregate router = router();

    assertThat(Lifecycle.readOnlyFields(router)).extracting(Field::name).containsExactly("mode");
    assertThat(Lifecycle.changedBy(router, "mode")).containsExactly("Switch");
    assertThat(Lifecycle.changedBy(router, "level")).containsExactly("Raise");
    Lifecycle level = Lifecycle.of(router).get(1);
    assertThat(level.field().writable()).isTrue();
    assertThat(level.unreachable()).as("create and update may write any state").isEmpty();
    assertThat(level.noOpTransitions()).isEmpty();
    assertThat(Lifecycle.of(router).stream().map(l -> l.field().name()).toList())
        .isEqualTo(List.of("mode", "level"));
  }
}
