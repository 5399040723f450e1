package dev.dddgen.stack.go;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dddgen.stack.TeamFileChecks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
    backend = TeamFileChecks.generate(dir, "shop");
  }

  @Test
  void composeRunsPostgresAndTheServiceWithHealthchecksAndAVolume() throws Exception {
    TeamFileChecks.composeRunsPostgresAndTheService(
        TeamFileChecks.yaml(backend.resolve("docker-compose.yml")), "shop");
  }

  @Test
  void ciVetsTestsAgainstAPostgresServiceAndChecksTheGeneratedCode() throws Exception {
    Map<String, Object> test =
        TeamFileChecks.ciTestsAgainstPostgresAndChecksTheGeneratedCode(backend);
    assertThat(test.get("steps").toString())
        .contains("go vet ./...")
        .contains("go test ")
        .contains("actions/setup-go");
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
    TeamFileChecks.makeHelpAndCheck(
        backend,
        "LOG_LEVEL=debug\n",
        () -> {
          TeamFileChecks.make(backend, "migrate-up").failsSaying("DATABASE_URL is not set");
          TeamFileChecks.make(backend, "migrate-create")
              .failsSaying("usage: make migrate-create name=<name>");
        });
  }
}
