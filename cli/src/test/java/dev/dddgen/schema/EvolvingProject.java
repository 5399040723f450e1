package dev.dddgen.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dddgen.cli.CliRunner;
import dev.dddgen.workspace.StateStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A project folder whose {@code dddgen.yaml} goes through successive versions, generated each time
 * with the real CLI (in-process). Checks what every regeneration must keep: migrations written
 * before are byte-identical, numbering continues without a gap, and each new migration has an up
 * and a down. Also applies migration files to a database with plain JDBC, each file in one
 * transaction, the way golang-migrate does. The migration files are the Go target's ({@link
 * Layout#GO}) or the Java target's ({@link Layout#JAVA}: Flyway scripts and their undo).
 */
final class EvolvingProject {
  static final Pattern MIGRATION = Pattern.compile("(\\d{6})_([a-z0-9_]+)\\.(up|down)\\.sql");

  /** Where a target writes its migrations and how it names them: group 1 the number, 2 the name. */
  enum Layout {
    GO("backend/migrations", "backend/migrations", MIGRATION, MIGRATION),
    JAVA(
        "backend/src/main/resources/db/migration",
        "backend/src/main/resources/db/undo",
        Pattern.compile("V(\\d+)__([a-z0-9_]+)\\.sql"),
        Pattern.compile("U(\\d+)__([a-z0-9_]+)\\.sql"));

    private final String upFolder;
    private final String downFolder;
    private final Pattern up;
    private final Pattern down;

    Layout(String upFolder, String downFolder, Pattern up, Pattern down) {
      this.upFolder = upFolder;
      this.downFolder = downFolder;
      this.up = up;
      this.down = down;
    }

    /** An up file: group 3 is "up" for Go, absent for Java. */
    private Matcher up(String fileName) {
      Matcher m = up.matcher(fileName);
      return m.matches() && (this == JAVA || m.group(3).equals("up")) ? m : null;
    }

    private Matcher down(String fileName) {
      Matcher m = down.matcher(fileName);
      return m.matches() && (this == JAVA || m.group(3).equals("down")) ? m : null;
    }

    boolean isMigration(String path) {
      Path p = Path.of(path);
      String folder = p.getParent() == null ? "" : p.getParent().toString().replace('\\', '/');
      String name = p.getFileName().toString();
      return (folder.endsWith(upFolder) && up(name) != null)
          || (folder.endsWith(downFolder) && down(name) != null);
    }
  }

  /** A migration as written: number, name and both files. */
  record Written(int number, String name, Path up, Path down) {
    @Override
    public String toString() {
      return String.format("%06d_%s", number, name);
    }
  }

  private final Path dir;
  private final Path definition;
  private final Layout layout;
  private final List<Written> migrations = new ArrayList<>();

  EvolvingProject(Path dir) {
    this(dir, Layout.GO);
  }

  EvolvingProject(Path dir, Layout layout) {
    this.dir = dir;
    this.definition = dir.resolve("dddgen.yaml");
    this.layout = layout;
  }

  Path dir() {
    return dir;
  }

  /** The folder of the up migrations (the Go target's holds both). */
  Path migrationsDir() {
    return dir.resolve(layout.upFolder);
  }

  List<Written> migrations() {
    return List.copyOf(migrations);
  }

  /**
   * The text of a definition version under {@code src/test/resources/evolution/} for the Java
   * target: {@code target: go, module: example.com/shop} becomes {@code target: java, module:
   * com.example.shop}.
   */
  static String javaResource(String path) {
    String text = resource(path);
    Matcher project = Pattern.compile("target: go, module: example\\.com/([a-z]+)").matcher(text);
    assertThat(project.find()).as("evolution/%s names a Go target and module", path).isTrue();
    return project.replaceFirst("target: java, module: com.example.$1");
  }

