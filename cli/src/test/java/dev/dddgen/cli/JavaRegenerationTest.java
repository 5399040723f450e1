package dev.dddgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regeneration of a {@code target: java} project as a user drives it (issue 8; {@link
 * RegenerationTest} is the Go side): examples/library-java copied to a folder, hand edits to a
 * JavaPoet-built entity and DTO, a template-built controller and a Flyway migration, then a new
 * field and a new aggregate. Generated Java is formatted with google-java-format before it is
 * merged, and the merged text is not formatted again: what the user wrote, even a line
 * google-java-format would wrap, stays as written. {@code JavaBuildTest} builds and serves such a
 * merged project.
 */
public class JavaRegenerationTest {
  static final String SOURCES = "src/main/java/com/acme/library/";
  static final String ENTITY = SOURCES + "domain/book/Book.java";
  static final String DTO = SOURCES + "application/dto/BookDto.java";
  static final String CONTROLLER = SOURCES + "interfaces/http/BookController.java";
  static final String MIGRATIONS = "src/main/resources/db/migration/";
  static final String UNDO = "src/main/resources/db/undo/";
  static final String V2 = MIGRATIONS + "V2__create_books.sql";

  @TempDir Path dir;
  Path definition;
  Path backend;

  @BeforeEach
  void copyLibrary() throws IOException {
    definition = dir.resolve("dddgen.yaml");
    backend = dir.resolve("backend");
    Files.copy(CliRunner.repo().resolve("examples/library-java/dddgen.yaml"), definition);
  }

