package dev.dddgen.stack.go;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.dddgen.cli.CliRunner;
import dev.dddgen.schema.TestPostgres;
import dev.dddgen.testing.GeneratedBuilds;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated Go backends build, vet, are gofmt-clean and pass their own tests against a real
 * PostgreSQL, and their go.mod and go.sum are what {@code go mod tidy} makes of them (NATS only
 * when events are published): the two examples, an awkward definition and the conformance suite's
 * definition, which publishes no events. Without {@code go} on the PATH the class is skipped,
 * unless {@code CI=true}: then it fails.
 */
class GoBuildTest {
  private static final Path REPO =
      Path.of(System.getProperty("dddgen.repo", "..")).toAbsolutePath().normalize();
  private static String go;
  private static TestPostgres postgres;

  @BeforeAll
  static void findGo() throws Exception {
    go = GoCommands.findGo();
    if (go == null && "true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(
          "the Go toolchain ('go') is not on the PATH (CI=true: building the generated code is required)");
    }
    Assumptions.assumeTrue(
        go != null, "the Go toolchain ('go') is not on the PATH: generated Go code is not built");
    postgres = TestPostgres.start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (postgres != null) {
      postgres.close();
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "examples/shop/dddgen.yaml",
        "examples/library/dddgen.yaml",
        "cli/src/test/resources/go/edge.yaml",
        "cli/src/test/resources/conformance/reserved.yaml"
      })
  void generatedBackendBuildsVetsIsFormattedAndPassesItsTests(String definition, @TempDir Path dir)
      throws Exception {
    Path output = dir.resolve("backend");
    CliRunner.Result generated =
        CliRunner.run(
            "generate", "-f", REPO.resolve(definition).toString(), "-o", output.toString());
    assertThat(generated.exitCode()).as(generated.describe()).isZero();

    run(output, Map.of(), go, "mod", "tidy", "-diff");
    try (TestPostgres.Database database = postgres.newDatabase()) {
      GeneratedBuilds.goBuildVetAndTest(Path.of(go), output, database.migrateUrl());
      // The go command replays a cached test result unless a file or environment variable the
      // tests read has changed, and it only sees what is read while tests run (not in TestMain
      // before m.Run): the repository tests must re-run when DATABASE_URL changes.
      String repository = "./internal/infrastructure/persistence/repository";
      run(output, Map.of("DATABASE_URL", database.migrateUrl()), go, "test", repository);
      String otherUrl = database.migrateUrl() + "&application_name=dddgen-cache-check";
      assertThat(run(output, Map.of("DATABASE_URL", otherUrl), go, "test", repository))
          .as("go test %s after DATABASE_URL changed", repository)
          .doesNotContain("(cached)");
    }
  }

  private static String run(Path dir, Map<String, String> env, String... command) throws Exception {
    GoCommands.Result result = GoCommands.run(dir, env, command);
    String output = result.output();
    assertThat(result.exitCode())
        .as("%s in %s:\n%s", String.join(" ", command), dir, output)
        .isZero();
    return output;
  }
}
