package dev.dddgen.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dddgen.render.GeneratedFile;
import dev.dddgen.render.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {
  @TempDir Path project;
  Path output;

  @BeforeEach
  void setUp() {
    output = project.resolve("backend");
  }

  private Plan generate(boolean force, GeneratedFile... files) throws IOException {
    Plan plan =
        Workspace.plan(
            new OutputFolder(output),
            StateStore.locate(project, output),
            List.of(files),
            force,
            Plan.Evolution.none());
    Workspace.apply(plan);
    return plan;
  }

  private static GeneratedFile file(String path, String... lines) {
    return new GeneratedFile(path, String.join("\n", lines) + "\n", false);
  }

  private String read(String path) throws IOException {
    return Files.readString(output.resolve(path));
  }

  private void write(String path, String text) throws IOException {
    Files.writeString(output.resolve(path), text);
  }

  private static Change.Status status(Plan plan, String path) {
    return plan.changes().stream()
        .filter(c -> c.path().equals(path))
        .findFirst()
        .orElseThrow()
        .status();
  }

  @Test
  void firstRunCreatesAndSecondChangesNothing() throws IOException {
    Plan first = generate(false, file("a.go", "package a"), file("sub/b.go", "package b"));
    assertThat(first.with(Change.Status.CREATE)).hasSize(2);
    assertThat(project.resolve(".dddgen/manifest")).exists();
    Plan second = generate(false, file("a.go", "package a"), file("sub/b.go", "package b"));
    assertThat(second.changesDisk()).isFalse();
    assertThat(second.with(Change.Status.UNCHANGED)).hasSize(2);
  }

  @Test
  void aNewScriptIsExecutableAndAReplacedFileKeepsItsMode() throws IOException {
    generate(false, file("mvnw", "#!/bin/sh", "echo one"), file("notes.txt", "#not a script"));
    assertThat(Files.isExecutable(output.resolve("mvnw"))).isTrue();
    assertThat(Files.isExecutable(output.resolve("notes.txt"))).isFalse();

    Files.setPosixFilePermissions(
        output.resolve("mvnw"), PosixFilePermissions.fromString("rw-r--r--"));
    generate(false, file("mvnw", "#!/bin/sh", "echo two"), file("notes.txt", "#not a script"));
    assertThat(read("mvnw")).isEqualTo("#!/bin/sh\necho two\n");
    assertThat(Files.isExecutable(output.resolve("mvnw")))
        .as("the owner's choice is kept")
        .isFalse();
  }

  @Test
  void untouchedFileIsReplaced() throws IOException {
    generate(false, file("a.go", "one"));
    Plan plan = generate(false, file("a.go", "two"));
    assertThat(status(plan, "a.go")).isEqualTo(Change.Status.UPDATE);
    assertThat(read("a.go")).isEqualTo("two\n");
  }

  @Test
  void userEditElsewhereIsMergedWithTheGeneratorsChange() throws IOException {
    generate(false, file("a.go", "header", "", "func A() {}", "", "func B() {}"));
    write("a.go", "header\n\nfunc A() {}\n\nfunc B() {}\n\n// mine\nfunc Mine() {}\n");
    Plan plan = generate(false, file("a.go", "header v2", "", "func A() {}", "", "func B() {}"));
    assertThat(status(plan, "a.go")).isEqualTo(Change.Status.MERGE);
    assertThat(read("a.go"))
        .isEqualTo("header v2\n\nfunc A() {}\n\nfunc B() {}\n\n// mine\nfunc Mine() {}\n");
    // the merged file counts as edited from now on: a run without definition change keeps it
    Plan again = generate(false, file("a.go", "header v2", "", "func A() {}", "", "func B() {}"));
    assertThat(status(again, "a.go")).isEqualTo(Change.Status.EDITED);
    assertThat(again.changesDisk()).isFalse();
  }

  @Test
  void sameLineEditedByBothIsAConflictWithMarkers() throws IOException {
    generate(false, file("a.go", "x := 1"));
    write("a.go", "x := 2\n");
    Plan plan = generate(false, file("a.go", "x := 3"));
    assertThat(plan.hasConflicts()).isTrue();
    assertThat(read("a.go")).contains("<<<<<<< ", "x := 2", "=======", "x := 3", ">>>>>>> ");
  }

  @Test
  void hashesMadeWhileRenderingAreRecordedOnlyForTheTextTheyWereMadeOf() throws IOException {
    generate(false, file("a.go", "x := 1"));
    write("a.go", "x := 2\n");
    generate(false, file("a.go", "x := 3")); // a conflict, left unresolved on disk
    GeneratedFile a = file("a.go", "x := 4");
    GeneratedFile b = file("b.go", "package b");
    Map<String, String> known = new java.util.IdentityHashMap<>();
    known.put(a.content(), Sha256.hex(a.content()));
    known.put(b.content(), Sha256.hex(b.content()));
    Plan plan =
        Workspace.plan(
            new OutputFolder(output),
            StateStore.locate(project, output),
            List.of(a, b),
            false,
            Plan.Evolution.none(),
            Map.of(),
            known::get);
    // a.go keeps its old base (what was generated before the conflict), not this run's text.
    assertThat(status(plan, "a.go")).isEqualTo(Change.Status.UNRESOLVED);
    assertThat(plan.textHashes()).containsOnlyKeys("b.go");
    Workspace.apply(plan);
    String manifest = Files.readString(project.resolve(".dddgen/manifest"));
    assertThat(manifest)
        .contains(Sha256.hex(b.content()) + "  backend/b.go")
        .contains(Sha256.hex("x := 3\n") + "  backend/a.go");
  }

  @Test
  void userDeletedFileStaysDeletedUnlessForced() throws IOException {
    generate(false, file("a.go", "one"));
    Files.delete(output.resolve("a.go"));
    Plan plan = generate(false, file("a.go", "two"));
    assertThat(status(plan, "a.go")).isEqualTo(Change.Status.USER_DELETED);
    assertThat(output.resolve("a.go")).doesNotExist();
    generate(true, file("a.go", "two"));
    assertThat(read("a.go")).isEqualTo("two\n");
  }

  @Test
  void orphansAreRemovedOnlyWhenUntouched() throws IOException {
    generate(false, file("keep.go", "k"), file("old/gone.go", "g"), file("edited.go", "e"));
    write("edited.go", "e\nmine\n");
    Plan plan = generate(false, file("keep.go", "k"));
    assertThat(status(plan, "old/gone.go")).isEqualTo(Change.Status.DELETE);
    assertThat(status(plan, "edited.go")).isEqualTo(Change.Status.ORPHAN_KEPT);
    assertThat(output.resolve("old")).doesNotExist();
    assertThat(read("edited.go")).isEqualTo("e\nmine\n");
  }

  @Test
  void existingFileNotWrittenByDddgenIsKeptUnlessForced() throws IOException {
    Files.createDirectories(output);
    write("a.go", "hand written\n");
    Plan plan = generate(false, file("a.go", "generated"));
    assertThat(status(plan, "a.go")).isEqualTo(Change.Status.UNTRACKED);
    assertThat(read("a.go")).isEqualTo("hand written\n");
  }

  @Test
  void pathsThatLeaveTheOutputFolderAreRefused() throws IOException {
    OutputFolder folder = new OutputFolder(output);
    for (String bad : List.of("../x.go", "/etc/passwd", "a/../../x", "a//b", "a\\b")) {
      assertThatThrownBy(() -> folder.resolve(bad)).isInstanceOf(IOException.class);
    }
    Files.createDirectories(output);
    Path outside = Files.createDirectories(project.resolve("outside"));
    Files.createSymbolicLink(output.resolve("link"), outside);
    assertThatThrownBy(() -> generate(false, file("link/x.go", "x")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("link");
    assertThat(outside.resolve("x.go")).doesNotExist();
  }

  @Test
  void aDanglingLinkInTheWayIsRefusedWithAMessageThatSaysSo() throws IOException {
    Files.createDirectories(output);
    Path outside = project.resolve("outside");
    Files.createDirectories(outside);
    Files.createSymbolicLink(output.resolve("a.go"), outside.resolve("missing.go"));
    Files.createSymbolicLink(output.resolve("gone"), project.resolve("no-such-folder"));

    assertThatThrownBy(() -> generate(true, file("a.go", "x")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("refusing to write 'a.go'")
        .hasMessageContaining("link");
    assertThatThrownBy(() -> generate(true, file("gone/x.go", "x")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("refusing to write 'gone/x.go'")
        .hasMessageContaining("link");
    assertThat(outside.resolve("missing.go")).doesNotExist();
    assertThat(project.resolve("no-such-folder")).doesNotExist();
  }

  @Test
  void aStateFolderThatLinksOutIsRefusedBeforeAnythingIsWritten() throws IOException {
    Path outside = Files.createTempDirectory("dddgen-outside");
    try {
      Files.createSymbolicLink(project.resolve(".dddgen"), outside);

      assertThatThrownBy(() -> generate(false, file("a.go", "x")))
          .isInstanceOf(IOException.class)
          .hasMessageContaining(".dddgen")
          .hasMessageContaining("link");
      assertThat(output.resolve("a.go")).doesNotExist();
      try (var written = Files.list(outside)) {
        assertThat(written).isEmpty();
      }

      Files.delete(project.resolve(".dddgen"));
      Files.createDirectories(project.resolve(".dddgen"));
      Files.createSymbolicLink(project.resolve(".dddgen/snapshots"), outside);
      assertThatThrownBy(() -> generate(false, file("a.go", "x")))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("snapshots")
          .hasMessageContaining("link");
      assertThat(output.resolve("a.go")).doesNotExist();
    } finally {
      try (var walk = Files.walk(outside)) {
        for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  @Test
  void aFailedWriteLeavesEveryFileOldOrNew() throws IOException {
    generate(false, file("a.go", "a1"), file("b.go", "b1"), file("c.go", "c1"));
    // b.go becomes a non-empty folder: writing it fails half way through the run
    Files.delete(output.resolve("b.go"));
    Files.createDirectories(output.resolve("b.go/inner"));
    assertThatThrownBy(
            () -> generate(true, file("a.go", "a2"), file("b.go", "b2"), file("c.go", "c2")))
        .isInstanceOf(IOException.class);
    assertThat(read("a.go")).isIn("a1\n", "a2\n");
    assertThat(read("c.go")).isIn("c1\n", "c2\n");
    try (var files = Files.list(output)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.endsWith(".dddgen-tmp"));
    }
    // The state prepared beside the files is dropped: it still records the run before.
    try (var files = Files.list(project.resolve(".dddgen"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.endsWith(".dddgen-tmp"));
    }
    assertThat(Files.readString(project.resolve(".dddgen/base.txt"))).contains("a1\n");
    // the next run, once the obstacle is gone, finishes the job
    Files.delete(output.resolve("b.go/inner"));
    Files.delete(output.resolve("b.go"));
    generate(true, file("a.go", "a2"), file("b.go", "b2"), file("c.go", "c2"));
    assertThat(read("b.go")).isEqualTo("b2\n");
  }

  @Test
  void twoOutputsShareTheStateFolderAndEachKeepsItsBases() throws IOException {
    Path other = project.resolve("other");
    generate(false, file("a.go", "first"));
    Workspace.apply(
        Workspace.plan(
            new OutputFolder(other),
            StateStore.locate(project, other),
            List.of(file("a.go", "second")),
            false,
            Plan.Evolution.none()));

    Plan plan = generate(false, file("a.go", "first", "theirs"));

    assertThat(StateStore.locate(project, other).base("a.go")).contains("second\n");
    assertThat(status(plan, "a.go")).isEqualTo(Change.Status.UPDATE);
    assertThat(Files.readString(project.resolve(".dddgen/base.txt")))
        .contains("<<< backend/a.go 13\nfirst\ntheirs\n\n<<< other/a.go 7\nsecond\n\n");
  }

  @Test
  void baseCopiesOfTheOldOneFilePerFileLayoutAreReadThenReplaced() throws IOException {
    generate(false, file("a.go", "one"));
    Path legacy = project.resolve(".dddgen/base/backend/a.go");
    Files.createDirectories(legacy.getParent());
    Files.move(project.resolve(".dddgen/base.txt"), project.resolve("moved"));
    Files.writeString(legacy, "one\n");
    write("a.go", "one\nmine\n");

    Plan plan = generate(false, file("a.go", "one", "mine"));

    assertThat(status(plan, "a.go")).isEqualTo(Change.Status.UNCHANGED);
    assertThat(project.resolve(".dddgen/base")).doesNotExist();
    assertThat(StateStore.locate(project, output).base("a.go")).contains("one\nmine\n");
  }

  @Test
  void aDamagedBaseFileOnlyLosesTheBasesItNoLongerHolds() {
    java.util.Map<String, String> bases = new java.util.HashMap<>();
    BaseRecords.read(
        "<<< a.go 4\none\n\n<<< b.go 99\ntruncated"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8),
        bases);
    assertThat(bases).containsExactly(java.util.Map.entry("a.go", "one\n"));
  }
}
