package dev.dddgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regeneration as a user drives it from the command line (issues 5 and 6): check, dry run, the
 * ask-first step without a terminal, conflicts that stay visible until resolved, and migrations
 * written by hand beside the generated ones.
 */
class RegenerationTest {
  private static final String V1 =
      """
      # my library
      version: 1
      project: { name: lib, target: go, module: example.com/lib, output: backend }
      security: { default: public }
      aggregates:
        Book:
          fields:
            title: { type: string, maxLength: 200 }   # keep short
      """;

  @TempDir Path dir;
  Path definition;
  Path backend;

  @BeforeEach
  void setUp() {
    definition = dir.resolve("dddgen.yaml");
    backend = dir.resolve("backend");
  }

  private CliRunner.Result run(String... args) {
    List<String> all = new java.util.ArrayList<>(List.of(args));
    all.addAll(List.of("-f", definition.toString()));
    return CliRunner.run(all);
  }

  private void define(String text) throws IOException {
    Files.writeString(definition, text, StandardCharsets.UTF_8);
  }

  private void generated(String text) throws IOException {
    define(text);
    CliRunner.Result result = run("generate", "--yes", "--quiet");
    assertThat(result.exitCode()).as(result.describe()).isEqualTo(ExitCodes.OK);
  }

  private Path entity() {
    return backend.resolve("internal/domain/book/book.go");
  }

