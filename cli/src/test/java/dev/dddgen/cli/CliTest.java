package dev.dddgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dddgen.definition.DefinitionLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command-line contract (README "Commands"): commands, version, exit codes, init. */
class CliTest {
  private static final Path SHOP = CliRunner.repo().resolve("examples/shop/dddgen.yaml");

  @Test
  void helpListsEveryCommand() {
    CliRunner.Result result = CliRunner.run("--help");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.stderr()).isEmpty();
    for (String command :
        new String[] {
          "init",
          "validate",
          "generate",
          "check",
          "add",
          "templates",
          "schema",
          "generate-completion"
        }) {
      assertThat(result.stdout())
          .as("--help lists '%s'", command)
          .containsPattern("(?m)^\\s+" + command + "\\s");
    }
    assertThat(result.stdout()).contains("Usage: dddgen").contains("--version");
  }

  @Test
  void noArgumentsPrintsTheUsage() {
    CliRunner.Result result = CliRunner.run();

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.stdout()).contains("Usage: dddgen");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "init",
        "validate",
        "generate",
        "check",
        "add",
        "templates",
        "schema",
        "generate-completion"
      })
  void everyCommandHasHelp(String command) {
    CliRunner.Result result = CliRunner.run(command, "--help");

    assertThat(result.exitCode()).as(result.describe()).isEqualTo(ExitCodes.OK);
    assertThat(result.stdout()).contains("Usage: dddgen " + command);
  }

  @Test
  void versionNamesTheToolAndItsVersion() {
    CliRunner.Result result = CliRunner.run("--version");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.stdout()).startsWith("dddgen ").doesNotContain("unknown").contains("Java ");
    assertThat(result.stdout().lines().findFirst().orElseThrow())
        .matches("dddgen \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }

  @Test
  void theShopExampleIsValid() {
    CliRunner.Result result = CliRunner.run("validate", "-f", SHOP.toString());

    assertThat(result.exitCode()).as(result.describe()).isEqualTo(ExitCodes.OK);
    assertThat(result.stdout()).contains("is valid").contains("5 aggregate(s)");
    assertThat(result.stderr()).isEmpty();
  }

  @Test
  void quietValidatePrintsNothing() {
    CliRunner.Result result = CliRunner.run("validate", "--quiet", "-f", SHOP.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.stdout()).isEmpty();
  }

  @Test
  void aMissingDefinitionIsAnIoFailureWithAClearMessage(@TempDir Path dir) {
    Path missing = dir.resolve("nope.yaml");

    CliRunner.Result result = CliRunner.run("validate", "-f", missing.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(result.stderr()).contains("no definition at " + missing).contains("dddgen init");
    assertThat(result.stdout()).isEmpty();
    InvalidDefinitionCorpusTest.assertNoStackTrace(result.stderr(), result);
  }

  @Test
  void aFolderGivenAsDefinitionIsAnIoFailure(@TempDir Path dir) {
    CliRunner.Result result = CliRunner.run("validate", "-f", dir.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(result.stderr()).contains(dir + " is not a file");
    InvalidDefinitionCorpusTest.assertNoStackTrace(result.stderr(), result);
  }

  @Test
  void twoGeneratedFilesAtOnePathAreRefusedAndNothingIsWritten(@TempDir Path dir) throws Exception {
    // A command's file is named after it: Publisher's would be command/publisher.go, the file of
    // the event publisher every Go project has.
    Path definition = dir.resolve("dddgen.yaml");
    Files.writeString(
        definition,
        String.join(
            "\n",
            "version: 1",
            "project: { name: desk, target: go, module: github.com/acme/desk, output: out }",
            "security: { default: public }",
            "aggregates:",
            "  Ticket:",
            "    fields: { subject: string }",
            "    commands:",
            "      OpenTicket: { create: true }",
            "      Publisher: {}",
            ""));

    CliRunner.Result result = CliRunner.run("generate", "-f", definition.toString(), "--yes");

    assertThat(result.exitCode()).as(result.describe()).isEqualTo(ExitCodes.INVALID_DEFINITION);
    assertThat(result.stderr())
        .contains(
            "two generated files would be written at internal/application/command/publisher.go")
        .contains("nothing was written.");
    assertThat(dir.resolve("out")).doesNotExist();
    InvalidDefinitionCorpusTest.assertNoStackTrace(result.stderr(), result);
  }

  @Test
  void aJavaFileThatWouldUseTwoTypesOfOneNameIsRefusedAndNothingIsWritten(@TempDir Path dir)
      throws Exception {
    // A list answers an application.dto.Page, which the controller imports beside the query.
    Path definition = dir.resolve("dddgen.yaml");
    Files.writeString(
        definition,
        String.join(
            "\n",
            "version: 1",
            "project: { name: desk, target: java, module: com.acme.desk, output: out }",
            "security: { default: public }",
            "aggregates:",
            "  Ticket:",
            "    fields: { subject: string }",
            "    commands:",
            "      OpenTicket: { create: true }",
            "    queries:",
            "      Page: { filter: [subject] }",
            ""));

    CliRunner.Result result = CliRunner.run("generate", "-f", definition.toString(), "--yes");

    assertThat(result.exitCode()).as(result.describe()).isEqualTo(ExitCodes.INVALID_DEFINITION);
    assertThat(result.stderr())
        .contains("would use two types named 'Page' (")
        .contains("com.acme.desk.application.dto.Page")
        .contains("com.acme.desk.application.query.Page")
        .contains("nothing was written.");
    assertThat(dir.resolve("out")).doesNotExist();
    InvalidDefinitionCorpusTest.assertNoStackTrace(result.stderr(), result);
  }

  @ParameterizedTest
  @ValueSource(strings = {"--bogus", "-Z"})
  void anUnknownOptionIsAUsageError(String option) {
    CliRunner.Result result = CliRunner.run("validate", option);

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.stderr())
        .contains("Unknown option: '" + option + "'")
        .contains("Usage: dddgen validate");
    assertThat(result.stdout()).isEmpty();
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    CliRunner.Result result = CliRunner.run("generat");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.stderr()).contains("generat");
  }

  @Test
  void initWritesADefinitionThatValidates(@TempDir Path dir) throws Exception {
    Path project = dir.resolve("my-shop");

    CliRunner.Result init =
        CliRunner.run("init", "--module", "github.com/acme/myshop", project.toString());

    assertThat(init.exitCode()).as(init.describe()).isEqualTo(ExitCodes.OK);
    Path definition = project.resolve("dddgen.yaml");
    assertThat(definition).isRegularFile();
    String text = Files.readString(definition, StandardCharsets.UTF_8);
    assertThat(text)
        .contains("name: my-shop")
        .contains("target: go")
        .contains("module: github.com/acme/myshop");
    assertThat(init.stdout()).contains(definition.toString());
    assertThat(DefinitionLoader.load(definition, "dddgen.yaml").project().name())
        .isEqualTo("my-shop");

    CliRunner.Result validate = CliRunner.run("validate", "-f", definition.toString());
    assertThat(validate.exitCode()).as(validate.describe()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void initForJavaWritesAJavaDefinitionThatValidates(@TempDir Path dir) {
    CliRunner.Result init =
        CliRunner.run("init", "--target", "java", "--name", "billing", dir.toString());

    assertThat(init.exitCode()).as(init.describe()).isEqualTo(ExitCodes.OK);
    CliRunner.Result validate =
        CliRunner.run("validate", "-f", dir.resolve("dddgen.yaml").toString());
    assertThat(validate.exitCode()).as(validate.describe()).isEqualTo(ExitCodes.OK);
    assertThat(validate.stdout()).contains("target java");

    CliRunner.Result generate =
        CliRunner.run("generate", "-f", dir.resolve("dddgen.yaml").toString(), "--quiet");
    assertThat(generate.exitCode()).as(generate.describe()).isEqualTo(ExitCodes.OK);
    assertThat(dir.resolve("backend/pom.xml")).isRegularFile();
    assertThat(dir.resolve("backend/src/main/java/com/example/billing/domain/shared/Email.java"))
        .isRegularFile();
  }

  @Test
  void theJavaTargetGeneratesEnumParametersAndEventFieldsOfTheirOwn(@TempDir Path dir)
      throws Exception {
    Path definition = dir.resolve("dddgen.yaml");
    Files.writeString(
        definition,
        """
        version: 1
        project: { name: net, target: java, module: com.acme.net, output: backend }
        aggregates:
          Router:
            fields: { label: string }
            commands:
              Install: { create: true }
              Switch:  { params: { level: { type: enum, values: [ONE, TWO] } }, emits: Switched }
            events:
              Switched: { fields: { level: { type: enum, values: [ONE, TWO] } } }
        security: { default: public }
        """);

    CliRunner.Result result = CliRunner.run("generate", "-f", definition.toString(), "--yes");

    assertThat(result.exitCode()).as(result.describe()).isEqualTo(ExitCodes.OK);
    Path domain = dir.resolve("backend/src/main/java/com/acme/net/domain/router");
    assertThat(Files.readString(domain.resolve("SwitchLevel.java")))
        .contains("enum SwitchLevel", "ONE", "TWO");
    assertThat(Files.readString(domain.resolve("Switched.java"))).contains("SwitchLevel level");
    assertThat(Files.readString(domain.resolve("Router.java")))
        .contains("public void switchRouter(String level,");
  }

  @Test
  void initNeverOverwritesAnExistingDefinition(@TempDir Path dir) throws Exception {
    Path definition = dir.resolve("dddgen.yaml");
    Files.writeString(definition, "# mine\n");

    CliRunner.Result result = CliRunner.run("init", dir.toString());

    assertThat(result.exitCode()).isNotEqualTo(ExitCodes.OK);
    assertThat(result.stderr()).contains("already exists");
    assertThat(Files.readString(definition)).isEqualTo("# mine\n");
    InvalidDefinitionCorpusTest.assertNoStackTrace(result.stderr(), result);
  }

  @Test
  void initWithAnInvalidModuleWritesNothing(@TempDir Path dir) {
    Path project = dir.resolve("p");

    CliRunner.Result result =
        CliRunner.run("init", "--module", "Not A Module!", project.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_DEFINITION);
    assertThat(result.stderr()).contains("is not a Go module path");
    assertThat(project.resolve("dddgen.yaml")).doesNotExist();
  }

  @Test
  void runInResolvesPathsAgainstTheFolder(@TempDir Path dir) {
    CliRunner.Result init = CliRunner.runIn(dir, "init", ".");
    assertThat(init.exitCode()).as(init.describe()).isEqualTo(ExitCodes.OK);

    CliRunner.Result validate = CliRunner.runIn(dir, "validate", "-f", "dddgen.yaml");

    assertThat(validate.exitCode()).as(validate.describe()).isEqualTo(ExitCodes.OK);
    assertThat(validate.stdout()).contains(dir.resolve("dddgen.yaml").toString());
  }
}
