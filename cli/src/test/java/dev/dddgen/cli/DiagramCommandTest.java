package dev.dddgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code dddgen diagram} through the real CLI: what it prints, and its usage errors. */
class DiagramCommandTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final String SHOP = ROOT.resolve("examples/shop/dddgen.yaml").toString();
  private static final String LIFECYCLES =
      ROOT.resolve("cli/src/test/resources/diagrams/lifecycles.yaml").toString();

  @Test
  void withoutWhatItPrintsTheMarkdownOfEveryDiagram() throws Exception {
    CliRunner.Result result = CliRunner.run("diagram", "-f", SHOP);
    assertThat(result.exitCode()).as(result.describe()).isEqualTo(ExitCodes.OK);
    assertThat(result.stdout())
        .isEqualTo(
            Files.readString(
                ROOT.resolve("cli/src/test/resources/diagrams/shop.md"), StandardCharsets.UTF_8));
  }

  @Test
  void oneDiagramIsPrintedAsMermaidAlone() {
    CliRunner.Result order = CliRunner.run("diagram", "Order", "-f", SHOP);
    assertThat(order.exitCode()).as(order.describe()).isEqualTo(ExitCodes.OK);
    assertThat(order.stdout()).startsWith("stateDiagram-v2\n").doesNotContain("```");
    assertThat(CliRunner.run("diagram", "model", "-f", SHOP).stdout()).startsWith("classDiagram\n");
    assertThat(CliRunner.run("diagram", "commands", "-f", SHOP).stdout())
        .startsWith("flowchart LR\n");
    assertThat(CliRunner.run("diagram", "Ticket.archived", "-f", LIFECYCLES).stdout())
        .contains("state_false --> state_true: Archive [state = END]");
  }

  @Test
  void aNameThatIsNoDiagramIsAUsageErrorWithTheFix() {
    CliRunner.Result typo = CliRunner.run("diagram", "Ordr", "-f", SHOP);
    assertThat(typo.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(typo.stderr()).contains("no aggregate 'Ordr'").contains("did you mean 'Order'?");

    CliRunner.Result none = CliRunner.run("diagram", "Customer", "-f", SHOP);
    assertThat(none.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(none.stderr()).contains("Customer has no lifecycle");

    CliRunner.Result several = CliRunner.run("diagram", "Ticket", "-f", LIFECYCLES);
    assertThat(several.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(several.stderr()).contains("name one of Ticket.state, Ticket.archived");

    CliRunner.Result field = CliRunner.run("diagram", "Ticket.title", "-f", LIFECYCLES);
    assertThat(field.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(field.stderr()).contains("'title' is no state field of Ticket");

    CliRunner.Result svgOfAll = CliRunner.run("diagram", "--format", "svg", "-f", SHOP);
    assertThat(svgOfAll.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(svgOfAll.stdout()).isEmpty();
  }
}
