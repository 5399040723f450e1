package dev.dddgen.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dddgen.definition.DefinitionLoader;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.DomainModel;
import dev.dddgen.model.Lifecycle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The diagrams of a model: lifecycles worked out from guards and assignments, and every diagram of
 * each example and of a definition built to be awkward compared with its committed Markdown ({@code
 * -Dgolden.update=true} rewrites them). MermaidParseTest has Mermaid itself read them.
 */
class DiagramTest {
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final Path LIFECYCLES = ROOT.resolve("cli/src/test/resources/diagrams/lifecycles.yaml");

  static DomainModel load(Path definition) throws Exception {
    return DefinitionLoader.load(definition, definition.toString());
  }

  /** The definitions whose diagrams are compared: the examples and the awkward one. */
  static List<Path> definitions() throws Exception {
    try (var examples = Files.list(ROOT.resolve("examples"))) {
      List<Path> out =
          new java.util.ArrayList<>(
              examples.map(e -> e.resolve("dddgen.yaml")).filter(Files::exists).sorted().toList());
      out.add(LIFECYCLES);
      return out;
    }
  }

  @Test
  void lifecyclesFollowGuardsAssignmentsAndTheCreateDefault() throws Exception {
    Aggregate ticket = load(LIFECYCLES).aggregate("Ticket").orElseThrow();
    List<Lifecycle> lifecycles = Lifecycle.of(ticket);
    assertThat(lifecycles).extracting(l -> l.field().name()).containsExactly("state", "archived");

    Lifecycle state = lifecycles.get(0);
    assertThat(state.initial()).hasValue("NEW");
    assertThat(state.creator()).hasValue("OpenTicket");
    assertThat(state.transitions())
        .extracting(Lifecycle.Transition::command)
        .as("commands guarded on or assigning the field; Archive is guarded on it")
        .containsExactly("Finish", "Touch", "Lose", "Reopen", "Archive", "Close", "Purge");
    assertThat(state.terminal())
        .as("Purge leaves CLOSED; nothing leaves LOST")
        .containsExactly("LOST");
    assertThat(state.unreachable()).isEmpty();
    assertThat(state.noOpTransitions()).as("Touch sets nothing").isEmpty();

    Lifecycle archived = lifecycles.get(1);
    assertThat(archived.states()).containsExactly("true", "false");
    assertThat(archived.initial()).hasValue("false");
    assertThat(archived.terminal()).containsExactly("true");
    assertThat(archived.unreachable()).isEmpty();
  }

  @Test
  void anAggregateWithoutGuardsOrAssignmentsHasNoLifecycle() throws Exception {
    assertThat(Lifecycle.of(load(LIFECYCLES).aggregate("End").orElseThrow())).isEmpty();
  }

  @Test
  void keywordsAreAliasedAndTerminalStatesEnd() throws Exception {
    Lifecycle state = Lifecycle.of(load(LIFECYCLES).aggregate("Ticket").orElseThrow()).get(0);
    assertThat(Mermaid.lifecycle(state))
        .startsWith("stateDiagram-v2\n    direction LR\n")
        .contains("    state \"END\" as state_END\n")
        .contains("    [*] --> NEW: OpenTicket\n")
        .contains("    state_DEFAULT --> state_END: Finish / TicketFinished\n")
        .contains("    NEW --> NEW: Touch\n")
        .contains("    state_END --> state_DEFAULT: Reopen [archived = false]\n")
        .contains("    CLOSED --> [*]: Purge\n")
        .contains("    NEW --> LOST: Lose\n")
        .endsWith("    LOST --> [*]\n")
        .doesNotContain("CLOSED --> [*]\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"examples", "lifecycles"})
  void everyDiagramMatchesItsCommittedMarkdown(String which) throws Exception {
    for (Path definition : definitions()) {
      boolean example = definition.startsWith(ROOT.resolve("examples"));
      if (example != which.equals("examples")) {
        continue;
      }
      String name = example ? definition.getParent().getFileName().toString() : "lifecycles";
      Path golden = ROOT.resolve("cli/src/test/resources/diagrams/" + name + ".md");
      String now = Mermaid.markdown(load(definition));
      assertThat(Mermaid.markdown(load(definition))).as("deterministic").isEqualTo(now);
      if (Boolean.getBoolean("golden.update")) {
        Files.writeString(golden, now, StandardCharsets.UTF_8);
      }
      assertThat(golden).as("%s (run with -Dgolden.update=true to accept)", golden).exists();
      assertThat(now)
          .as(golden.toString())
          .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
  }
}
