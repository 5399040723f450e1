package dev.dddgen.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Files handed to a formatter in batches while rendering goes on come back as one run's would. */
class FormatBatchesTest {
  /** Upper-cases what it is given, refuses files whose text says so, and records each batch. */
  private static final class Recording implements FilePlan.Formatting {
    final List<List<String>> batches = Collections.synchronizedList(new ArrayList<>());

    @Override
    public List<GeneratedFile> formatAll(List<GeneratedFile> files)
        throws UnparsableOutputException {
      batches.add(files.stream().map(GeneratedFile::path).toList());
      for (GeneratedFile file : files) {
        if (file.content().startsWith("broken")) {
          throw new UnparsableOutputException(file.path(), "Go", 1, "broken");
        }
      }
      return files.stream()
          .map(f -> new GeneratedFile(f.path(), f.content().toUpperCase(), f.editable()))
          .toList();
    }

    @Override
    public String version() {
      return "test";
    }
  }

  /** A file of half a batch: two of them start a batch. */
  private static GeneratedFile half(String path, String start) {
    return new GeneratedFile(
        path, start + "x".repeat((int) (FormatBatches.BATCH_CHARS / 2)), false);
  }

  @Test
  void filesBeyondOneBatchAreFormattedInSeveralEachOnceInPathOrder() throws Exception {
    Recording formatting = new Recording();
    Map<String, GeneratedFile> formatted;
    try (FormatBatches batches = new FormatBatches(formatting)) {
      for (String path : List.of("d.go", "c.go", "b.go", "a.go", "e.go")) {
        batches.add(half(path, "text of " + path));
      }
      formatted = batches.formatted();
    }
    assertThat(formatting.batches)
        .containsExactlyInAnyOrder(
            List.of("c.go", "d.go"), List.of("a.go", "b.go"), List.of("e.go"));
    assertThat(formatted).containsOnlyKeys("a.go", "b.go", "c.go", "d.go", "e.go");
    assertThat(formatted.get("e.go").content()).startsWith("TEXT OF E.GO");
  }

  @Test
  void theFirstUnparsableFileInPathOrderIsReportedWhicheverBatchItWasIn() {
    Recording formatting = new Recording();
    try (FormatBatches batches = new FormatBatches(formatting)) {
      batches.add(half("z.go", "broken"));
      batches.add(half("y.go", "fine"));
      batches.add(half("b.go", "broken"));
      batches.add(half("a.go", "fine"));
      assertThatThrownBy(batches::formatted)
          .isInstanceOfSatisfying(
              UnparsableOutputException.class, e -> assertThat(e.path()).isEqualTo("b.go"));
    }
    assertThat(formatting.batches).hasSize(2);
  }
}
