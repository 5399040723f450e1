package dev.dddgen.stack.go;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated Go of the examples (the golden trees, which GoldenTest keeps equal to the
 * generator's output) is clean under staticcheck and gosec. The test installs the pinned linters
 * itself, with {@code go install} into target/, so CI needs nothing by hand. Without {@code go}, or
 * when the linters cannot be installed (no network), the class is skipped, unless {@code CI=true}:
 * then it fails.
 */
class GoLintTest {
  private static final Path REPO =
      Path.of(System.getProperty("dddgen.repo", "..")).toAbsolutePath().normalize();

  /** The linters, pinned: a new release may add checks, which should be a deliberate upgrade. */
  private static final String STATICCHECK = "honnef.co/go/tools/cmd/staticcheck@v0.8.2";

  private static final String GOSEC = "github.com/securego/gosec/v2/cmd/gosec@v2.30.0";

  private static final boolean CI = "true".equalsIgnoreCase(System.getenv("CI"));

  private static Path bin;

  @BeforeAll
  static void installLinters() throws Exception {
    String go = GoCommands.findGo();
    if (go == null && CI) {
      fail("the Go toolchain ('go') is not on the PATH (CI=true: linting is required)");
    }
    Assumptions.assumeTrue(
        go != null, "the Go toolchain ('go') is not on the PATH: generated Go is not linted");
    // The folder is named by the pinned versions, so changing a pin installs afresh.
    bin =
        Path.of("target", "go-linters", Integer.toHexString((STATICCHECK + GOSEC).hashCode()))
            .toAbsolutePath();
    for (String tool : List.of(STATICCHECK, GOSEC)) {
      String name = tool.substring(tool.lastIndexOf('/') + 1, tool.indexOf('@'));
      if (Files.isExecutable(bin.resolve(name))) {
        continue;
      }
      GoCommands.Result install =
          GoCommands.run(REPO, Map.of("GOBIN", bin.toString()), go, "install", tool);
      if (install.exitCode() != 0 && CI) {
        fail("go install " + tool + " failed (CI=true: linting is required):\n" + install.output());
      }
      Assumptions.assumeTrue(
          install.exitCode() == 0,
          "go install " + tool + " failed, so generated Go is not linted:\n" + install.output());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"examples/shop/backend", "examples/library/backend"})
  void generatedGoIsCleanUnderStaticcheckAndGosec(String backend) throws Exception {
    Path dir = REPO.resolve(backend);
    GoCommands.Result staticcheck =
        GoCommands.run(dir, Map.of(), bin.resolve("staticcheck").toString(), "./...");
    assertThat(staticcheck.exitCode())
        .as("staticcheck in %s:\n%s", backend, staticcheck.output())
        .isZero();
    GoCommands.Result gosec =
        GoCommands.run(
            dir, Map.of(), bin.resolve("gosec").toString(), "-quiet", "-fmt", "text", "./...");
    assertThat(gosec.exitCode()).as("gosec in %s:\n%s", backend, gosec.output()).isZero();
  }
}
