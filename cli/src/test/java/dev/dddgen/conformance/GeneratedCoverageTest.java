package dev.dddgen.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dddgen.cli.CliRunner;
import dev.dddgen.schema.TestPostgres;
import dev.dddgen.testing.GeneratedBuilds;
import dev.dddgen.testing.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How much of the generated code its own generated tests run (issue #16 item 5), on the shop, for
 * every target: Go's statements ({@code go test -coverpkg=./...}, {@code go tool cover -func}) and
 * Java's lines (JaCoCo), printed as a table and each at least {@link #FLOOR}. Without Go or Spring
 * Boot in the local Maven repository it is skipped, unless {@code CI=true}: then it fails.
 */
class GeneratedCoverageTest {
  /** Issue #16's floor, the same for every target (on the shop: Go 87.3 %, Java 70.4 %). */
  private static final double FLOOR = 70.0;

  private static final String SHOP = "examples/shop/dddgen.yaml";

  @Test
  void theGeneratedTestsCoverAtLeastTheFloorOnEveryTarget(@TempDir Path dir) throws Exception {
    Targets.missingToolchain().ifPresent(Tools::skipOrFailWithout);
    Map<String, Double> coverage = new LinkedHashMap<>();
    try (TestPostgres postgres = TestPostgres.start()) {
      for (String target : List.of(Targets.GO, Targets.JAVA)) {
        Path work = Files.createDirectories(dir.resolve(target));
        Path definition = work.resolve("dddgen.yaml");
        Files.writeString(
            definition,
            Targets.retargeted(Files.readString(CliRunner.repo().resolve(SHOP)), target));
        Path backend = work.resolve("backend");
        CliRunner.Result generated =
            CliRunner.run("generate", "-q", "-f", definition.toString(), "-o", backend.toString());
        assertThat(generated.exitCode()).as(generated.describe()).isZero();
        try (TestPostgres.Database database = postgres.newDatabase()) {
          coverage.put(
              target,
              target.equals(Targets.GO)
                  ? GeneratedBuilds.goStatementCoverage(
                      Tools.onPath("go"), backend, database.migrateUrl())
                  : GeneratedBuilds.javaLineCoverage(backend, database.migrateUrl()));
        }
      }
    }
    System.out.printf("coverage of the generated tests on %s%n", SHOP);
    System.out.printf("  %-6s %-11s %8s%n", "target", "measure", "covered");
    coverage.forEach(
        (target, percent) ->
            System.out.printf(
                "  %-6s %-11s %7.1f%%%n",
                target, target.equals(Targets.GO) ? "statements" : "lines", percent));
    assertThat(coverage)
        .allSatisfy(
            (target, percent) -> assertThat(percent).as(target).isGreaterThanOrEqualTo(FLOOR));
  }
}
