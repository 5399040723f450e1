package dev.dddgen.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dddgen.model.DomainModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every generated README (Go and Java team files) embeds the diagrams {@code dddgen diagram}
 * prints, each under its heading in a fenced Mermaid block, in the same order; GoldenTest holds the
 * READMEs byte for byte and MermaidParseTest has Mermaid read the same diagrams.
 */
class ReadmeDiagramsTest {
  @ParameterizedTest
  @ValueSource(strings = {"shop", "library", "library-java"})
  void theGeneratedReadmeEmbedsEveryDiagramOfTheModel(String example) throws Exception {
    Path root = DiagramTest.ROOT.resolve("examples").resolve(example);
    DomainModel model = DiagramTest.load(root.resolve("dddgen.yaml"));
    String readme = Files.readString(root.resolve("backend/README.md"));

    List<Mermaid.Section> sections = Mermaid.sections(model);
    assertThat(sections.stream().filter(s -> s.title().startsWith("Lifecycle of ")))
        .as("a state diagram per lifecycle")
        .isNotEmpty();
    int from = readme.indexOf("## The domain in diagrams\n");
    assertThat(from).as("the README's diagram section").isPositive();
    for (Mermaid.Section section : sections) {
      String block =
          "### "
              + section.title()
              + "\n\n```mermaid\n"
              + String.join("\n", section.lines())
              + "\n```\n"
              + section.note().map(n -> "\n" + n + "\n").orElse("");
      int at = readme.indexOf(block, from);
      assertThat(at)
          .as("%s: %s, after the previous diagram", example, section.title())
          .isPositive();
      from = at + block.length();
    }
  }
}
