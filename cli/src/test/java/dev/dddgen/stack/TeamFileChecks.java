package dev.dddgen.stack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dddgen.cli.CliRunner;
import dev.dddgen.testing.Tools;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Checks both targets' team files share: YAML that loads, the same compose layout, a CI workflow
 * that tests against PostgreSQL and checks the generated code, and a Makefile with the same targets
 * and guards.
 */
public final class TeamFileChecks {
  private TeamFileChecks() {}

  /** The Makefile's targets, in the order {@code make help} lists them. */
  public static final List<String> MAKE_TARGETS =
      List.of(
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

  /** Generates {@code examples/<example>/dddgen.yaml} in {@code dir}; the backend folder. */
  public static Path generate(Path dir, String example) throws Exception {
    Path definition = dir.resolve("dddgen.yaml");
    Files.copy(CliRunner.repo().resolve("examples/" + example + "/dddgen.yaml"), definition);
    CliRunner.Result result = CliRunner.run("generate", "-f", definition.toString(), "-q");
    assertThat(result.exitCode()).as(result.describe()).isZero();
    return dir.resolve("backend");
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> yaml(Path file) throws Exception {
    return (Map<String, Object>)
        new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file));
  }

  /**
   * docker-compose.yml runs PostgreSQL 16+ with a healthcheck and a named volume, and the service
   * after it is healthy, pointed at {@code database}. Returns the service's entry.
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> composeRunsPostgresAndTheService(
      Map<String, Object> compose, String database) {
    Map<String, Object> services = (Map<String, Object>) compose.get("services");
    assertThat(services).containsOnlyKeys("db", "api");
    Map<String, Object> db = (Map<String, Object>) services.get("db");
    String image = (String) db.get("image");
    assertThat(image).startsWith("postgres:");
    assertThat(Integer.parseInt(image.replaceAll("^postgres:(\\d+).*", "$1")))
        .as("PostgreSQL 16+")
        .isGreaterThanOrEqualTo(16);
    assertThat(db).containsKeys("healthcheck", "volumes");
    assertThat((Map<String, Object>) compose.get("volumes")).containsKey("db-data");
    Map<String, Object> api = (Map<String, Object>) services.get("api");
    assertThat(api).containsKey("healthcheck");
    assertThat((Map<String, Object>) api.get("depends_on"))
        .containsEntry("db", Map.of("condition", "service_healthy"));
    assertThat(((Map<String, Object>) api.get("environment")).get("DATABASE_URL").toString())
        .contains("@db:5432/" + database);
    return api;
  }

  /**
   * The CI workflow's test job runs beside a PostgreSQL service, a dddgen-check job runs {@code
   * dddgen check}, and no template syntax is left but GitHub's own expressions. Returns the test
   * job, for the checks of a target's build steps.
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> ciTestsAgainstPostgresAndChecksTheGeneratedCode(Path backend)
      throws Exception {
    Path workflow = backend.resolve(".github/workflows/ci.yml");
    Map<String, Object> jobs = (Map<String, Object>) yaml(workflow).get("jobs");
    Map<String, Object> test = (Map<String, Object>) jobs.get("test");
    assertThat((Map<String, Object>) test.get("services")).containsKey("postgres");
    assertThat(jobs.get("dddgen-check").toString()).contains("check -f");
    assertThat(Files.readString(workflow))
        .doesNotContainPattern("[^$]\\{\\{")
        .doesNotContain("<%")
        .contains("${{ env.BACKEND_DIR }}");
    return test;
  }

  /**
   * With a {@code .env} holding {@code settings} (make then reads two makefiles), {@code make help}
   * lists every target and {@code make check} with a missing dddgen says how to point at one; then
   * {@code more} runs, and the {@code .env} is removed.
   */
  public static void makeHelpAndCheck(Path backend, String settings, MakeChecks more)
      throws Exception {
    Files.writeString(backend.resolve(".env"), settings);
    try {
      Run help = make(backend, "help");
      assertThat(help.exit()).as(help.output()).isZero();
      assertThat(help.output().lines().map(l -> l.split("\t")[0]).toList())
          .containsExactlyElementsOf(MAKE_TARGETS);
      Run check = make(backend, "check", "DDDGEN=/nonexistent/dddgen");
      assertThat(check.exit()).as(check.output()).isNotZero();
      assertThat(check.output())
          .contains(
              "/nonexistent/dddgen: not found; put dddgen on the PATH, or run: make check DDDGEN=");
      more.run();
    } finally {
      Files.delete(backend.resolve(".env"));
    }
  }

  /** Further make checks, run while the {@code .env} is there. */
  public interface MakeChecks {
    void run() throws Exception;
  }

  /** What a make run printed (standard output and error) and how it exited. */
  public record Run(int exit, String output) {
    /** It failed, saying {@code message}. */
    public void failsSaying(String message) {
      assertThat(exit).as(output).isNotZero();
      assertThat(output).contains(message);
    }
  }

  /**
   * Runs make in {@code backend} with {@code args}, without DATABASE_URL and DDDGEN from this
   * environment.
   */
  public static Run make(Path backend, String... args) throws Exception {
    Path make = Tools.onPath("make");
    if (make == null) {
      Tools.skipOrFailWithout("make is not on the PATH");
    }
    List<String> command = new ArrayList<>(List.of(make.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(backend.toFile()).redirectErrorStream(true);
    builder.environment().remove("DATABASE_URL");
    builder.environment().remove("DDDGEN");
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    return new Run(process.exitValue(), output);
  }
}
