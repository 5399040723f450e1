package dev.dddgen.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A formatter run over a whole project formats only what it has not formatted before. */
class FormatMemoTest {
  @TempDir Path templates;

  /** Upper-cases the .go files it is given and remembers which, as version {@code version}. */
  private static final class UpperCase implements FilePlan.Formatting {
    final String version;
    final List<List<String>> batches = new ArrayList<>();

    UpperCase(String version) {
      this.version = version;
    }

    @Override
    public List<GeneratedFile> formatAll(List<GeneratedFile> files) {
      batches.add(files.stream().map(GeneratedFile::path).toList());
      return files.stream()
          .map(
              f ->
                  f.path().endsWith(".go")
                      ? new GeneratedFile(f.path(), f.content().toUpperCase(), f.editable())
                      : f)
          .toList();
    }

    @Override
    public boolean formats(String path) {
      return path.endsWith(".go");
    }

    @Override
    public String version() {
      return version;
    }
  }

  private RenderedFiles render(UpperCase formatting, FormatMemo memo, String... paths)
      throws IOException, RenderException {
    Files.writeString(templates.resolve("line.mustache"), "{{text}}\n");
    Renderer renderer =
        new Renderer(new TemplateLookup(List.of(new TemplateLookup.Source("test", templates))));
    List<ArtifactGroup> groups = new ArrayList<>();
    for (String path : paths) {
      groups.add(
          ArtifactGroup.ready(
              List.of(new Artifact(path, "line", Map.of("text", "text of " + path), false))));
    }
    return ArtifactRenderer.renderAll(
        new FilePlan(groups, (artifact, rendered) -> rendered, formatting), renderer, memo);
  }

  /** A memo of a previous run's output: each formatted text by path, kept under its fingerprint. */
  private static FormatMemo memoOf(RenderedFiles previous) {
    Map<String, String> byHash = new HashMap<>();
    for (GeneratedFile file : previous.files()) {
      String hash = previous.sourceHashes().get(file.path());
      if (hash != null) {
        byHash.put(file.path() + " " + hash, file.content());
      }
    }
    return (path, hash) -> Optional.ofNullable(byHash.get(path + " " + hash));
  }

  @Test
  void aSecondRunFormatsOnlyTheFilesWhoseTextChangedAndOutputIsTheSame() throws Exception {
    UpperCase first = new UpperCase("fmt 1");
    RenderedFiles before = render(first, FormatMemo.NONE, "b.go", "a.go", "c.txt");
    assertThat(before.files())
        .extracting(GeneratedFile::content)
        .containsExactly("TEXT OF A.GO\n", "TEXT OF B.GO\n", "text of c.txt\n");
    assertThat(before.sourceHashes()).containsOnlyKeys("a.go", "b.go");

    UpperCase second = new UpperCase("fmt 1");
    RenderedFiles again = render(second, memoOf(before), "b.go", "a.go", "c.txt", "d.go");

    assertThat(second.batches).containsExactly(List.of("d.go"));
    assertThat(again.files())
        .extracting(GeneratedFile::content)
        .containsExactly("TEXT OF A.GO\n", "TEXT OF B.GO\n", "text of c.txt\n", "TEXT OF D.GO\n");
    assertThat(again.sourceHashes()).containsAllEntriesOf(before.sourceHashes());
  }

  @Test
  void finalTextsAreHashedAsTheyAreMadeAndRememberedOnesAreNot() throws Exception {
    RenderedFiles before = render(new UpperCase("fmt 1"), FormatMemo.NONE, "a.go", "c.txt");
    for (GeneratedFile file : before.files()) {
      assertThat(before.sha256Of(file.content())).isEqualTo(Sha256.hex(file.content()));
    }
    // The same characters in another string are not vouched for: the hash is the text's own.
    assertThat(before.sha256Of(new String(before.files().get(0).content()))).isNull();

    RenderedFiles again = render(new UpperCase("fmt 1"), memoOf(before), "a.go", "c.txt");
    GeneratedFile remembered = again.files().get(0);
    assertThat(remembered.path()).isEqualTo("a.go");
    assertThat(again.sha256Of(remembered.content())).isNull();
    assertThat(again.sha256Of(again.files().get(1).content()))
        .isEqualTo(Sha256.hex("text of c.txt\n"));
  }

  @Test
  void anotherFormatterVersionFormatsEverythingAgain() throws Exception {
    RenderedFiles before = render(new UpperCase("fmt 1"), FormatMemo.NONE, "a.go", "b.go");

    UpperCase upgraded = new UpperCase("fmt 2");
    RenderedFiles again = render(upgraded, memoOf(before), "a.go", "b.go");

    assertThat(upgraded.batches).containsExactly(List.of("a.go", "b.go"));
    assertThat(again.sourceHashes().get("a.go")).isNotEqualTo(before.sourceHashes().get("a.go"));
  }

  @Test
  void aFileTheMemoRemembersIsTakenFromItEvenIfFormattingWouldDifferNow() throws Exception {
    RenderedFiles before = render(new UpperCase("fmt 1"), FormatMemo.NONE, "a.go");
    String hash = before.sourceHashes().get("a.go");

    UpperCase again = new UpperCase("fmt 1");
    RenderedFiles reused =
        render(
            again,
            (path, h) -> h.equals(hash) ? Optional.of("REMEMBERED\n") : Optional.empty(),
            "a.go");

    assertThat(again.batches).isEmpty();
    assertThat(reused.files()).extracting(GeneratedFile::content).containsExactly("REMEMBERED\n");
  }
}
