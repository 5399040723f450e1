package dev.dddgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dddgen.definition.DefinitionLoader;
import dev.dddgen.model.DomainModel;
import dev.dddgen.testing.Tools;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * bench/run measures generations of definitions it writes itself; one the validator refuses would
 * leave the benchmark failing on its first case (as it did when a lifecycle rule arrived).
 */
class BenchDefinitionTest {
  @Test
  void theBenchmarksSyntheticDefinitionIsValid() throws Exception {
    Path python = Tools.onPath("python3");
    if (python == null) {
      Tools.skipOrFailWithout("python3 is not on the PATH (bench/run is a Python script)");
    }
    Path bench = CliRunner.repo().resolve("bench/run");
    Process process =
        new ProcessBuilder(python.toString(), bench.toString(), "--definition", "3")
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    String yaml = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();

    DomainModel model = DefinitionLoader.check("bench.yaml", yaml).model();

    assertThat(model.aggregates()).hasSize(3);
  }
}
