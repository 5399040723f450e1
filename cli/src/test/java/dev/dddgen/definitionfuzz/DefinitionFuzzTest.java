package dev.dddgen.definitionfuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dddgen.cli.CliRunner;
import dev.dddgen.schema.TestPostgres;
import dev.dddgen.testing.GeneratedBuilds;
import dev.dddgen.testing.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The definition fuzzer (issue #16 item 3): a random valid definition ({@link RandomDefinition}) is
 * generated for each target, built, and its own generated tests run against PostgreSQL, so shapes
 * no example has are built before a user meets them. One seed per run, printed; a failing seed runs
 * again with {@code -Ddddgen.fuzz.seed=SEED}. Without Go, or Spring Boot in the local Maven
 * repository, the target's case is skipped, unless {@code CI=true}: then it fails.
 */
class DefinitionFuzzTest {
  private static final long SEED =
      Long.getLong("dddgen.fuzz.seed", new SecureRandom().nextLong() & Long.MAX_VALUE);

  /** Seeds validated per run by the cheap check: the generator's own bugs show there first. */
  private static final int VALIDATED = 100;

  private static TestPostgres postgres;

  @BeforeAll
  static void announce() {
    System.out.printf(
        "definition fuzzer seed: %d (run again with -Ddddgen.fuzz.seed=%d)%n", SEED, SEED);
  }

  @AfterAll
  static void stop() throws Exception {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void everyRandomDefinitionIsValidAndTheSameForItsSeed(@TempDir Path dir) throws Exception {
    for (long seed = SEED; seed < SEED + VALIDATED; seed++) {
      for (String target : new String[] {"go", "java"}) {
        String yaml = RandomDefinition.yaml(seed, target);
        assertThat(RandomDefinition.yaml(seed, target))
            .as("seed %d, %s", seed, target)
            .isEqualTo(yaml);
        validate(seed, target, yaml, dir);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"go", "java"})
  void aRandomDefinitionBuildsAndPassesItsOwnTests(String target, @TempDir Path dir)
      throws Exception {
    Path go = Tools.onPath("go");
    if (target.equals("go") && go == null) {
      Tools.skipOrFailWithout("the Go toolchain ('go') is not on the PATH");
    }
    if (target.equals("java") && !springBootIsLocal()) {
      Tools.skipOrFailWithout("Spring Boot is not in the local Maven repository");
    }
    String yaml = RandomDefinition.yaml(SEED, target);
    Path definition = validate(SEED, target, yaml, dir);
    Path backend = dir.resolve("backend");
    CliRunner.Result generated = CliRunner.run("generate", "-q", "-f", definition.toString());
    assertThat(generated.exitCode())
        .as("seed %d, %s: %s", SEED, target, generated.describe())
        .isZero();
    if (postgres == null) {
      postgres = TestPostgres.start();
    }
    try (TestPostgres.Database database = postgres.newDatabase()) {
      try {
        if (target.equals("go")) {
          GeneratedBuilds.goBuildVetAndTest(go, backend, database.migrateUrl());
        } else {
          GeneratedBuilds.mavenVerify(backend, database.migrateUrl());
        }
      } catch (AssertionError e) {
        throw new AssertionError(
            "seed " + SEED + " (" + target + "), -Ddddgen.fuzz.seed=" + SEED + ":\n" + yaml, e);
      }
    }
  }

  /** Writes the definition into {@code dir} and checks that {@code dddgen validate} accepts it. */
  private static Path validate(long seed, String target, String yaml, Path dir) throws Exception {
    Path definition = dir.resolve("dddgen.yaml");
    Files.writeString(definition, yaml);
    CliRunner.Result validated = CliRunner.run("validate", "-f", definition.toString());
    assertThat(validated.exitCode())
        .as(
            "the definition fuzzer made an invalid definition, seed %d (%s):\n%s\n%s",
            seed, target, yaml, validated.describe())
        .isZero();
    return definition;
  }

  private static boolean springBootIsLocal() {
    return Files.isDirectory(
        Path.of(
            System.getProperty("user.home"),
            ".m2/repository/org/springframework/boot/spring-boot-starter-parent"));
  }
}
