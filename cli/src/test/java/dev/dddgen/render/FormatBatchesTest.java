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

  /** A file as big as the first batch: it starts that batch alone, two start the second. */
  private static GeneratedFile firstBatch(String path, String start) {
    return new GeneratedFile(
        path, start + "x".repeat((int) FormatBatches.FIRST_BATCH_CHARS), false);
  }

  @Test
  void filesBeyondOneBatchAreFormattedInGrowingBatchesEachOnceInPathOrder() throws Exception {
    Recording formatting = new Recording();
    Map<String, GeneratedFile> formatted;
    try (FormatBatches batches = new FormatBatches(formatting)) {
      for (String path : List.of("g.go", "f.go", "e.go", "d.go", "c.go", "b.go", "a.go", "h.go")) {
        batches.add(firstBatch(path, "text of " + path));
      }
      formatted = batches.formatted();
    }
    assertThat(formatting.batches)
        .containsExactlyInAnyOrder(
            List.of("g.go"),
            List.of("e.go", "f.go"),
            List.of("a.go", "b.go", "c.go", "d.go"),
            List.of("h.go"));
    assertThat(formatted)
        .containsOnlyKeys("a.go", "b.go", "c.go", "d.go", "e.go", "f.go", "g.go", "h.go");
    assertThat(formatted.get("h.go").content()).startsWith("TEXT OF H.GO");
  }

  @Test
  void batchesStopGrowingAtTheirFullSize() throws Exception {
    Recording formatting = new Recording();
    try (FormatBatches batches = new FormatBatches(formatting)) {
      // Half a full batch each: alone enough for the first six batches (64 KB to 2 MB), then two
      // to a batch, since the seventh and later batches are full-size (not 8 MB, then 16 MB).
      for (int i = 0; i < 10; i++) {
        batches.add(
            new GeneratedFile(i + ".go", "x".repeat((int) (FormatBatches.BATCH_CHARS / 2)), false));
      }
      batches.formatted();
    }
    assertThat(formatting.batches)
        .hasSize(8)
        .contains(
            List.of("0.go"), List.of("5.go"), List.of("6.go", "7.go"), List.of("8.go", "9.go"));
  }

  @Test
  void theFirstUnparsableFileInPathOrderIsReportedWhicheverBatchItWasIn() {
    Recording formatting = new Recording();
    try (FormatBatches batches = new FormatBatches(formatting)) {
      batches.add(firstBatch("z.go", "broken"));
      batches.add(firstBatch("y.go", "fine"));
      batches.add(firstBatch("b.go", "broken"));
      batches.add(firstBatch("a.go", "fine"));
      assertThatThrownBy(batches::formatted)
          .isInstanceOfSatisfying(
              UnparsableOutputException.class, e -> assertThat(e.path()).isEqualTo("b.go"));
    }
    assertThat(formatting.batches).hasSize(3);
  }
}
