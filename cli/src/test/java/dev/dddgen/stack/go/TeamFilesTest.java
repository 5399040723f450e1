package dev.dddgen.stack.go;

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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files around the code that a team expects (Makefile, Docker files, CI workflow, .gitignore)
 * are well-formed and behave as the generated README says. No Docker engine is needed: the
 * container files are checked by reading them.
 */
class TeamFilesTest {
  @TempDir static Path dir;
  private static Path backend;

  @BeforeAll
  static void generate() throws Exception {
    Path definition = dir.resolve("dddgen.yaml");
    Files.copy(CliRunner.repo().resolve("examples/shop/dddgen.yaml"), definition);
    CliRunner.Result result = CliRunner.run("generate", "-f", definition.toString(), "-q");
    assertThat(result.exitCode()).as(result.describe()).isZero();
    backend = dir.resolve("backend");
  }

  private static Map<String, Object> yaml(String file) throws Exception {
    return TeamFileChecks.yaml(backend.resolve(file));
  }

  @Test
  void composeRunsPostgresAndTheServiceWithHealthchecksAndAVolume() throws Exception {
    TeamFileChecks.composeRunsPostgresAndTheService(yaml("docker-compose.yml"), "shop");
  }

  @Test
  @SuppressWarnings("unchecked")
  void ciVetsTestsAgainstAPostgresServiceAndChecksTheGeneratedCode() throws Exception {
    Map<String, Object> ci = yaml(".github/workflows/ci.yml");
    Map<String, Object> jobs = (Map<String, Object>) ci.get("jobs");
    Map<String, Object> test = (Map<String, Object>) jobs.get("test");
    assertThat((Map<String, Object>) test.get("services")).containsKey("postgres");
    String steps = test.get("steps").toString();
    assertThat(steps).contains("go vet ./...").contains("go test ").contains("actions/setup-go");
    assertThat(jobs.get("dddgen-check").toString()).contains("check -f");
    assertThat(Files.readString(backend.resolve(".github/workflows/ci.yml")))
        .doesNotContainPattern("[^$]\\{\\{")
        .doesNotContain("<%")
        .contains("${{ env.BACKEND_DIR }}");
  }

  @Test
  void dockerfileBuildsAStaticBinaryAndRunsItAsNonRootWithoutBuildTools() throws Exception {
    List<String> lines = Files.readAllLines(backend.resolve("Dockerfile"));
    List<String> from = lines.stream().filter(l -> l.startsWith("FROM ")).toList();
    assertThat(from).hasSize(2);
    assertThat(from.get(0)).startsWith("FROM golang:");
    assertThat(from.get(1)).doesNotContain("golang").contains("distroless/static");
    String finalStage = String.join("\n", lines.subList(lines.indexOf(from.get(1)), lines.size()));
    assertThat(finalStage).contains("USER nonroot").doesNotContain("RUN ");
    assertThat(String.join("\n", lines)).contains("CGO_ENABLED=0");
  }

  @Test
  void gitignoreKeepsLocalSettingsAndBuildOutputOut() throws Exception {
    assertThat(Files.readAllLines(backend.resolve(".gitignore")))
        .contains(".env", "bin/", "coverage.out");
  }

  @Test
  void makeHelpListsEveryTargetAndTheGuardsSayWhatIsMissing() throws Exception {
    String make = onPath("make");
    Assumptions.assumeTrue(make != null, "make is not on the PATH");
    // With a .env, make reads two makefiles: help must still print target names.
    Files.writeString(backend.resolve(".env"), "LOG_LEVEL=debug\n");
    try {
      Run help = run(make, "help");
      assertThat(help.exit).as(help.output).isZero();
      List<String> targets = help.output.lines().map(l -> l.split("\t")[0]).toList();
      assertThat(targets)
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
      assertThat(check.output)
          .contains(
              "/nonexistent/dddgen: not found; put dddgen on the PATH, or run: make check DDDGEN=");

      Run migrate = run(make, "migrate-up");
      assertThat(migrate.exit).as(migrate.output).isNotZero();
      assertThat(migrate.output).contains("DATABASE_URL is not set");

      Run create = run(make, "migrate-create");
      assertThat(create.exit).as(create.output).isNotZero();
      assertThat(create.output).contains("usage: make migrate-create name=<name>");
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
