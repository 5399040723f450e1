package dev.dddgen.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dddgen.render.GeneratedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The state remembers what each formatted file was made from, and vouches only for intact ones. */
class FormatSourcesTest {
  @TempDir Path project;

  private Plan generate(String output, Map<String, String> hashes, GeneratedFile... files)
      throws IOException {
    Path out = project.resolve(output);
    Plan plan =
        Workspace.plan(
            new OutputFolder(out),
            StateStore.locate(project, out),
            List.of(files),
            false,
            Plan.Evolution.none(),
            hashes,
            text -> null);
    Workspace.apply(plan);
    return plan;
  }

  private StateStore state(String output) throws IOException {
    return StateStore.locate(project, project.resolve(output));
  }

  private static GeneratedFile file(String path, String text) {
    return new GeneratedFile(path, text, false);
  }

  @Test
  void aFormattedFileIsFoundByTheFingerprintOfWhatWasFormatted() throws IOException {
    generate("backend", Map.of("a.go", "h1"), file("a.go", "formatted a\n"), file("b.txt", "b\n"));

    assertThat(state("backend").formatted("a.go", "h1")).contains("formatted a\n");
    assertThat(state("backend").formatted("a.go", "h2")).isEmpty();
    assertThat(state("backend").formatted("b.txt", "h1")).isEmpty();
    assertThat(Files.readString(project.resolve(".dddgen/formatted")))
        .endsWith("h1  backend/a.go\n");
  }

  @Test
  void aDamagedBaseCopyIsNotVouchedFor() throws IOException {
    generate("backend", Map.of("a.go", "h1"), file("a.go", "formatted a\n"));
    Path base = project.resolve(".dddgen/base.txt");
    Files.writeString(base, Files.readString(base).replace("formatted a", "formatted b"));

    assertThat(state("backend").formatted("a.go", "h1")).isEmpty();
  }

  @Test
  void aFileLeftWithConflictMarkersKeepsNoFingerprint() throws IOException {
    generate("backend", Map.of("a.go", "h1"), file("a.go", "x := 1\n"));
    Files.writeString(project.resolve("backend/a.go"), "x := 2\n");
    generate("backend", Map.of("a.go", "h2"), file("a.go", "x := 3\n"));
    assertThat(Files.readString(project.resolve("backend/a.go"))).contains("<<<<<<<");

    Plan unresolved = generate("backend", Map.of("a.go", "h4"), file("a.go", "x := 4\n"));

    assertThat(unresolved.formatSources()).isEmpty();
    assertThat(state("backend").formatted("a.go", "h4")).isEmpty();
    assertThat(state("backend").formatted("a.go", "h2")).isEmpty();
  }

  @Test
  void twoOutputsKeepEachOthersFingerprintsAndAnUnchangedFileIsNotRewritten() throws IOException {
    generate("backend", Map.of("a.go", "h1"), file("a.go", "first\n"));
    generate("other", Map.of("a.go", "h2"), file("a.go", "second\n"));
    Path formatted = project.resolve(".dddgen/formatted");
    long written = Files.getLastModifiedTime(formatted).toMillis();
    Files.setLastModifiedTime(
        formatted, java.nio.file.attribute.FileTime.fromMillis(written - 5000));

    generate("backend", Map.of("a.go", "h1"), file("a.go", "first\n"));

    assertThat(state("backend").formatted("a.go", "h1")).contains("first\n");
    assertThat(state("other").formatted("a.go", "h2")).contains("second\n");
    assertThat(Files.getLastModifiedTime(formatted).toMillis()).isEqualTo(written - 5000);
  }
}
