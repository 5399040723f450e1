package dev.dddgen.stack.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dddgen.cli.CliRunner;
import dev.dddgen.stack.TeamFileChecks;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
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
    Path definition = dir.resolve("dddgen.yaml");
    Files.copy(CliRunner.repo().resolve("examples/library-java/dddgen.yaml"), definition);
    CliRunner.Result result = CliRunner.run("generate", "-f", definition.toString(), "-q");
    assertThat(result.exitCode()).as(result.describe()).isZero();
    backend = dir.resolve("backend");
  }

  private static Map<String, Object> yaml(String file) throws Exception {
    return TeamFileChecks.yaml(backend.resolve(file));
  }

  @Test
  void composeRunsPostgresAndTheServiceWithHealthchecksAndAVolume() throws Exception {
    Map<String, Object> api =
        TeamFileChecks.composeRunsPostgresAndTheService(yaml("docker-compose.yml"), "library");
    assertThat(api.get("healthcheck").toString()).contains("/readyz");
  }

  @Test
  @SuppressWarnings("unchecked")
  void ciBuildsAndTestsAgainstAPostgresServiceChecksTheFormatAndTheGeneratedCode()
      throws Exception {
    Map<String, Object> ci = yaml(".github/workflows/ci.yml");
    Map<String, Object> jobs = (Map<String, Object>) ci.get("jobs");
    Map<String, Object> test = (Map<String, Object>) jobs.get("test");
    assertThat((Map<String, Object>) test.get("services")).containsKey("postgres");
    assertThat(((Map<String, Object>) test.get("env")).get("DATABASE_URL").toString())
        .startsWith("postgres://");
    String steps = test.get("steps").toString();
    assertThat(steps)
        .contains("actions/setup-java")
        .contains("./mvnw -B verify")
        .contains("spotless:check");
    assertThat(jobs.get("dddgen-check").toString()).contains("check -f");
    assertThat(Files.readString(backend.resolve(".github/workflows/ci.yml")))
        .doesNotContainPattern("[^$]\\{\\{")
        .doesNotContain("<%")
        .contains("${{ env.BACKEND_DIR }}");
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
        List.of(
            "test",
            "cover",
            "build",
            "run",
            "migrate-up",
            "migrate-down",
            "migrate-create",
            "lint",
            "generate",
            "check")) {
      assertThat(readme).as(target).contains("`make " + target);
    }
  }

  @Test
  void makeHelpListsEveryTargetTheGuardsSayWhatIsMissingAndMigrateCreateNumbersOn()
      throws Exception {
    String make = onPath("make");
    Assumptions.assumeTrue(make != null, "make is not on the PATH");
    Files.writeString(backend.resolve(".env"), "LOGGING_LEVEL_ROOT=DEBUG\n");
    try {
      Run help = run(make, "help");
      assertThat(help.exit).as(help.output).isZero();
      assertThat(help.output.lines().map(l -> l.split("\t")[0]).toList())
          .containsExactly(
              "help",
              "test",
              "cover",
              "build",
              "run",
              "migrate-up",
              "migrate-down",
              "migrate-create",
              "lint",
              "generate",
              "check");

      Run check = run(make, "check", "DDDGEN=/nonexistent/dddgen");
      assertThat(check.exit).as(check.output).isNotZero();
      assertThat(check.output).contains("/nonexistent/dddgen: not found; put dddgen on the PATH");
      for (String target : List.of("migrate-up", "migrate-down", "run")) {
        Run refused = run(make, target);
        assertThat(refused.exit).as(refused.output).isNotZero();
        assertThat(refused.output).as(target).contains("DATABASE_URL is not set");
      }
      Run unnamed = run(make, "migrate-create");
      assertThat(unnamed.exit).isNotZero();
      assertThat(unnamed.output).contains("usage: make migrate-create name=<name>");
      assertThat(run(make, "migrate-create", "name=Add-Index").exit)
          .as("a name Flyway's pattern refuses")
          .isNotZero();

      Run created = run(make, "migrate-create", "name=add_index");
      assertThat(created.exit).as(created.output).isZero();
      Path migrations = backend.resolve("src/main/resources/db/migration");
      assertThat(migrations.resolve("V5__add_index.sql")).exists();
      assertThat(backend.resolve("src/main/resources/db/undo/U5__add_index.sql")).exists();
      assertThat(run(make, "migrate-create", "name=add_another").exit).isZero();
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
    } finally {
      Files.delete(backend.resolve(".env"));
    }
  }

  private record Run(int exit, String output) {}

  private static Run run(String... command) throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(new ArrayList<>(List.of(command)))
            .directory(backend.toFile())
            .redirectErrorStream(true);
    builder.environment().remove("DATABASE_URL");
    builder.environment().remove("DDDGEN");
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    return new Run(process.exitValue(), output);
  }

  private static String onPath(String name) {
    for (String folder :
        System.getenv().getOrDefault("PATH", "").split(Pattern.quote(File.pathSeparator))) {
      if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, name))) {
        return Path.of(folder, name).toString();
      }
    }
    return null;
  }
}
