package dev.dddgen.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dddgen.testing.Tools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Schemathesis, the OpenAPI-driven property-based fuzzer, installed with pip into a virtual
 * environment under {@code target/schemathesis} on first use. Without Python the caller's test is
 * skipped, unless {@code CI=true}: then it fails.
 */
public final class Schemathesis {
  static final String VERSION = "4.32.5";

  /** What one run found: its exit code and its report. */
  public record Run(int exitCode, String report) {
    public boolean clean() {
      return exitCode == 0;
    }
  }

  private final Path home;

  private Schemathesis(Path home) {
    this.home = home;
  }

  public static Schemathesis install() throws IOException, InterruptedException {
    if (Tools.onPath("python3") == null) {
      Tools.skipOrFailWithout("python3 is not on the PATH: schemathesis cannot fuzz the services");
    }
    Path home = Path.of("target", "schemathesis").toAbsolutePath();
    Path st = home.resolve("bin/st");
    if (!Files.isExecutable(st) || !version(st).contains(VERSION)) {
      run(List.of("python3", "-m", "venv", "--clear", home.toString()), 5);
      run(
          List.of(
              home.resolve("bin/pip").toString(),
              "install",
              "--quiet",
              "--disable-pip-version-check",
              "schemathesis==" + VERSION),
          15);
    }
    return new Schemathesis(home);
  }

  /**
   * Fuzzes every operation of {@code spec} against {@code baseUrl} with all checks, all phases and
   * a fixed seed, {@code examples} cases per operation and phase.
   */
  public Run fuzz(Path spec, String baseUrl, String config, Path work, int examples)
      throws IOException, InterruptedException {
    return fuzz(spec, baseUrl, config, work, examples, List.of());
  }

  /** As {@link #fuzz(Path, String, String, Path, int)}, every request carrying {@code headers}. */
  public Run fuzz(
      Path spec, String baseUrl, String config, Path work, int examples, List<String> headers)
      throws IOException, InterruptedException {
    Path configFile = work.resolve("schemathesis.toml");
    Files.writeString(configFile, config);
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                home.resolve("bin/st").toString(),
                "--config-file",
                configFile.toString(),
                "--no-color",
                "run",
                "--url",
                baseUrl,
                "--seed",
                "1",
                "--max-examples",
                Integer.toString(examples),
                "--suppress-health-check=filter_too_much"));
    headers.forEach(
        header -> {
          command.add("--header");
          command.add(header);
        });
    command.add(spec.toString());
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true);
    builder.environment().put("SCHEMATHESIS_TELEMETRY", "false");
    Process process = builder.start();
    String report = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(20, TimeUnit.MINUTES)).as("schemathesis finishes").isTrue();
    return new Run(process.exitValue(), report);
  }

  private static String version(Path st) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(st.toString(), "--version").start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor(1, TimeUnit.MINUTES);
    return out;
  }

  private static void run(List<String> command, int minutes)
      throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(minutes, TimeUnit.MINUTES)).as("%s finishes", command).isTrue();
    assertThat(process.exitValue()).as("%s: %s", command, log).isZero();
  }
}
