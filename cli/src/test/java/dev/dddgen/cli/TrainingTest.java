package dev.dddgen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingTest {
  @TempDir Path dir;

  @Test
  void commandsAreSplitAtSemicolonsAndEmptyOnesDropped() {
    assertThat(Training.commands(new String[] {"generate", "-f", "a", ";", ";", "check", ";"}))
        .containsExactly(List.of("generate", "-f", "a"), List.of("check"));
  }

  @Test
  void eachCommandRunsInTurnAndAFailureStopsTheTraining() {
    Path shop = CliRunner.repo().resolve("examples/shop/dddgen.yaml");
    Path out = dir.resolve("out");
    String[] args = {
      "generate", "-f", shop.toString(), "-o", out.toString(), "--quiet", ";",
      "check", "-f", shop.toString(), "-o", out.toString(), "--quiet", ";",
      "check", "-f", dir.resolve("missing.yaml").toString(), "-o", out.toString()
    };

    assertThatThrownBy(() -> Training.run(args)).hasMessageContaining("missing.yaml");
    assertThat(Files.isRegularFile(out.resolve("go.mod"))).isTrue();
  }
}
