package dev.dddgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code validate} says of lifecycles that is not an error (the errors are in the corpus of
 * broken definitions): a no-op transition is a located warning that does not fail the run, and
 * {@code --verbose} lists each lifecycle's initial and terminal states.
 */
class LifecycleValidationTest {
  private static final String DEFINITION =
      """
      version: 1
      project: { name: shop, target: go, module: github.com/acme/shop }
      aggregates:
        Order:
          fields:
            status: { type: enum, values: [OPEN, PAID, CANCELLED], default: OPEN }
          commands:
            PlaceOrder:  { create: true }
            Touch:       { when: { status: [OPEN] }, set: { status: OPEN } }
            PayOrder:    { when: { status: [OPEN] }, set: { status: PAID } }
            CancelOrder: { when: { status: [OPEN, PAID] }, set: { status: CANCELLED } }
            Reset:       { when: { status: [OPEN, PAID] }, set: { status: OPEN } }
      security: { default: public }
      """;

  @Test
  void aNoOpTransitionIsALocatedWarningAndTheDefinitionStaysValid(@TempDir Path dir)
      throws IOException {
    Path file = write(dir, DEFINITION);

    CliRunner.Result result = CliRunner.run("validate", "--no-color", "-f", file.toString());

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.OK);
    assertThat(result.stdout()).contains(" is valid: 1 aggregate(s)");
    assertThat(result.stderr())
        .as("Reset leaves PAID, so only Touch is a no-op")
        .isEqualTo(
            file
                + ":9:63: warning: no-op transition: command 'Touch' sets 'status' to OPEN, where"
                + " its 'when' already requires it to be — set another state, or remove 'status'"
                + " from its 'set'\n"
                + " 9 |       Touch:       { when: { status: [OPEN] }, set: { status: OPEN } }\n"
                + "   |                                                               ^\n");
  }

  @Test
  void generateShowsTheWarningToo(@TempDir Path dir) throws IOException {
    Path file = write(dir, DEFINITION);

    CliRunner.Result result =
        CliRunner.run(
            "generate", "--no-color", "-f", file.toString(), "-o", dir.resolve("out").toString());

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.OK);
    assertThat(result.stderr()).contains(file + ":9:63: warning: no-op transition");
  }

  @Test
  void verboseListsTerminalStates(@TempDir Path dir) throws IOException {
    Path file =
        write(
            dir,
            DEFINITION.replace(
                "      Touch:       { when: { status: [OPEN] }, set: { status: OPEN } }\n", ""));

    CliRunner.Result result =
        CliRunner.run("validate", "--no-color", "--verbose", "-f", file.toString());

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.OK);
    assertThat(result.stderr())
        .doesNotContain("warning")
        .contains("lifecycle Order.status: starts at OPEN; terminal: CANCELLED\n");
  }

  @Test
  void aFieldThatBecomesLifecycleStateIsAContractChangeThePlanAsksAbout(@TempDir Path dir)
      throws IOException {
    String writable = DEFINITION.replace("default: OPEN }", "default: OPEN, writable: true }");
    Path file = write(dir, writable);
    String out = dir.resolve("out").toString();
    CliRunner.Result first =
        CliRunner.run("generate", "--no-color", "-f", file.toString(), "-o", out, "--yes");
    assertThat(first.exitCode()).as(first.toString()).isEqualTo(ExitCodes.OK);

    write(dir, DEFINITION);
    CliRunner.Result plan =
        CliRunner.run("generate", "--no-color", "-f", file.toString(), "-o", out, "--dry-run");

    assertThat(plan.stdout())
        .as(plan.toString())
        .contains(
            "ask first: HTTP contract change: field orders.status is now read-only lifecycle"
                + " state, changed by Touch,PayOrder,CancelOrder,Reset");
  }

  private static Path write(Path dir, String text) throws IOException {
    Path file = dir.resolve("dddgen.yaml");
    Files.writeString(file, text);
    return file;
  }
}
