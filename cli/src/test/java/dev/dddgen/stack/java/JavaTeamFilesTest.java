package dev.dddgen.stack.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dddgen.stack.TeamFileChecks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java target's team files (Makefile, Docker files, CI workflow, .gitignore, README) are
 * well-formed and behave as its README says, like the Go target's (TeamFilesTest). Maven and a
 * database are not needed here: JavaBuildTest runs the build, the tests and make migrate-up/down.
 */
class JavaTeamFilesTest {
  @TempDir static Path dir;
  private static Path backend;

  @BeforeAll
  static void generate() throws Exception {
    backend = TeamFileChecks.generate(dir, "library-java");
  }

  @Test
  void composeRunsPostgresAndTheServiceWithHealthchecksAndAVolume() throws Exception {
    Map<String, Object> api =
        TeamFileChecks.composeRunsPostgresAndTheService(
            TeamFileChecks.yaml(backend.resolve("docker-compose.yml")), "library");
    assertThat(api.get("healthcheck").toString()).contains("/readyz");
  }

  @Test
  @SuppressWarnings("unchecked")
  void ciBuildsAndTestsAgainstAPostgresServiceChecksTheFormatAndTheGeneratedCode()
      throws Exception {
    Map<String, Object> test =
        TeamFileChecks.ciTestsAgainstPostgresAndChecksTheGeneratedCode(backend);
    assertThat(((Map<String, Object>) test.get("env")).get("DATABASE_URL").toString())
        .startsWith("postgres://");
    String steps = test.get("steps").toString();
    assertThat(steps)
        .contains("actions/setup-java")
        .contains("./mvnw -B verify")
        .contains("spotless:check");
  }

  @Test
  void dockerfileBuildsWithTheWrapperAndRunsTheJarAsNonRootWithoutBuildTools() throws Exception {
    List<String> lines = Files.readAllLines(backend.resolve("Dockerfile"));
    List<String> from = lines.stream().filter(l -> l.startsWith("FROM ")).toList();
    assertThat(from).hasSize(2);
    assertThat(from.get(0)).contains("-jdk");
    assertThat(from.get(1)).contains("-jre").doesNotContain("jdk");
    String build =
        String.join("\n", lines.subList(lines.indexOf(from.get(0)), lines.indexOf(from.get(1))));
    assertThat(build).contains("./mvnw").contains("target/library-0.1.0-SNAPSHOT.jar");
    String finalStage = String.join("\n", lines.subList(lines.indexOf(from.get(1)), lines.size()));
    assertThat(finalStage)
        .containsPattern("\nUSER app")
        .contains("HEALTHCHECK")
        .contains("/readyz")
        .doesNotContain("mvnw")
        .doesNotContain("COPY src")
        .doesNotContain("COPY . ");
  }

  @Test
  void gitignoreAndDockerignoreKeepLocalSettingsAndBuildOutputOut() throws Exception {
    assertThat(Files.readAllLines(backend.resolve(".gitignore"))).contains(".env", "target/");
    assertThat(Files.readAllLines(backend.resolve(".dockerignore"))).contains(".env", "target/");
    assertThat(Files.readString(backend.resolve(".env.example")))
        .contains("DATABASE_URL=postgres://")
        .contains("HTTP_ADDR=:8080");
  }

  @Test
  void theReadmeSaysHowToRunTestRegenerateAndCheck() throws Exception {
    String readme = Files.readString(backend.resolve("README.md"));
    assertThat(readme)
        .contains("`../dddgen.yaml`")
        .contains("docker compose up -d db")
        .contains("DATABASE_URL")
        .contains("java -jar target/library-0.1.0-SNAPSHOT.jar")
        .contains("dddgen check")
        .contains("| GET | `/openapi.yaml` |")
        .contains("| POST | `/loans/{id}/return` |");
    for (String target :
        TeamFileChecks.MAKE_TARGETS.subList(1, TeamFileChecks.MAKE_TARGETS.size())) {
      assertThat(readme).as(target).contains("`make " + target);
    }
  }

  @Test
  void makeHelpListsEveryTargetTheGuardsSayWhatIsMissingAndMigrateCreateNumbersOn()
      throws Exception {
    TeamFileChecks.makeHelpAndCheck(
        backend,
        "LOGGING_LEVEL_ROOT=DEBUG\n",
        () -> {
          for (String target : List.of("migrate-up", "migrate-down", "run")) {
            TeamFileChecks.make(backend, target).failsSaying("DATABASE_URL is not set");
          }
          TeamFileChecks.make(backend, "migrate-create")
              .failsSaying("usage: make migrate-create name=<name>");
          assertThat(TeamFileChecks.make(backend, "migrate-create", "name=Add-Index").exit())
              .as("a name Flyway's pattern refuses")
              .isNotZero();

          TeamFileChecks.Run created =
              TeamFileChecks.make(backend, "migrate-create", "name=add_index");
          assertThat(created.exit()).as(created.output()).isZero();
          Path migrations = backend.resolve("src/main/resources/db/migration");
          assertThat(migrations.resolve("V5__add_index.sql")).exists();
          assertThat(backend.resolve("src/main/resources/db/undo/U5__add_index.sql")).exists();
          assertThat(TeamFileChecks.make(backend, "migrate-create", "name=add_another").exit())
              .isZero();
          try (Stream<Path> files = Files.list(migrations)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted())
                .containsExactly(
                    "V1__create_people.sql",
                    "V2__create_books.sql",
                    "V3__create_loans.sql",
                    "V4__create_event_outbox.sql",
                    "V5__add_index.sql",
                    "V6__add_another.sql");
          }
        });
  }
}
