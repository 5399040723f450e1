package dev.dddgen.stack.java;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.googlejavaformat.java.Formatter;
import com.google.googlejavaformat.java.RemoveUnusedImports;
import dev.dddgen.cli.CliRunner;
import dev.dddgen.definition.DefinitionLoader;
import dev.dddgen.model.DomainModel;
import dev.dddgen.render.Artifact;
import dev.dddgen.render.UnparsableOutputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed Java example is google-java-format clean (what {@code google-java-format --dry-run}
 * checks), has no unused import and no line over 100 columns.
 */
class JavaFormatTest {
  private static final Path EXAMPLE = CliRunner.repo().resolve("examples/library-java/backend");

  @Test
  void theGoldenJavaTreeIsFormatted() throws Exception {
    Formatter formatter = new Formatter();
    List<String> unformatted = new ArrayList<>();
    List<String> unusedImports = new ArrayList<>();
    List<String> longLines = new ArrayList<>();
    List<Path> sources = javaFiles();
    assertThat(sources).hasSizeGreaterThan(50);
    for (Path file : sources) {
      String text = Files.readString(file);
      String name = EXAMPLE.relativize(file).toString();
      if (!formatter.formatSource(text).equals(text)) {
        unformatted.add(name);
      }
      if (!RemoveUnusedImports.removeUnusedImports(text).equals(text)) {
        unusedImports.add(name);
      }
      String[] lines = text.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].length() > 100
            && !lines[i].startsWith("import ")
            && !lines[i].startsWith("package ")) {
          longLines.add(name + ":" + (i + 1));
        }
      }
    }
    assertThat(unformatted).as("files google-java-format would change").isEmpty();
    assertThat(unusedImports).as("files with unused imports").isEmpty();
    assertThat(longLines).as("lines over 100 columns").isEmpty();
  }

  @Test
  void generatedJavaIsFormattedAndUnusedImportsDropped() throws Exception {
    String rendered =
        "package a;\nimport java.util.List;\nimport java.util.Map;\n"
            + "public record R(List<String> names,\n    int n) {\n}\n";
    assertThat(JavaFormat.format("a/R.java", rendered))
        .isEqualTo(
            "package a;\n\nimport java.util.List;\n\npublic record R(List<String> names, int n) {}\n");
  }

  @Test
  void javaPoetSourcesFormatTheSameWithoutFixingTheirImports() throws Exception {
    int compared = 0;
    for (String definition :
        List.of("examples/library-java/dddgen.yaml", "cli/src/test/resources/java/edge.yaml")) {
      Path file = CliRunner.repo().resolve(definition);
      DomainModel model = DefinitionLoader.load(file, file.toString());
      for (Artifact artifact : new JavaTarget().artifacts(model)) {
        if (artifact.context().get("source") instanceof String source) {
          assertThat(JavaFormat.format(artifact.path(), source, true))
              .as(artifact.path())
              .isEqualTo(JavaFormat.format(artifact.path(), source, false));
          compared++;
        }
      }
    }
    assertThat(compared).isGreaterThan(40);
  }

  @Test
  void aLongStringIsStillWrappedWhenTheImportsAreExact() throws Exception {
    String source = "package a;\n\nclass C {\n  String s = \"" + "word ".repeat(30) + "\";\n}\n";
    assertThat(JavaFormat.format("a/C.java", source, true))
        .isEqualTo(JavaFormat.format("a/C.java", source, false))
        .contains("+ \"");
  }

  @Test
  void javaThatDoesNotParseIsReportedWithItsFileAndLine() {
    String broken = "package a;\npublic class {\n";
    assertThatThrownBy(() -> JavaFormat.format("src/a/B.java", broken))
        .isInstanceOf(UnparsableOutputException.class)
        .hasMessageStartingWith("renders invalid Java: src/a/B.java, line 2: ");
  }

  private static List<Path> javaFiles() throws IOException {
    try (Stream<Path> walk = Files.walk(EXAMPLE)) {
      return walk.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
  }
}
