package dev.dddgen.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactRendererTest {
  @TempDir Path templates;

  private Renderer renderer() throws IOException {
    Files.writeString(templates.resolve("line.mustache"), "{{text}}\n");
    Files.writeString(templates.resolve("broken.mustache"), "{{missing}}\n");
    return new Renderer(new TemplateLookup(List.of(new TemplateLookup.Source("test", templates))));
  }

  private static Artifact artifact(String path, String template) {
    return new Artifact(path, template, Map.of("text", path), false);
  }

  @Test
  void groupsAreBuiltWhenRenderedEachOnceAndTheFilesComeOutInPathOrder() throws Exception {
    int count = 200;
    AtomicInteger built = new AtomicInteger();
    List<ArtifactGroup> groups = new ArrayList<>();
    for (int i = count - 1; i >= 0; i--) {
      String path = String.format("f%03d.txt", i);
      groups.add(
          ArtifactGroup.of(
              () -> {
                built.incrementAndGet();
                return List.of(artifact(path, "line"));
              }));
    }
    assertThat(built).hasValue(0);

    List<GeneratedFile> files = ArtifactRenderer.renderAll(echo(groups), renderer());

    assertThat(built).hasValue(count);
    assertThat(files).hasSize(count);
    assertThat(files.get(0)).isEqualTo(new GeneratedFile("f000.txt", "f000.txt\n", false));
    assertThat(files.stream().map(GeneratedFile::path).toList()).isSorted();
  }

  @Test
  void theTargetFormatsAllFilesAtOnceInPathOrder() throws Exception {
    List<ArtifactGroup> groups =
        List.of(
            ArtifactGroup.of(() -> List.of(artifact("b.txt", "line"))),
            ArtifactGroup.of(() -> List.of(artifact("a.txt", "line"))));
    List<List<String>> batches = new ArrayList<>();
    FilePlan upperCase =
        new FilePlan(
            groups,
            (artifact, rendered) -> rendered,
            files -> {
              batches.add(files.stream().map(GeneratedFile::path).toList());
              return files.stream()
                  .map(f -> new GeneratedFile(f.path(), f.content().toUpperCase(), f.editable()))
                  .toList();
            });

    List<GeneratedFile> files = ArtifactRenderer.renderAll(upperCase, renderer());

    assertThat(batches).containsExactly(List.of("a.txt", "b.txt"));
    assertThat(files).extracting(GeneratedFile::content).containsExactly("A.TXT\n", "B.TXT\n");
  }

  @Test
  void outputThatDoesNotParseNamesTheTemplateWhereItWasFoundTheFileAndTheLine() throws Exception {
    List<ArtifactGroup> groups =
        List.of(
            ArtifactGroup.of(() -> List.of(artifact("ok.txt", "line"))),
            ArtifactGroup.of(() -> List.of(artifact("bad.txt", "other"))));
    Renderer renderer = renderer();
    Files.writeString(templates.resolve("other.mustache"), "{{text}}\n");
    FilePlan inBatch =
        new FilePlan(
            groups,
            (artifact, rendered) -> rendered,
            files -> {
              throw new UnparsableOutputException("bad.txt", "Text", 1, "expected a bracket");
            });
    FilePlan alone =
        new FilePlan(
            groups,
            (artifact, rendered) -> {
              if (artifact.path().equals("bad.txt")) {
                throw new UnparsableOutputException("bad.txt", "Text", 0, "no idea");
              }
              return rendered;
            });

    assertThatThrownBy(() -> ArtifactRenderer.renderAll(inBatch, renderer))
        .isInstanceOf(RenderException.class)
        .hasMessage(
            "template other ("
                + templates.resolve("other.mustache")
                + ") renders invalid Text: bad.txt, line 1: expected a bracket");
    assertThatThrownBy(() -> ArtifactRenderer.renderAll(alone, renderer))
        .isInstanceOf(RenderException.class)
        .hasMessage(
            "template other ("
                + templates.resolve("other.mustache")
                + ") renders invalid Text: bad.txt: no idea");
  }

  @Test
  void theFirstFailingArtifactInOrderIsReportedOnEveryRun() throws Exception {
    Renderer renderer = renderer();
    List<ArtifactGroup> groups = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      String path = "f" + i + ".txt";
      // Artifacts 37 and 80 fail, each for a reason of its own.
      String template = i == 37 ? "broken" : i == 80 ? "absent" : "line";
      groups.add(ArtifactGroup.of(() -> List.of(artifact(path, template))));
    }
    for (int run = 0; run < 20; run++) {
      assertThatThrownBy(() -> ArtifactRenderer.renderAll(echo(groups), renderer))
          .isInstanceOf(RenderException.class)
          .hasMessageContaining("broken.mustache:1")
          .hasMessageContaining("missing variable 'missing'");
    }
  }

  @Test
  void aFileEndsWithExactlyOneNewlineAndHasLfLineEndings() {
    assertThat(ArtifactRenderer.normalize("a\nb\n")).isEqualTo("a\nb\n");
    assertThat(ArtifactRenderer.normalize("a\r\nb\r\n")).isEqualTo("a\nb\n");
    assertThat(ArtifactRenderer.normalize("a\nb")).isEqualTo("a\nb\n");
    assertThat(ArtifactRenderer.normalize("a\nb\n\n\n")).isEqualTo("a\nb\n");
    assertThat(ArtifactRenderer.normalize("a\r\n\r\n")).isEqualTo("a\n");
    assertThat(ArtifactRenderer.normalize("x")).isEqualTo("x\n");
  }

  @Test
  void aFileOfNewlinesOnlyIsEmpty() {
    assertThat(ArtifactRenderer.normalize("")).isEmpty();
    assertThat(ArtifactRenderer.normalize("\n")).isEmpty();
    assertThat(ArtifactRenderer.normalize("\n\r\n\n")).isEmpty();
  }

  /** A plan that writes what the template rendered. */
  private static FilePlan echo(List<ArtifactGroup> groups) {
    return new FilePlan(groups, (artifact, rendered) -> rendered);
  }
}
