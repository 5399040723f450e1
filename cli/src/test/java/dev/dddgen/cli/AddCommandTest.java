package dev.dddgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code dddgen add aggregate} through the real command line. */
class AddCommandTest {
  @TempDir Path dir;

  /** The shop declares each name at the line starting with {@code declaration}. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Order     | '  Order:'", // an aggregate
        "OrderLine | '      OrderLine: {'", // an entity
        "Money     | '  Money:  {'"
      }) // a value object
  void aNameInUseIsReportedWhereItIsDeclared(String name, String declaration) throws Exception {
    Path definition = dir.resolve("dddgen.yaml");
    String shop =
        Files.readString(
            CliRunner.repo().resolve("examples/shop/dddgen.yaml"), StandardCharsets.UTF_8);
    Files.writeString(definition, shop, StandardCharsets.UTF_8);
    String line = shop.lines().filter(l -> l.startsWith(declaration)).findFirst().orElseThrow();
    int number = shop.lines().toList().indexOf(line) + 1;
    int column = line.indexOf(name) + 1;

    CliRunner.Result result =
        CliRunner.run(
            "add", "aggregate", name, "--field", "number:string", "-f", definition.toString());

    assertThat(result.exitCode()).as(result.describe()).isEqualTo(ExitCodes.INVALID_DEFINITION);
    assertThat(result.stderr())
        .as(result.describe())
        .contains(
            definition + ":" + number + ":" + column + ": error: '" + name + "' is already defined")
        .contains(" " + number + " | " + line)
        .contains("nothing was written");
    assertThat(Files.readString(definition, StandardCharsets.UTF_8)).isEqualTo(shop);
  }
}
