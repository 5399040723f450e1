package dev.dddgen.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dddgen.cli.CliRunner;
import dev.dddgen.schema.EvolvingProject.Written;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Java target's migrations as Flyway itself applies them (the Flyway that the generated
 * project's Spring Boot runs), mirroring {@link GolangMigrateTest}: every version of a definition
 * of {@code evolution/}, turned into a {@code target: java} one, is generated, then Flyway
 * migrates; the live schema must match the snapshot each time and a row inserted after the first
 * version must live through every later one. A version that can lose data is first refused without
 * {@code --allow-destructive}, as for Go (exit 1, the steps named, nothing written). At the end the
 * undo scripts ({@code db/undo/U<N>__}, outside Flyway's location) are applied by hand, last first,
 * down to an empty schema, and Flyway migrates a fresh history up again. Needs nothing but Java:
 * the embedded PostgreSQL, or {@code DATABASE_URL}.
 */
class FlywayMigrateTest {
  /**
   * Per definition: the versions refused without --allow-destructive (see MigrationPlannerTest).
   */
  private static final Map<String, Set<String>> DESTRUCTIVE =
      Map.of(
          "library",
              Set.of(
                  "v08-narrow-long-to-int.yaml",
                  "v11-enum-value-removed.yaml",
                  "v13-remove-field.yaml",
                  "v14-remove-aggregate.yaml"),
          "shop",
              Set.of(
                  "c05-drop-required-enum.yaml",
                  "c06-drop-child-entity.yaml",
                  "c07-drop-aggregate-and-add-composite.yaml"),
          "edge", Set.of());

  private static TestPostgres postgres;

  @BeforeAll
  static void startPostgres() throws Exception {
    postgres = TestPostgres.start();
    System.out.println("FlywayMigrateTest: " + postgres.describe());
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    if (postgres != null) {
      postgres.close();
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"library", "shop", "edge"})
  void flywayAppliesEveryVersionInOrderKeepingTheDataAndTheUndoScriptsGoBackToEmpty(
      String definition, @TempDir Path dir) throws Exception {
    EvolvingProject project = new EvolvingProject(dir, EvolvingProject.Layout.JAVA);
    List<String> refused = new ArrayList<>();
    try (TestPostgres.Database database = postgres.newDatabase();
        Connection db = database.connect()) {
      DataSource dataSource = database.dataSource();
      for (String version : MigrationPlannerTest.versions(definition)) {
        String text = EvolvingProject.javaResource(definition + "/" + version);
        if (DESTRUCTIVE.get(definition).contains(version)) {
          CliRunner.Result result = project.refused(text, 1, "--yes");
          assertThat(result.stderr())
              .as(version)
              .contains("refused: these migrations can lose data")
              .contains("src/main/resources/db/migration/V")
              .contains("Pass --allow-destructive")
              .contains("Nothing was written.");
          refused.add(version);
        }
        List<Written> added = project.evolve(text, "--yes", "--allow-destructive");
        assertThat(added).as("%s adds migrations", version).isNotEmpty();

        MigrateResult result = flyway(dataSource, project).migrate();
        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted)
            .as("Flyway applies the new migrations of %s, and only them", version)
            .isEqualTo(added.size());
        assertThat(result.targetSchemaVersion)
            .isEqualTo(String.valueOf(project.migrations().size()));
        GolangMigrateTest.assertLiveMatches(
            db, project.snapshot(), "after Flyway migrated to " + version);
        assertThat(
                SchemaEvolutionTest.rows(
                    db,
                    "SELECT version, success::text FROM flyway_schema_history ORDER BY installed_rank"))
            .as("Flyway's history after %s: every version once, in order, successful", version)
            .containsExactlyElementsOf(
                project.migrations().stream()
                    .map(m -> List.of(String.valueOf(m.number()), "true"))
                    .toList());
        if (project.migrations().size() == added.size()) {
          SchemaEvolutionTest.exec(db, GolangMigrateTest.ROWS.get(definition).get(0));
        }
      }
      assertThat(refused)
          .as("the versions refused without --allow-destructive")
          .containsExactlyInAnyOrderElementsOf(DESTRUCTIVE.get(definition));
      assertThat(SchemaEvolutionTest.scalar(db, GolangMigrateTest.ROWS.get(definition).get(1)))
          .as("a row inserted after the first version is still there")
          .isEqualTo(GolangMigrateTest.ROWS.get(definition).get(2));
      assertThat(flyway(dataSource, project).validateWithResult().validationSuccessful)
          .as("the migrations on disk are those Flyway applied (none rewritten)")
          .isTrue();

      EvolvingProject.down(db, project.migrations());
      assertThat(LiveSchema.tableNames(db))
          .as("the undo scripts leave no table but Flyway's history")
          .isEmpty();
      SchemaEvolutionTest.exec(db, "DROP TABLE flyway_schema_history");
      MigrateResult again = flyway(dataSource, project).migrate();
      assertThat(again.migrationsExecuted).isEqualTo(project.migrations().size());
      GolangMigrateTest.assertLiveMatches(
          db, project.snapshot(), "after undoing everything and migrating again");
    }
  }

  /**
   * Flyway as the generated application configures it ({@code
   * spring.flyway.locations=classpath:db/migration}, Spring Boot's defaults otherwise), reading the
   * project's files.
   */
  private static Flyway flyway(DataSource dataSource, EvolvingProject project) {
    return Flyway.configure()
        .dataSource(dataSource)
        .locations("filesystem:" + project.migrationsDir())
        .load();
  }
}
