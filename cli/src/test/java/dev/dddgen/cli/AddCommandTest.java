package dev.dddgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dddgen add aggregate} through the real command line. */
class AddCommandTest {

  @Test
  void anExistingNameIsReportedAtTheExistingAggregate(@TempDir Path dir) throws Exception {
    Path definition = dir.resolve("dddgen.yaml");
    String shop = Files.readString(
        CliRunner.repo().resolve("examples/shop/dddgen.yaml"), StandardCharsets.UTF_8);
    Files.writeString(definition, shop, StandardCharsets.UTF_8);
    int line = shop.lines().toList().indexOf("  Order:") + 1;
    assertThat(line).isPositive();

    CliRunner.Result result = CliRunner.run(
        "add", "aggregate", "Order", "--field", "number:string", "-f", definition.toString());

    assertThat(result.exitCode()).as(result.describe()).isEqualTo(ExitCodes.INVALID_DEFINITION);
    assertThat(result.stderr()).as(result.describe())
        .contains(definition + ":" + line + ":3: error: aggregate 'Order' is already defined")
        .contains(" " + line + " |   Order:")
        .contains("nothing was written");
    assertThat(Files.readString(definition, StandardCharsets.UTF_8)).isEqualTo(shop);
  }
}
