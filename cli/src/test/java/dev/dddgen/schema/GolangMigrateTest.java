package dev.dddgen.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.dddgen.schema.EvolvingProject.Written;
import dev.dddgen.testing.Tools;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Go target's migrations as golang-migrate itself applies them (README "Schema evolution"):
 * every version of a definition is generated, then {@code migrate up}; the live schema must match
 * the snapshot each time; at the end {@code migrate down -all} and {@code migrate up} again. Needs
 * {@code go} on the PATH (the CLI is run with {@code go run}, fetched through the module proxy):
 * skipped with a message when it is missing, except under CI ({@code CI=true}), where that fails.
 */
class GolangMigrateTest {
  static final String MIGRATE = "github.com/golang-migrate/migrate/v4/cmd/migrate@v4.20.1";
  private static final long TIMEOUT_MINUTES = 10;

  /**
   * Per definition: a row inserted after its first version, a query for it after the last, and its
   * answer.
   */
  static final Map<String, List<String>> ROWS =
      Map.of(
          "library",
              List.of(
                  "INSERT INTO books (id, version, created_at, updated_at, title, pages)"
                      + " VALUES ('00000000-0000-0000-0000-00000000000d', 1, now(), now(), 'Dune', 412)",
                  "SELECT name || ' ' || pages FROM books",
                  "Dune 412"),
          "shop",
              List.of(
                  "INSERT INTO customers (id, version, created_at, updated_at, email, tier)"
                      + " VALUES ('00000000-0000-0000-0000-0000000000a1', 1, now(), now(), 'alice@example.com', 'GOLD')",
                  "SELECT email FROM customers",
                  "alice@example.com"),
          "edge",
              List.of(
                  "INSERT INTO customer_loyalty_programme_memberships (id, version, created_at, updated_at,"
                      + " external_reference_identifier_code, another_extremely_long_field_name_for_testing)"
                      + " VALUES ('00000000-0000-0000-0000-000000000c01', 1, now(), now(), 'X-1', 'kept')",
                  "SELECT yet_another_very_long_field_name_for_tests FROM customer_loyalty_programme_memberships",
                  "kept"));

  private static Path go;
  private static TestPostgres postgres;

  @BeforeAll
  static void findGoAndStartPostgres() throws Exception {
    go = Tools.onPath("go");
    if (go != null) {
      postgres = TestPostgres.start();
      System.out.println("GolangMigrateTest: " + postgres.describe() + ", go at " + go);
    }
  }

  /** Per test, so that a skip is reported, with its reason, for every test. */
  @BeforeEach
  void requireGo() {
    if (go == null) {
      String message = "'go' is not on the PATH: golang-migrate (" + MIGRATE + ") cannot be run";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(message + "; under CI (CI=true) this test is required: install Go 1.26+");
      }
      System.err.println("GolangMigrateTest skipped: " + message + " (required under CI=true)");
      Assumptions.abort(message + ": skipped (required under CI=true)");
    }
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    if (postgres != null) {
      postgres.close();
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"library", "shop", "edge"})
  void migrateAppliesEveryVersionThenDownAllAndUpAgain(String definition, @TempDir Path dir)
      throws Exception {
    EvolvingProject project = new EvolvingProject(dir);
    try (TestPostgres.Database database = postgres.newDatabase();
        Connection db = database.connect()) {
      String url = database.migrateUrl();
      for (String version : MigrationPlannerTest.versions(definition)) {
        List<Written> added =
            project.evolve(
                EvolvingProject.resource(definition + "/" + version),
                "--yes",
                "--allow-destructive");
        assertThat(added).as("%s adds migrations", version).isNotEmpty();
        migrate(project, url, "up");
        assertLiveMatches(db, project.snapshot(), "after migrate up to " + version);
        assertThat(
                SchemaEvolutionTest.rows(
                    db, "SELECT version::text, dirty::text FROM schema_migrations"))
            .as("golang-migrate's version after %s", version)
            .containsExactly(List.of(String.valueOf(project.migrations().size()), "false"));
        if (project.migrations().size() == added.size()) {
          SchemaEvolutionTest.exec(db, ROWS.get(definition).get(0));
        }
      }
      assertThat(SchemaEvolutionTest.scalar(db, ROWS.get(definition).get(1)))
          .as("a row inserted after the first version is still there")
          .isEqualTo(ROWS.get(definition).get(2));

      migrate(project, url, "down", "-all");
      assertThat(LiveSchema.tableNames(db))
          .as("migrate down -all leaves no table but schema_migrations")
          .isEmpty();
      migrate(project, url, "up");
      assertLiveMatches(db, project.snapshot(), "after migrate down -all and up again");
    }
  }

  static void assertLiveMatches(Connection db, RelationalSchema snapshot, String when)
      throws Exception {
    Map<String, List<String>> live = LiveSchema.read(db);
    Map<String, List<String>> wanted = LiveSchema.expected(snapshot, db);
    assertThat(live.keySet())
        .as("tables %s", when)
        .containsExactlyInAnyOrderElementsOf(wanted.keySet());
    for (Map.Entry<String, List<String>> table : wanted.entrySet()) {
      assertThat(live.get(table.getKey()))
          .as("live table %s %s", table.getKey(), when)
          .containsExactlyInAnyOrderElementsOf(table.getValue());
    }
  }

  /**
   * {@code go run -tags postgres <migrate>@v4.20.1 -path <backend>/migrations -database <url>
   * args...}; fails with its output.
   */
  private static void migrate(EvolvingProject project, String url, String... args)
      throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                go.toString(),
                "run",
                "-tags",
                "postgres",
                MIGRATE,
                "-path",
                project.migrationsDir().toString(),
                "-database",
                url));
    command.addAll(List.of(args));
    Path log = Files.createTempFile("migrate", ".log");
    try {
      Process process =
          new ProcessBuilder(command)
              .directory(project.dir().toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      process.getOutputStream().close();
      if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        fail(
            "golang-migrate did not finish within "
                + TIMEOUT_MINUTES
                + " minutes: "
                + String.join(" ", command)
                + "\n"
                + Files.readString(log, StandardCharsets.UTF_8));
      }
      String output = Files.readString(log, StandardCharsets.UTF_8);
      assertThat(process.exitValue()).as("%s\n%s", String.join(" ", command), output).isZero();
    } finally {
      Files.deleteIfExists(log);
    }
  }
}
