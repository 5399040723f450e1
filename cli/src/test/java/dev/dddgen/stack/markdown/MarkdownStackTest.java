package dev.dddgen.stack.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dddgen.cli.CliRunner;
import dev.dddgen.cli.ExitCodes;
import dev.dddgen.stack.Stacks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stack that lives only in the test sources, registered by ServiceLoader: the real CLI finds it,
 * renders its template from the test class path, and applies its own definition rule.
 */
class MarkdownStackTest {
  private static final String DEFINITION =
      """
      version: 1
      project: { name: shop, target: markdown, module: shop }
      valueObjects:
        Money: { fields: { amount: decimal, currency: string } }
      aggregates:
        %s:
          fields:
            total: Money
            note: { type: string, optional: true }
          commands:
            PlaceOrder: { create: true, emits: OrderPlaced }
          queries:
            GetOrder: { by: id }
          events:
            OrderPlaced: { fields: [total] }
      security: { default: public }
      """;

  @Test
  void theStackIsFoundByServiceLoader() {
    assertThat(Stacks.ids()).contains("go", "java", "markdown");
    assertThat(Stacks.of("markdown")).isInstanceOf(MarkdownStack.class);
  }

  @Test
  void generateWritesTheSummaryPage(@TempDir Path dir) throws Exception {
    Path definition = dir.resolve("dddgen.yaml");
    Files.writeString(definition, DEFINITION.formatted("Order"), StandardCharsets.UTF_8);

    CliRunner.Result result =
        CliRunner.run("generate", "-f", definition.toString(), "--yes", "--quiet");

    assertThat(result.exitCode()).as(result.describe()).isEqualTo(ExitCodes.OK);
    assertThat(Files.readString(dir.resolve("backend/" + MarkdownStack.PAGE)))
        .isEqualTo(
            """
            # shop

            ## Contents

            - [Order](#Order)

            ## Money (value object)

            - `amount`: decimal
            - `currency`: string

            ## Order

            - `total`: Money
            - `note`: string (optional)

            - command `PlaceOrder`
            - query `GetOrder`
            - event `OrderPlaced`
            """);
    try (var files = Files.list(dir.resolve("backend"))) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactly(MarkdownStack.PAGE);
    }
    CliRunner.Result again = CliRunner.run("generate", "-f", definition.toString(), "--yes");
    assertThat(again.exitCode()).as(again.describe()).isEqualTo(ExitCodes.OK);
    assertThat(again.stdout()).doesNotContain("created", "updated");
  }

  @Test
  void itsTemplateIsListedAndCanBeEjected(@TempDir Path dir) throws Exception {
    Path definition = dir.resolve("dddgen.yaml");
    Files.writeString(definition, DEFINITION.formatted("Order"), StandardCharsets.UTF_8);

    CliRunner.Result list = CliRunner.run("templates", "list", "-f", definition.toString());
    CliRunner.Result eject =
        CliRunner.run("templates", "eject", "markdown/summary", "-f", definition.toString());

    assertThat(list.exitCode()).as(list.describe()).isEqualTo(ExitCodes.OK);
    assertThat(list.stdout()).contains("markdown/summary").doesNotContain("go/", "java/");
    assertThat(eject.exitCode()).as(eject.describe()).isEqualTo(ExitCodes.OK);
    assertThat(dir.resolve(".dddgen/templates/markdown/summary.mustache"))
        .content()
        .startsWith("# {{project.name}}");
  }

  @Test
  void validateAppliesTheStacksOwnRuleToItsTargetOnly(@TempDir Path dir) throws Exception {
    Path definition = dir.resolve("dddgen.yaml");
    Files.writeString(definition, DEFINITION.formatted("Contents"), StandardCharsets.UTF_8);

    CliRunner.Result result = CliRunner.run("validate", "-f", definition.toString());

    assertThat(result.exitCode()).as(result.describe()).isEqualTo(ExitCodes.INVALID_DEFINITION);
    assertThat(result.stderr())
        .contains(
            definition
                + ":6:3: error: 'Contents' cannot be used: its package name 'contents' is"
                + " reserved in Markdown or by dddgen");

    Files.writeString(
        definition,
        DEFINITION
            .formatted("Contents")
            .replace("target: markdown, module: shop", "target: go, module: example.com/shop"),
        StandardCharsets.UTF_8);
    CliRunner.Result asGo = CliRunner.run("validate", "-f", definition.toString());
    assertThat(asGo.exitCode()).as(asGo.describe()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void initAndTheUnknownTargetMessageKnowTheStack(@TempDir Path dir) throws Exception {
    CliRunner.Result init =
        CliRunner.run("init", "--target", "markdown", "--name", "notes", dir.toString());
    assertThat(init.exitCode()).as(init.describe()).isEqualTo(ExitCodes.OK);
    assertThat(Files.readString(dir.resolve("dddgen.yaml"))).contains("target: markdown");
    CliRunner.Result unknown =
        CliRunner.run("init", "--target", "markdwn", dir.resolve("other").toString());
    assertThat(unknown.exitCode()).as(unknown.describe()).isEqualTo(ExitCodes.USAGE);
    assertThat(unknown.stderr())
        .contains("unknown target 'markdwn'", "did you mean 'markdown'?", "go, java, markdown");
    assertThat(dir.resolve("other")).doesNotExist();

    Path definition = dir.resolve("typo.yaml");
    Files.writeString(
        definition,
        DEFINITION.formatted("Order").replace("target: markdown", "target: markdwn"),
        StandardCharsets.UTF_8);
    CliRunner.Result typo = CliRunner.run("validate", "-f", definition.toString());
    assertThat(typo.exitCode()).as(typo.describe()).isEqualTo(ExitCodes.INVALID_DEFINITION);
    assertThat(typo.stderr()).contains("unknown target 'markdwn'", "did you mean 'markdown'?");
  }
}
