package dev.dddgen.diagram;

import static dev.dddgen.testing.NodeScripts.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dddgen.model.Aggregate;
import dev.dddgen.model.DomainModel;
import dev.dddgen.model.Lifecycle;
import dev.dddgen.testing.NodeScripts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mermaid itself reads every diagram of every example and of the awkward definition: each must
 * parse as the diagram type it claims. Mermaid runs in Node (installed from npm into the build
 * folder on first use). Without Node and npm the test is skipped with a message, except under CI
 * ({@code CI=true}), where it fails.
 */
class MermaidParseTest {
  @Test
  void mermaidParsesEveryDiagram(@TempDir Path dir) throws Exception {
    NodeScripts mermaid =
        NodeScripts.install(
            "mermaid", "Mermaid cannot check the diagrams", "mermaid@11.17.2", "jsdom@29.1.1");
    List<String> files = new ArrayList<>();
    for (Path definition : DiagramTest.definitions()) {
      DomainModel model = DiagramTest.load(definition);
      String name = definition.getParent().getFileName() + "-";
      files.add(write(dir, name + "model.mmd", Mermaid.model(model)));
      files.add(write(dir, name + "commands.mmd", Mermaid.commands(model)));
      for (Aggregate aggregate : model.aggregates()) {
        for (Lifecycle lifecycle : Lifecycle.of(aggregate)) {
          String file = name + aggregate.name() + "-" + lifecycle.field().name() + ".mmd";
          files.add(write(dir, file, Mermaid.lifecycle(lifecycle)));
        }
      }
    }
    String broken = write(dir, "broken.mmd", "stateDiagram-v2\n    A --> --> B\n");
    Path script = DiagramTest.ROOT.resolve("cli/src/test/resources/diagrams/parse.mjs");

    NodeScripts.Run all = mermaid.run(script, files);
    assertThat(all.exit()).as(all.output()).isZero();
    assertThat(all.output().lines().filter(l -> l.startsWith("ok "))).hasSize(files.size());
    assertThat(all.output())
        .contains("stateDiagram")
        .contains("classDiagram")
        .contains("flowchart");
    NodeScripts.Run bad = mermaid.run(script, List.of(broken));
    assertThat(bad.exit()).as("a broken diagram is caught: %s", bad.output()).isEqualTo(1);
  }
}
