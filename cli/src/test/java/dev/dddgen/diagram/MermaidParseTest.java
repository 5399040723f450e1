package dev.dddgen.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dddgen.model.Aggregate;
import dev.dddgen.model.DomainModel;
import dev.dddgen.model.Lifecycle;
import dev.dddgen.testing.Tools;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mermaid itself reads every diagram of every example and of the awkward definition: each must
 * parse as the diagram type it claims. Mermaid runs in Node (installed from npm into the build
 * folder on first use). Without Node and npm the test is skipped with a message, except under CI
 * ({@code CI=true}), where it fails.
 */
class MermaidParseTest {
  private static final String MERMAID = "mermaid@11.17.2";
  private static final String JSDOM = "jsdom@29.1.1";

  @Test
  void mermaidParsesEveryDiagram(@TempDir Path dir) throws Exception {
    Path modules = installMermaid();
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
    Path script = modules.resolve("parse.mjs");
    Files.copy(
        DiagramTest.ROOT.resolve("cli/src/test/resources/diagrams/parse.mjs"),
        script,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);

    Run all = node(modules, script, files);
    assertThat(all.exit).as(all.output).isZero();
    assertThat(all.output.lines().filter(l -> l.startsWith("ok "))).hasSize(files.size());
    assertThat(all.output).contains("stateDiagram").contains("classDiagram").contains("flowchart");
    Run bad = node(modules, script, List.of(broken));
    assertThat(bad.exit).as("a broken diagram is caught: %s", bad.output).isEqualTo(1);
  }

  private record Run(int exit, String output) {}

  private static Run node(Path modules, Path script, List<String> files) throws Exception {
    List<String> command = new ArrayList<>(List.of("node", script.toString()));
    command.addAll(files);
    Process process =
        new ProcessBuilder(command).directory(modules.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    return new Run(process.exitValue(), output);
  }

  private static String write(Path dir, String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8).toString();
  }

  /** Mermaid and jsdom in {@code target/mermaid}, installed with npm on first use. */
  private static Path installMermaid() throws Exception {
    if (Tools.onPath("node") == null || Tools.onPath("npm") == null) {
      Tools.skipOrFailWithout(
          "Node.js and npm are not on the PATH: Mermaid cannot check the diagrams");
    }
    Path modules = Path.of("target", "mermaid").toAbsolutePath();
    if (!Files.isDirectory(modules.resolve("node_modules/mermaid"))
        || !Files.isDirectory(modules.resolve("node_modules/jsdom"))) {
      Files.createDirectories(modules);
      Process npm =
          new ProcessBuilder(
                  "npm",
                  "install",
                  "--prefix",
                  modules.toString(),
                  "--no-audit",
                  "--no-fund",
                  "--loglevel=error",
                  MERMAID,
                  JSDOM)
              .redirectErrorStream(true)
              .start();
      String log = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(npm.waitFor(10, TimeUnit.MINUTES)).as("npm install finishes").isTrue();
      assertThat(npm.exitValue()).as("npm install %s %s: %s", MERMAID, JSDOM, log).isZero();
    }
    return modules;
  }
}
