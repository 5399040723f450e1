package dev.dddgen.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder that does not exist yet gets whole files, and nothing at all when one fails. */
class AtomicFilesTest {
  @TempDir Path parent;

  @Test
  void aNewFolderGetsEveryFileAndNothingStagedIsLeft() throws IOException {
    Path root = parent.resolve("out");
    Map<Path, String> files = new LinkedHashMap<>();
    files.put(root.resolve("a/b/c.go"), "package b\n");
    files.put(root.resolve("mvnw"), "#!/bin/sh\n");
    files.put(root.resolve("README.md"), "read me\n");

    AtomicFiles.createTree(root, files);

    assertThat(Files.readString(root.resolve("a/b/c.go"))).isEqualTo("package b\n");
    assertThat(Files.readString(root.resolve("README.md"))).isEqualTo("read me\n");
    assertThat(Files.getPosixFilePermissions(root.resolve("mvnw")))
        .contains(PosixFilePermission.OWNER_EXECUTE);
    assertThat(Files.getPosixFilePermissions(root.resolve("README.md")))
        .doesNotContain(PosixFilePermission.OWNER_EXECUTE);
    assertThat(entries(parent)).containsExactly("out");
    assertThat(entries(root)).containsExactly("README.md", "a", "mvnw");
  }

  @Test
  void aFileThatCannotBeWrittenLeavesNoFolderAndNothingStaged() throws IOException {
    Path root = parent.resolve("out");
    Map<Path, String> files = new LinkedHashMap<>();
    // "a" is both a file and the folder of another: it cannot be written.
    files.put(root.resolve("a"), "a file\n");
    files.put(root.resolve("a/b.go"), "package a\n");

    assertThatThrownBy(() -> AtomicFiles.createTree(root, files)).isInstanceOf(IOException.class);

    assertThat(entries(parent)).isEmpty();
  }

  private static java.util.List<String> entries(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
