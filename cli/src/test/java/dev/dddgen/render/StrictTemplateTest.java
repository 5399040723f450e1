package dev.dddgen.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dddgen.cli.CliRunner;
import dev.dddgen.cli.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A template that refers to a missing variable or does not parse fails with exit 4, named and located. */
class StrictTemplateTest {
  @TempDir Path dir;

  private CliRunner.Result generateWithOverride(String template) throws IOException {
    Path overrides = dir.resolve("overrides");
    Files.createDirectories(overrides.resolve("go"));
    Files.writeString(overrides.resolve("go/go.mod.mustache"), template);
    Path definition = CliRunner.repo().resolve("examples/shop/dddgen.yaml");
    return CliRunner.run("generate", "-f", definition.toString(), "-o", dir.resolve("out").toString(),
        "--templates", overrides.toString());
  }

  @Test
  void missingVariableNamesTemplateAndLine() throws IOException {
    CliRunner.Result result = generateWithOverride("module {{module}}\n\ngo 1.25\n{{modul}}\n");
    assertThat(result.exitCode()).as(result.describe()).isEqualTo(ExitCodes.TEMPLATE_FAILED);
    assertThat(result.stderr()).contains(dir.resolve("overrides/go/go.mod.mustache") + ":4")
        .contains("missing variable 'modul'")
        .doesNotContain("\tat ");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void templateThatDoesNotParseNamesTemplateAndLine() throws IOException {
    CliRunner.Result result = generateWithOverride("module {{module}}\n{{#open}}\n");
    assertThat(result.exitCode()).as(result.describe()).isEqualTo(ExitCodes.TEMPLATE_FAILED);
    assertThat(result.stderr()).contains(dir.resolve("overrides/go/go.mod.mustache").toString())
        .doesNotContain("\tat ");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void overrideWinsAndOnlyItsFileChanges() throws IOException {
    Path definition = CliRunner.repo().resolve("examples/shop/dddgen.yaml");
    CliRunner.Result plain = CliRunner.run("generate", "-f", definition.toString(), "-o", dir.resolve("plain").toString(), "-q");
    assertThat(plain.exitCode()).as(plain.describe()).isZero();
    String builtIn = Files.readString(dir.resolve("plain/go.mod"));
    CliRunner.Result result = generateWithOverride("// team header\n" + TemplateLookup.builtInOnly().builtIn("go/go.mod").orElseThrow().text());
    assertThat(result.exitCode()).as(result.describe()).isZero();
    assertThat(Files.readString(dir.resolve("out/go.mod"))).isEqualTo("// team header\n" + builtIn);
    try (var files = Files.walk(dir.resolve("plain"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path relative = dir.resolve("plain").relativize(file);
        if (!relative.toString().equals("go.mod") && !relative.startsWith(".dddgen")) {
          assertThat(dir.resolve("out").resolve(relative)).as(relative.toString()).hasSameTextualContentAs(file);
        }
      }
    }
  }
}