  /** The text of a definition version under {@code src/test/resources/evolution/}. */
  static String resource(String path) {
    try (InputStream in = EvolvingProject.class.getResourceAsStream("/evolution/" + path)) {
      assertThat(in).as("test resource evolution/%s", path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the definition and runs {@code dddgen generate -f <dir>/dddgen.yaml extraArgs...}. */
  CliRunner.Result generate(String definitionText, String... extraArgs) {
    try {
      Files.writeString(definition, definitionText, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> args = new ArrayList<>(List.of("generate", "-f", definition.toString()));
    args.addAll(Arrays.asList(extraArgs));
    return CliRunner.run(args);
  }

  /**
   * Generates a version that must succeed, checks what regeneration promises and returns the new
   * migrations. Running it a second time with the same definition must change no file at all.
   */
  List<Written> evolve(String definitionText, String... extraArgs) {
    Map<String, byte[]> before = tree();
    CliRunner.Result result = generate(definitionText, extraArgs);
    assertThat(result.exitCode()).as("generate should succeed:\n%s", result.describe()).isZero();

    Map<String, byte[]> after = tree();
    for (Map.Entry<String, byte[]> file : before.entrySet()) {
      if (layout.isMigration(file.getKey())) {
        assertThat(after)
            .as("migration %s is still there", file.getKey())
            .containsKey(file.getKey());
        assertThat(after.get(file.getKey()))
            .as("migration %s is never modified", file.getKey())
            .isEqualTo(file.getValue());
      }
    }
    List<Written> added = scanNewMigrations();

    Map<String, byte[]> settled = tree();
    CliRunner.Result again = generate(definitionText, extraArgs);
    assertThat(again.exitCode())
        .as("regenerating the same definition:\n%s", again.describe())
        .isZero();
    assertThat(tree().keySet())
        .as("regenerating with no definition change adds no file")
        .isEqualTo(settled.keySet());
    assertUnchanged(settled, "regenerating with no definition change");
    return added;
  }

  /**
   * Generates a version that must be refused with {@code exitCode}, writing nothing. Returns what
   * it printed.
   */
  CliRunner.Result refused(String definitionText, int exitCode, String... extraArgs) {
    Map<String, byte[]> before = tree();
    CliRunner.Result result = generate(definitionText, extraArgs);
    assertThat(result.exitCode()).as(result.describe()).isEqualTo(exitCode);
    before.remove("dddgen.yaml");
    Map<String, byte[]> after = tree();
    after.remove("dddgen.yaml");
    assertThat(after.keySet()).as("a refused generation writes nothing").isEqualTo(before.keySet());
    assertUnchangedAgainst(before, after, "a refused generation");
    return result;
  }

  private void assertUnchanged(Map<String, byte[]> before, String what) {
    assertUnchangedAgainst(before, tree(), what);
  }

  private static void assertUnchangedAgainst(
      Map<String, byte[]> before, Map<String, byte[]> after, String what) {
    for (Map.Entry<String, byte[]> file : before.entrySet()) {
      assertThat(after.get(file.getKey()))
          .as("%s leaves %s as it was", what, file.getKey())
          .isEqualTo(file.getValue());
    }
  }

  /** The migrations on disk that were not there before; their numbers continue the sequence. */
  private List<Written> scanNewMigrations() {
    Map<Integer, String[]> found = new TreeMap<>();
    scan(dir.resolve(layout.upFolder), found, true);
    scan(dir.resolve(layout.downFolder), found, false);
    List<Integer> numbers = new ArrayList<>(found.keySet());
    for (int i = 0; i < numbers.size(); i++) {
      assertThat(numbers.get(i))
          .as("migrations are numbered 1, 2, 3... without a gap: %s", numbers)
          .isEqualTo(i + 1);
    }
    List<Written> added = new ArrayList<>();
    for (Map.Entry<Integer, String[]> entry : found.entrySet()) {
      String[] pair = entry.getValue();
      assertThat(pair[1]).as("migration %d has an up file", entry.getKey()).isNotNull();
      assertThat(pair[2]).as("migration %d has a down file", entry.getKey()).isNotNull();
      if (entry.getKey() > migrations.size()) {
        Written written =
            new Written(
                entry.getKey(),
                pair[0],
                dir.resolve(layout.upFolder).resolve(pair[1]),
                dir.resolve(layout.downFolder).resolve(pair[2]));
        migrations.add(written);
        added.add(written);
      }
    }
    return added;
  }

  /**
   * Records, per number, the name and the up ({@code up}) or down file of each migration in {@code
   * folder}.
   */
  private void scan(Path folder, Map<Integer, String[]> found, boolean up) {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".sql")) {
          continue; // the target may keep other files there (embed.go...)
        }
        Matcher upMatch = layout.up(name);
        Matcher downMatch = layout.down(name);
        Matcher matcher = up ? upMatch : downMatch;
        if (matcher == null && !up && upMatch != null) {
          continue; // the Go target's folder holds both
        }
        if (matcher == null && up && downMatch != null) {
          continue;
        }
        assertThat(matcher).as("migration file name %s", file).isNotNull();
        String[] pair =
            found.computeIfAbsent(Integer.parseInt(matcher.group(1)), n -> new String[3]);
        assertThat(pair[0] == null || pair[0].equals(matcher.group(2)))
            .as("one name per migration number: %s", name)
            .isTrue();
        pair[0] = matcher.group(2);
        pair[up ? 1 : 2] = name;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The schema snapshot dddgen recorded for this project (read through the state store, wherever it
   * keeps it).
   */
  RelationalSchema snapshot() {
    try {
      String json =
          StateStore.locate(dir, dir.resolve("backend"))
              .schema()
              .orElseThrow(
                  () ->
                      new AssertionError(
                          "dddgen recorded no schema snapshot under " + dir.resolve(".dddgen")));
      return SchemaSnapshot.read(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every file under the project folder, by relative path, with its bytes. */
  Map<String, byte[]> tree() {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /**
   * Runs a migration file in one transaction; fails with the file's name and text when PostgreSQL
   * rejects it.
   */
  static void apply(Connection connection, Path file) {
    String sql;
    try {
      sql = Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        statement.execute(sql);
        connection.commit();
      } catch (SQLException e) {
        connection.rollback();
        throw new AssertionError(
            "PostgreSQL rejected " + file.getFileName() + ": " + e.getMessage() + "\n" + sql, e);
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  static void up(Connection connection, List<Written> migrations) {
    migrations.forEach(m -> apply(connection, m.up()));
  }

  /** Applies the down files of {@code migrations}, last first. */
  static void down(Connection connection, List<Written> migrations) {
    for (int i = migrations.size() - 1; i >= 0; i--) {
      apply(connection, migrations.get(i).down());
    }
  }
}
