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
 * transaction, the way golang-migrate does.
 */
final class EvolvingProject {
  static final Pattern MIGRATION = Pattern.compile("(\\d{6})_([a-z0-9_]+)\\.(up|down)\\.sql");

  /** A migration as written: number, name and both files. */
  record Written(int number, String name, Path up, Path down) {
    @Override
    public String toString() {
      return String.format("%06d_%s", number, name);
    }
  }

  private final Path dir;
  private final Path definition;
  private final List<Written> migrations = new ArrayList<>();

  EvolvingProject(Path dir) {
    this.dir = dir;
    this.definition = dir.resolve("dddgen.yaml");
  }

  Path dir() {
    return dir;
  }

  Path migrationsDir() {
    return dir.resolve("backend/migrations");
  }

  List<Written> migrations() {
    return List.copyOf(migrations);
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
      if (MIGRATION.matcher(Path.of(file.getKey()).getFileName().toString()).matches()) {
        assertThat(after).as("migration %s is still there", file.getKey()).containsKey(file.getKey());
        assertThat(after.get(file.getKey())).as("migration %s is never modified", file.getKey()).isEqualTo(file.getValue());
      }
    }
    List<Written> added = scanNewMigrations();

    Map<String, byte[]> settled = tree();
    CliRunner.Result again = generate(definitionText, extraArgs);
    assertThat(again.exitCode()).as("regenerating the same definition:\n%s", again.describe()).isZero();
    assertThat(tree().keySet()).as("regenerating with no definition change adds no file").isEqualTo(settled.keySet());
    assertUnchanged(settled, "regenerating with no definition change");
    return added;
  }

  /** Generates a version that must be refused with {@code exitCode}, writing nothing. Returns what it printed. */
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

  private static void assertUnchangedAgainst(Map<String, byte[]> before, Map<String, byte[]> after, String what) {
    for (Map.Entry<String, byte[]> file : before.entrySet()) {
      assertThat(after.get(file.getKey())).as("%s leaves %s as it was", what, file.getKey()).isEqualTo(file.getValue());
    }
  }

  /** The migrations on disk that were not there before; their numbers continue the sequence. */
  private List<Written> scanNewMigrations() {
    Map<Integer, String[]> found = new TreeMap<>();
    try (Stream<Path> files = Files.list(migrationsDir())) {
      for (Path file : files.toList()) {
        if (!file.getFileName().toString().endsWith(".sql")) {
          continue; // the target may keep other files there (embed.go...)
        }
        Matcher matcher = MIGRATION.matcher(file.getFileName().toString());
        assertThat(matcher.matches()).as("migration file name %s", file.getFileName()).isTrue();
        String[] pair = found.computeIfAbsent(Integer.parseInt(matcher.group(1)), n -> new String[3]);
        assertThat(pair[0] == null || pair[0].equals(matcher.group(2)))
            .as("one name per migration number: %s", file.getFileName()).isTrue();
        pair[0] = matcher.group(2);
        pair[matcher.group(3).equals("up") ? 1 : 2] = file.getFileName().toString();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Integer> numbers = new ArrayList<>(found.keySet());
    for (int i = 0; i < numbers.size(); i++) {
      assertThat(numbers.get(i)).as("migrations are numbered 1, 2, 3... without a gap: %s", numbers).isEqualTo(i + 1);
    }
    List<Written> added = new ArrayList<>();
    for (Map.Entry<Integer, String[]> entry : found.entrySet()) {
      String[] pair = entry.getValue();
      assertThat(pair[1]).as("migration %d has an up file", entry.getKey()).isNotNull();
      assertThat(pair[2]).as("migration %d has a down file", entry.getKey()).isNotNull();
      if (entry.getKey() > migrations.size()) {
        Written written = new Written(entry.getKey(), pair[0], migrationsDir().resolve(pair[1]), migrationsDir().resolve(pair[2]));
        migrations.add(written);
        added.add(written);
      }
    }
    return added;
  }

  /** The schema snapshot dddgen recorded for this project (read through the state store, wherever it keeps it). */
  RelationalSchema snapshot() {
    try {
      String json = StateStore.locate(dir, dir.resolve("backend")).schema()
          .orElseThrow(() -> new AssertionError("dddgen recorded no schema snapshot under " + dir.resolve(".dddgen")));
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

  /** Runs a migration file in one transaction; fails with the file's name and text when PostgreSQL rejects it. */
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
        throw new AssertionError("PostgreSQL rejected " + file.getFileName() + ": " + e.getMessage() + "\n" + sql, e);
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