  /**
   * Replaces, in the one line of {@code file} that contains {@code marker}, {@code from} by {@code
   * to}.
   */
  private static void editLine(Path file, String marker, String from, String to)
      throws IOException {
    List<String> lines =
        new java.util.ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    int hits = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(marker)) {
        assertThat(lines.get(i)).contains(from);
        lines.set(i, lines.get(i).replace(from, to));
        hits++;
      }
    }
    assertThat(hits).as("lines of %s containing %s", file.getFileName(), marker).isEqualTo(1);
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  /** Every file under the project folder, the definition excepted, with its text. */
  private Map<String, String> tree() {
    return CliRunner.tree(dir, definition);
  }

  @Test
  void aChangedDefinitionIsStaleUntilGeneratedAndTheAskFirstStepNeedsYesWithoutATerminal()
      throws IOException {
    generated(V1);
    editLine(entity(), "return b.title", "return b.title", "return b.title // mine");
    define(V1.replace("# keep short", "# keep short\n      pages: { type: int, optional: true }"));
    Map<String, String> before = tree();

    CliRunner.Result check = run("check");
    assertThat(check.exitCode()).as(check.describe()).isEqualTo(ExitCodes.STALE_OR_CONFLICT);
    assertThat(check.stdout())
        .contains("stale (your edits merge cleanly)  internal/domain/book/book.go")
        .contains("missing  migrations/000002_add_pages_to_books.up.sql");

    CliRunner.Result json = run("check", "--format", "json");
    assertThat(json.exitCode()).isEqualTo(ExitCodes.STALE_OR_CONFLICT);
    assertThat(json.stdout())
        .startsWith("{\"upToDate\":false,")
        .contains(
            "{\"path\":\"internal/domain/book/book.go\",\"status\":\"merge\",\"stale\":true}");

    for (String[] args :
        List.of(
            new String[] {"generate", "--dry-run"},
            new String[] {"generate", "--dry-run", "--diff"},
            new String[] {"generate"})) {
      CliRunner.Result result = run(args);
      assertThat(tree()).as("%s writes nothing", String.join(" ", args)).isEqualTo(before);
      if (args.length == 1) {
        assertThat(result.exitCode()).as(result.describe()).isEqualTo(ExitCodes.STALE_OR_CONFLICT);
        assertThat(result.stderr())
            .contains("new migration migrations/000002_add_pages_to_books.up.sql")
            .contains("--yes")
            .contains("Nothing was written.");
      } else {
        assertThat(result.exitCode()).as(result.describe()).isEqualTo(ExitCodes.OK);
        assertThat(result.stdout()).contains("merge         internal/domain/book/book.go");
      }
    }

    CliRunner.Result generate = run("generate", "--yes");
    assertThat(generate.exitCode()).as(generate.describe()).isEqualTo(ExitCodes.OK);
    assertThat(Files.readString(entity())).contains("return b.title // mine").contains("pages");
    CliRunner.Result after = run("check");
    assertThat(after.exitCode()).as(after.describe()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void conflictMarkersLeftUnresolvedKeepGenerateAndCheckFailingAndLoseNoLaterChange()
      throws IOException {
    generated(V1);
    editLine(entity(), "MaxLength(\"title\"", "200", "250");
    define(V1.replace("maxLength: 200", "maxLength: 300"));

    CliRunner.Result conflict = run("generate", "--yes");
    assertThat(conflict.exitCode()).as(conflict.describe()).isEqualTo(ExitCodes.STALE_OR_CONFLICT);
    assertThat(conflict.stderr())
        .contains("1 file(s) have conflict markers")
        .contains("internal/domain/book/book.go");
    String marked = Files.readString(entity());
    assertThat(marked).contains("<<<<<<< yours", "250", "=======", "300", ">>>>>>> generated now");

    // Nothing resolved yet: a second run must neither pass nor touch the file.
    CliRunner.Result again = run("generate", "--yes");
    assertThat(again.exitCode()).as(again.describe()).isEqualTo(ExitCodes.STALE_OR_CONFLICT);
    assertThat(again.stdout()).contains("internal/domain/book/book.go");
    assertThat(again.stderr())
        .contains("conflict markers")
        .contains("internal/domain/book/book.go");
    assertThat(Files.readString(entity())).isEqualTo(marked);
    CliRunner.Result check = run("check");
    assertThat(check.exitCode()).as(check.describe()).isEqualTo(ExitCodes.STALE_OR_CONFLICT);
    assertThat(check.stdout())
        .contains("unresolved conflict markers  internal/domain/book/book.go");
    CliRunner.Result json = run("check", "--format", "json");
    assertThat(json.stdout())
        .contains(
            "{\"path\":\"internal/domain/book/book.go\",\"status\":\"unresolved\",\"stale\":true}");

    // The definition changes again before the user resolves: that change must reach the file
    // afterwards.
    define(
        V1.replace("maxLength: 200", "maxLength: 300")
            .replace("# keep short", "# keep short\n      isbn: { type: string, optional: true }"));
    assertThat(run("generate", "--yes").exitCode()).isEqualTo(ExitCodes.STALE_OR_CONFLICT);
    assertThat(Files.readString(entity())).isEqualTo(marked);

    Files.writeString(
        entity(),
        marked.replaceAll("(?s)<<<<<<< yours\n.*?=======\n(.*?)>>>>>>> generated now\n", "$1"));
    CliRunner.Result resolved = run("generate", "--yes");
    assertThat(resolved.exitCode()).as(resolved.describe()).isEqualTo(ExitCodes.OK);
    assertThat(Files.readString(entity()))
        .doesNotContain("<<<<<<<")
        .contains("300")
        .contains("isbn");
    assertThat(run("check").exitCode()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void aRunInterruptedBeforeItsStateWasSavedIsCompletedWithoutASecondCopyOfItsMigration()
      throws IOException {
    generated(V1);
    Path state = dir.resolve(".dddgen");
    Path saved = dir.resolve("saved-state");
    copyTree(state, saved);
    generated(
        V1.replace("# keep short", "# keep short\n      isbn: { type: string, optional: true }"));
    // The files were written, the state was not: as when the JVM dies between the two.
    deleteTree(state);
    copyTree(saved, state);
    deleteTree(saved);

    CliRunner.Result again = run("generate", "--yes");

    assertThat(again.exitCode()).as(again.describe()).isEqualTo(ExitCodes.OK);
    assertMigrations(
        "000001_create_books.down.sql",
        "000001_create_books.up.sql",
        "000002_add_isbn_to_books.down.sql",
        "000002_add_isbn_to_books.up.sql");
    assertThat(run("check").exitCode()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void aDamagedSchemaSnapshotStopsTheRunNamingTheFileAndWritesNothing() throws IOException {
    generated(V1);
    Path snapshot = dir.resolve(".dddgen/snapshots/backend/schema.json");
    assertThat(snapshot).isRegularFile();
    Files.writeString(snapshot, "{\"tables\": [");
    define(
        V1.replace("# keep short", "# keep short\n      isbn: { type: string, optional: true }"));
    Map<String, String> before = tree();

    CliRunner.Result again = run("generate", "--yes");

    assertThat(again.exitCode()).as(again.describe()).isEqualTo(ExitCodes.FAILURE);
    assertThat(again.stderr())
        .contains(
            snapshot.getFileName().toString() + " is damaged (not valid JSON at line 1, column 13")
        .contains("restore it from version control");
    assertThat(tree()).isEqualTo(before);
  }

  @Test
  void aLostStateFolderAddsNoSecondCopyOfTheMigrationsAlreadyThere() throws IOException {
    generated(V1);
    generated(
        V1.replace("# keep short", "# keep short\n      isbn: { type: string, optional: true }"));
    deleteTree(dir.resolve(".dddgen")); // e.g. never committed, and this is a fresh clone

    CliRunner.Result again = run("generate", "--yes");

    assertThat(again.exitCode()).as(again.describe()).isEqualTo(ExitCodes.OK);
    assertMigrations(
        "000001_create_books.down.sql",
        "000001_create_books.up.sql",
        "000002_add_isbn_to_books.down.sql",
        "000002_add_isbn_to_books.up.sql");
  }

  @Test
  void aDeletedOutputFolderStaysDeletedAndTheRunSaysHowToGenerateItAgain() throws IOException {
    generated(V1);
    deleteTree(backend); // e.g. removed to start afresh, with .dddgen/ still there

    CliRunner.Result kept = run("generate", "--quiet");

    assertThat(kept.exitCode()).as(kept.describe()).isEqualTo(ExitCodes.OK);
    assertThat(backend).doesNotExist();
    assertThat(kept.stderr())
        .contains("Nothing was written: every file dddgen generated in " + backend)
        .contains("dddgen generate --force");

    CliRunner.Result forced = run("generate", "--force", "--quiet");

    assertThat(forced.exitCode()).as(forced.describe()).isEqualTo(ExitCodes.OK);
    assertThat(entity()).exists();
    assertThat(forced.stderr()).isEmpty();
  }

  private void assertMigrations(String... expected) throws IOException {
    try (Stream<Path> files = Files.list(backend.resolve("migrations"))) {
      assertThat(
              files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted())
          .containsExactly(expected);
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path source : walk.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Test
  void filesNoLongerGeneratedAreRemovedUnlessEditedAndThePlanSaysWhichIsWhich() throws IOException {
    String withAuthor = V1 + "  Author:\n    fields:\n      name: string\n";
    generated(withAuthor);
    Path handler = backend.resolve("internal/interfaces/http/handler/author.go");
    Files.writeString(handler, Files.readString(handler) + "\n// mine\n");
    Files.delete(backend.resolve("internal/domain/author/author_test.go"));
    define(V1);

    CliRunner.Result result = run("generate", "--yes", "--allow-destructive");

    assertThat(result.exitCode()).as(result.describe()).isEqualTo(ExitCodes.OK);
    assertThat(handler).exists();
    assertThat(backend.resolve("internal/domain/author")).doesNotExist();
    assertThat(result.stdout())
        .contains(
            "orphan        internal/interfaces/http/handler/author.go  (no longer generated, but edited by you: kept)")
        .contains("delete        internal/domain/author/author.go")
        .contains("create        migrations/000003_drop_authors.up.sql");
    assertThat(result.stdout().lines().filter(l -> l.startsWith("  ")))
        .allSatisfy(line -> assertThat(line).matches("  [a-z-]{1,12} +\\S.*"));
  }

  /**
   * A team adds a business rule to an entity, and adjusts the one sample value it breaks in the
   * aggregate's fixtures file; a later regeneration (a new field) keeps both edits, and the
   * generated domain tests, new cases included, pass with them.
   */
  @Test
  void aSampleValueChangedForANewRuleSurvivesRegenerationAndTheDomainTestsPassWithIt()
      throws Exception {
    String v1 = V1.replace("# keep short", "# keep short\n      isbn: { type: string }");
    generated(v1);
    editLine(
        entity(),
        "shared.Required(&v, \"isbn\"",
        "{",
        "{\n\t\tv.Check(len(isbn) == 13, \"isbn\", \"must have 13 characters\")");
    Path fixtures = backend.resolve("internal/domain/book/book_fixtures_test.go");
    editLine(fixtures, "Isbn:", "ptr(\"sample\")", "ptr(\"9780306406157\")");

    define(
        v1.replace(
            "# keep short", "# keep short\n      pages: { type: int, min: 1, optional: true }"));
    CliRunner.Result result = run("generate", "--yes");

    assertThat(result.exitCode()).as(result.describe()).isEqualTo(ExitCodes.OK);
    assertThat(result.stdout()).contains("merge         internal/domain/book/book.go");
    assertThat(Files.readString(fixtures)).contains("Isbn:  ptr(\"9780306406157\")");
    assertThat(Files.readString(backend.resolve("internal/domain/book/book_test.go")))
        .contains("p.Pages = ");
    assertThat(Files.readString(entity())).contains("len(isbn) == 13").contains("pages");
    String go = goOnPath();
    org.junit.jupiter.api.Assumptions.assumeTrue(go != null, "no go on the PATH");
    dev.dddgen.testing.GeneratedBuilds.run(
        backend, Map.of(), go, "test", "-count=1", "./internal/domain/...");
  }

  /** The {@code go} on the PATH, or null. */
  private static String goOnPath() {
    for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (!d.isEmpty() && Files.isExecutable(Path.of(d, "go"))) {
        return Path.of(d, "go").toString();
      }
    }
    return null;
  }

  @Test
  void aMigrationWrittenByHandKeepsItsNumberAndTheNextGeneratedOneFollowsIt() throws IOException {
    generated(V1);
    Path migrations = backend.resolve("migrations");
    Files.writeString(
        migrations.resolve("000002_seed_books.up.sql"), "INSERT INTO books VALUES (DEFAULT);\n");
    Files.writeString(migrations.resolve("000002_seed_books.down.sql"), "DELETE FROM books;\n");
    Files.writeString(
        migrations.resolve("3_Fix-Titles.up.sql"), "UPDATE books SET title = trim(title);\n");
    Files.writeString(migrations.resolve("2024_notes.md"), "not a migration\n");

    generated(
        V1.replace("# keep short", "# keep short\n      isbn: { type: string, optional: true }"));

    assertThat(migrations.resolve("000004_add_isbn_to_books.up.sql")).isRegularFile();
    assertThat(migrations.resolve("000004_add_isbn_to_books.down.sql")).isRegularFile();
    try (Stream<Path> files = Files.list(migrations)) {
      assertThat(
              files
                  .map(p -> p.getFileName().toString())
                  .filter(n -> n.startsWith("000002_") || n.startsWith("000003_")))
          .containsExactlyInAnyOrder("000002_seed_books.up.sql", "000002_seed_books.down.sql");
    }
  }
}