  private CliRunner.Result run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("-f", definition.toString()));
    return CliRunner.run(all);
  }

  private void generated() {
    CliRunner.Result result = run("generate", "--yes", "--quiet");
    assertThat(result.exitCode()).as(result.describe()).isEqualTo(ExitCodes.OK);
  }

  private String read(String path) throws IOException {
    return Files.readString(backend.resolve(path), StandardCharsets.UTF_8);
  }

  /**
   * The library with a new optional field on Book and a new aggregate, Author, after the others.
   */
  public static String evolved(String library) {
    assertThat(library).endsWith("\n");
    return withSubtitle(library)
        + "  Author:\n    fields:\n      name: { type: string, minLength: 1, maxLength: 100 }\n";
  }

  private static String withSubtitle(String library) {
    String field = "      catalogId:   uuid\n";
    assertThat(library).contains(field);
    return library.replace(field, field + "      subtitle:    { type: string, optional: true }\n");
  }

  /**
   * The user's edits, each a string replaced once: a statement of an entity method and a business
   * rule added to the entity (JavaPoet; the entity is meant to be edited by hand), a method added
   * to a DTO record (JavaPoet), a header added to a controller's response (a template; the line is
   * then longer than google-java-format allows), an index added to a Flyway migration. Each pair is
   * {path, generated text, edited text}.
   */
  public static final List<String[]> EDITS =
      List.of(
          new String[] {
            ENTITY,
            "    this.title = checked.title();\n",
            "    this.title = checked.title().strip(); // mine: no stray blanks\n"
          },
          new String[] {
            ENTITY,
            "  /** A Book as stored: no invariant is checked again (persistence only). */\n",
            "  /** Mine: a business rule the definition cannot express. */\n"
                + "  public boolean isClassic() {\n"
                + "    return publishedOn != null && publishedOn.getYear() < 1950;\n"
                + "  }\n\n"
                + "  /** A Book as stored: no invariant is checked again (persistence only). */\n"
          },
          new String[] {
            DTO,
            "\n  }\n}\n",
            "\n  }\n\n  /** Mine. */\n  public boolean grouped() {\n    return group != null;\n  }\n}\n"
          },
          new String[] {
            CONTROLLER,
            ".header(HttpHeaders.ETAG, IfMatch.etag(created.version()))",
            ".header(HttpHeaders.ETAG, IfMatch.etag(created.version())).header(\"X-Mine\", \"yes\")"
                + " // mine: a header"
          },
          new String[] {
            V2,
            "CREATE INDEX books_isbn_idx ON books (isbn);\n",
            "CREATE INDEX books_isbn_idx ON books (isbn);\nCREATE INDEX books_title_idx ON books (title); -- mine\n"
          });

  /** Applies {@link #EDITS} under {@code backend}; returns the edited files' texts from before. */
  public static Map<String, String> edit(Path backend) throws IOException {
    Map<String, String> before = new TreeMap<>();
    for (String[] edit : EDITS) {
      Path file = backend.resolve(edit[0]);
      String text = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(text.split(Pattern.quote(edit[1]), -1))
          .as("%s holds %s once", edit[0], edit[1])
          .hasSize(2);
      Files.writeString(file, text.replace(edit[1], edit[2]), StandardCharsets.UTF_8);
      before.putIfAbsent(edit[0], text);
    }
    return before;
  }

  /** Every file under the project folder, the definition excepted, with its text. */
  private Map<String, String> tree() {
    return CliRunner.tree(dir, definition);
  }

  /**
   * What {@code generate} writes for the current definition into an empty folder: the text with no
   * edit.
   */
  private Map<String, String> fresh() throws IOException {
    Path other = Files.createTempDirectory(dir, "fresh");
    Path copy = other.resolve("dddgen.yaml");
    Files.copy(definition, copy);
    CliRunner.Result result = CliRunner.run("generate", "-q", "-f", copy.toString());
    assertThat(result.exitCode()).as(result.describe()).isEqualTo(ExitCodes.OK);
    Map<String, String> files = new TreeMap<>();
    for (String[] edit : EDITS) {
      Path file = other.resolve("backend").resolve(edit[0]);
      files.put(edit[0], Files.readString(file, StandardCharsets.UTF_8));
    }
    deleteTree(other);
    return files;
  }

  @Test
  void editsToEntityDtoControllerAndMigrationSurviveANewFieldAndANewAggregate() throws IOException {
    generated();
    Map<String, String> original = edit(backend);
    Files.writeString(definition, evolved(Files.readString(definition)));
    Map<String, String> before = tree();

    CliRunner.Result check = run("check");
    assertThat(check.exitCode()).as(check.describe()).isEqualTo(ExitCodes.STALE_OR_CONFLICT);
    assertThat(check.stdout())
        .contains("stale (your edits merge cleanly)  " + ENTITY)
        .contains("stale (your edits merge cleanly)  " + DTO)
        .contains("missing  " + MIGRATIONS + "V5__create_authors.sql")
        .contains("missing  " + UNDO + "U5__create_authors.sql")
        .contains("missing  " + MIGRATIONS + "V6__add_subtitle_to_books.sql")
        .contains("missing  " + SOURCES + "interfaces/http/AuthorController.java")
        .as("edited files the generator has nothing new for are not stale")
        .doesNotContain(CONTROLLER)
        .doesNotContain(V2);
    CliRunner.Result json = run("check", "--format", "json");
    assertThat(json.exitCode()).isEqualTo(ExitCodes.STALE_OR_CONFLICT);
    assertThat(json.stdout())
        .contains("{\"path\":\"" + ENTITY + "\",\"status\":\"merge\",\"stale\":true}");

    for (String[] args :
        List.of(new String[] {"generate", "--dry-run", "--diff"}, new String[] {"generate"})) {
      CliRunner.Result result = run(args);
      assertThat(tree()).as("%s writes nothing", String.join(" ", args)).isEqualTo(before);
      if (args.length == 1) {
        assertThat(result.exitCode()).as(result.describe()).isEqualTo(ExitCodes.STALE_OR_CONFLICT);
        assertThat(result.stderr())
            .contains("new aggregate Author")
            .contains("new migration " + MIGRATIONS + "V5__create_authors.sql")
            .contains("--yes")
            .contains("Nothing was written.");
      } else {
        assertThat(result.exitCode()).as(result.describe()).isEqualTo(ExitCodes.OK);
        assertThat(result.stdout())
            .contains("merge         " + ENTITY)
            .contains("edited        " + CONTROLLER);
      }
    }

    CliRunner.Result generate = run("generate", "--yes");
    assertThat(generate.exitCode()).as(generate.describe()).isEqualTo(ExitCodes.OK);
    assertThat(generate.stdout())
        .contains("merge         " + ENTITY)
        .contains("merge         " + DTO)
        .contains("edited        " + CONTROLLER)
        .contains("edited        " + V2)
        .contains("create        " + MIGRATIONS + "V5__create_authors.sql")
        .contains("create        " + UNDO + "U6__add_subtitle_to_books.sql");
    // Each merged file is exactly today's generated text with the user's edit in it: nothing of the
    // edit lost, nothing reformatted around it (the controller's line stays over 100 columns). A
    // migration, once written, is never generated again: it keeps the text it had, edit included.
    Map<String, String> fresh = fresh();
    for (String path : fresh.keySet()) {
      String expected = path.equals(V2) ? original.get(V2) : fresh.get(path);
      for (String[] edit : EDITS) {
        expected = edit[0].equals(path) ? expected.replace(edit[1], edit[2]) : expected;
      }
      assertThat(read(path)).as(path).isEqualTo(expected);
    }
    assertThat(read(ENTITY))
        .as("the entity is the home of business rules")
        .startsWith(
            "// This file was generated once by dddgen and is meant to be edited by hand.\n")
        .contains("public boolean isClassic()");
    assertThat(read(DTO)).startsWith("// Code generated by dddgen. DO NOT EDIT.\n");
    assertThat(fresh.get(CONTROLLER))
        .as("the generator has nothing new for the controller")
        .isEqualTo(original.get(CONTROLLER));
    assertThat(fresh.get(ENTITY)).isNotEqualTo(original.get(ENTITY));
    assertThat(fresh.get(DTO)).isNotEqualTo(original.get(DTO));
    assertThat(read(ENTITY)).contains("String subtitle");
    assertThat(read(DTO)).contains("book.subtitle()");
    assertThat(read(CONTROLLER).lines().filter(l -> l.contains("X-Mine")).findFirst().orElseThrow())
        .hasSizeGreaterThan(100);
    assertThat(read(MIGRATIONS + "V6__add_subtitle_to_books.sql"))
        .contains("ALTER TABLE books ADD COLUMN subtitle text;");

    CliRunner.Result after = run("check");
    assertThat(after.exitCode()).as(after.describe()).isEqualTo(ExitCodes.OK);
    Map<String, String> settled = tree();
    CliRunner.Result again = run("generate", "--yes");
    assertThat(again.exitCode()).as(again.describe()).isEqualTo(ExitCodes.OK);
    assertThat(tree()).as("a second run changes nothing").isEqualTo(settled);
  }

  @Test
  void aConflictingEditGetsMarkersThatKeepGenerateAndCheckFailingUntilResolved()
      throws IOException {
    generated();
    String limit = "validator.maxLength(\"title\", title, 300);";
    Path entity = backend.resolve(ENTITY);
    String text = Files.readString(entity);
    assertThat(text).contains(limit);
    Files.writeString(entity, text.replace(limit, limit.replace("300", "250")));
    String library = Files.readString(definition);
    Files.writeString(definition, library.replace("maxLength: 300", "maxLength: 400"));

    CliRunner.Result conflict = run("generate", "--yes");
    assertThat(conflict.exitCode()).as(conflict.describe()).isEqualTo(ExitCodes.STALE_OR_CONFLICT);
    assertThat(conflict.stderr()).contains("1 file(s) have conflict markers").contains(ENTITY);
    String marked = Files.readString(entity);
    assertThat(marked)
        .contains(
            "<<<<<<< yours\n    "
                + limit.replace("300", "250")
                + "\n=======\n    "
                + limit.replace("300", "400")
                + "\n>>>>>>> generated now\n");

    CliRunner.Result again = run("generate", "--yes");
    assertThat(again.exitCode()).as(again.describe()).isEqualTo(ExitCodes.STALE_OR_CONFLICT);
    assertThat(Files.readString(entity)).isEqualTo(marked);
    CliRunner.Result check = run("check");
    assertThat(check.exitCode()).as(check.describe()).isEqualTo(ExitCodes.STALE_OR_CONFLICT);
    assertThat(check.stdout()).contains("unresolved conflict markers  " + ENTITY);

    // A field added before the user resolves reaches the file afterwards, merged with the
    // resolution.
    Files.writeString(definition, evolved(library.replace("maxLength: 300", "maxLength: 400")));
    assertThat(run("generate", "--yes").exitCode()).isEqualTo(ExitCodes.STALE_OR_CONFLICT);
    assertThat(Files.readString(entity)).isEqualTo(marked);
    Files.writeString(
        entity,
        marked.replaceAll("(?s)<<<<<<< yours\n(.*?)=======\n.*?>>>>>>> generated now\n", "$1"));
    CliRunner.Result resolved = run("generate", "--yes");
    assertThat(resolved.exitCode()).as(resolved.describe()).isEqualTo(ExitCodes.OK);
    assertThat(Files.readString(entity))
        .doesNotContain("<<<<<<<")
        .contains(limit.replace("300", "250"))
        .contains("subtitle");
    assertThat(run("check").exitCode()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void flywayMigrationsWrittenByHandKeepTheirVersionsAndTheNextGeneratedOneFollows()
      throws IOException {
    generated();
    Path migrations = backend.resolve(MIGRATIONS);
    // Flyway's own naming, not dddgen's: capitals, a dotted and an underscored minor version.
    Files.writeString(
        migrations.resolve("V5__Seed_People.sql"), "INSERT INTO people DEFAULT VALUES;\n");
    Files.writeString(
        migrations.resolve("V6.1__Fix_Titles.sql"), "UPDATE books SET title = trim(title);\n");
    Files.writeString(
        migrations.resolve("V7_2__Fix_Isbn.sql"), "UPDATE books SET isbn = trim(isbn);\n");
    Files.writeString(migrations.resolve("R__refresh_views.sql"), "SELECT 1;\n");
    Files.writeString(migrations.resolve("V20240101120000__timestamped.md"), "not a migration\n");

    Files.writeString(definition, evolved(Files.readString(definition)));
    generated();

    try (Stream<Path> files = Files.list(migrations)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted())
          .containsExactly(
              "R__refresh_views.sql",
              "V1__create_people.sql",
              "V20240101120000__timestamped.md",
              "V2__create_books.sql",
              "V3__create_loans.sql",
              "V4__create_event_outbox.sql",
              "V5__Seed_People.sql",
              "V6.1__Fix_Titles.sql",
              "V7_2__Fix_Isbn.sql",
              "V8__create_authors.sql",
              "V9__add_subtitle_to_books.sql");
    }
    assertThat(backend.resolve(UNDO + "U8__create_authors.sql")).isRegularFile();
    assertThat(backend.resolve(UNDO + "U9__add_subtitle_to_books.sql")).isRegularFile();
    assertThat(run("check").exitCode()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void anInterruptedRunOrALostStateFolderAddsNoSecondCopyOfAFlywayMigration() throws IOException {
    String library = Files.readString(definition);
    generated();
    Path state = dir.resolve(".dddgen");
    Path saved = dir.resolve("saved-state");
    copyTree(state, saved);
    Files.writeString(definition, withSubtitle(library));
    generated();
    // The files were written, the state was not: as when the JVM dies between the two.
    deleteTree(state);
    copyTree(saved, state);
    deleteTree(saved);
    generated();
    List<String> expected =
        List.of(
            "V1__create_people.sql",
            "V2__create_books.sql",
            "V3__create_loans.sql",
            "V4__create_event_outbox.sql",
            "V5__add_subtitle_to_books.sql");
    assertThat(migrations(MIGRATIONS)).containsExactlyElementsOf(expected);
    assertThat(run("check").exitCode()).isEqualTo(ExitCodes.OK);

    deleteTree(state); // e.g. never committed, and this is a fresh clone
    generated();
    assertThat(migrations(MIGRATIONS)).containsExactlyElementsOf(expected);
    assertThat(migrations(UNDO))
        .containsExactlyElementsOf(expected.stream().map(n -> "U" + n.substring(1)).toList());
  }

  private List<String> migrations(String folder) throws IOException {
    try (Stream<Path> files = Files.list(backend.resolve(folder))) {
      return files
          .map(p -> p.getFileName().toString())
          .sorted(
              Comparator.comparing((String n) -> Integer.parseInt(n.substring(1, n.indexOf("__")))))
          .toList();
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

  @Test
  void filesOfARemovedAggregateAreRemovedUnlessEdited() throws IOException {
    String library = Files.readString(definition);
    Files.writeString(definition, evolved(library));
    generated();
    Path controller = backend.resolve(SOURCES + "interfaces/http/AuthorController.java");
    Files.writeString(controller, Files.readString(controller) + "// mine\n");
    Files.delete(backend.resolve("src/test/java/com/acme/library/domain/author/AuthorTest.java"));
    Files.writeString(definition, withSubtitle(library));

    CliRunner.Result refused = run("generate", "--yes");
    assertThat(refused.exitCode()).as(refused.describe()).isEqualTo(ExitCodes.STALE_OR_CONFLICT);
    assertThat(refused.stderr()).contains("--allow-destructive").contains("drops table authors");
    CliRunner.Result result = run("generate", "--yes", "--allow-destructive");

    assertThat(result.exitCode()).as(result.describe()).isEqualTo(ExitCodes.OK);
    assertThat(controller).exists();
    assertThat(backend.resolve(SOURCES + "domain/author")).doesNotExist();
    assertThat(result.stdout())
        .contains(
            "orphan        "
                + SOURCES
                + "interfaces/http/AuthorController.java  (no longer generated, but edited by you: kept)")
        .contains("delete        " + SOURCES + "domain/author/Author.java")
        .contains("create        " + MIGRATIONS + "V6__drop_authors.sql")
        .contains("create        " + UNDO + "U6__drop_authors.sql");
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
