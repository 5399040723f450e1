package dev.dddgen.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dddgen.cli.CliRunner;
import dev.dddgen.cli.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "templates that teams own" walkthrough as a new user does it, in a copy of the shop example:
 * list, eject, edit, regenerate, context, diff after an upgrade, and the lookup order.
 */
class TemplatesCommandTest {
  private static final Path GOLDEN = CliRunner.repo().resolve("examples/shop/backend");
  private static final String LINE = "// Owned by the {{name}} team (table {{table}}).";

  @TempDir Path project;
  private Path definition;

  @BeforeEach
  void copyShop() throws IOException {
    definition = project.resolve("dddgen.yaml");
    Files.copy(CliRunner.repo().resolve("examples/shop/dddgen.yaml"), definition);
  }

  private CliRunner.Result dddgen(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("-f", definition.toString()));
    return CliRunner.run(all);
  }

  private Path ejectEntityWithLine() throws IOException {
    CliRunner.Result eject = dddgen("templates", "eject", "go/domain/entity");
    assertThat(eject.exitCode()).as(eject.describe()).isZero();
    Path template = project.resolve(".dddgen/templates/go/domain/entity.mustache");
    String text = Files.readString(template);
    assertThat(text).isEqualTo(TemplateLookup.builtInOnly().builtIn("go/domain/entity").orElseThrow().text());
    Files.writeString(template, text.replace("\ntype {{name}} struct {", "\n" + LINE + "\ntype {{name}} struct {"));
    return template;
  }

  /** The golden test with an override: the output differs from the committed golden tree only by the added line. */
  @Test
  void ejectedEntityWithALineChangesEveryEntityFileByThatLineAndNothingElse() throws IOException {
    ejectEntityWithLine();
    CliRunner.Result generate = dddgen("generate", "-q");
    assertThat(generate.exitCode()).as(generate.describe()).isZero();
    Path out = project.resolve("backend");
    List<String> entityFiles = List.of("category/category.go", "customer/customer.go", "order/order.go",
        "product/product.go", "review/review.go");
    int compared = 0;
    try (Stream<Path> files = Files.walk(GOLDEN)) {
      for (Path golden : files.filter(Files::isRegularFile).toList()) {
        Path relative = GOLDEN.relativize(golden);
        String expected = Files.readString(golden);
        String entity = entityFiles.stream().filter(e -> relative.toString().equals("internal/domain/" + e)).findFirst().orElse(null);
        if (entity != null) {
          String name = Files.readString(golden).lines().filter(l -> l.startsWith("type ") && l.endsWith(" struct {"))
              .findFirst().orElseThrow().split(" ")[1];
          String table = name.equals("Category") ? "categories" : name.toLowerCase() + "s";
          expected = expected.replace("\ntype " + name + " struct {",
              "\n// Owned by the " + name + " team (table " + table + ").\ntype " + name + " struct {");
          assertThat(expected).as("the golden %s has the struct", relative).isNotEqualTo(Files.readString(golden));
        }
        assertThat(Files.readString(out.resolve(relative))).as(relative.toString()).isEqualTo(expected);
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(100);
    try (Stream<Path> files = Files.walk(out)) {
      assertThat(files.filter(Files::isRegularFile).filter(f -> !out.relativize(f).startsWith(".dddgen")).count())
          .as("no file more than the golden tree").isEqualTo(compared);
    }
  }

  @Test
  void listShowsSourceAndWhatEachTemplateRenders() throws IOException {
    ejectEntityWithLine();
    Path team = project.resolve("team-templates");
    Files.createDirectories(team.resolve("go/domain"));
    Files.writeString(team.resolve("go/domain/events.mustache"), "x\n");
    Files.writeString(project.resolve(".dddgen/templates/go/domain/entiy.mustache"), "typo\n");
    CliRunner.Result list = dddgen("templates", "list", "--templates", team.toString());
    assertThat(list.exitCode()).as(list.describe()).isZero();
    assertThat(list.stdout())
        .containsPattern("(?m)^go/domain/entity +project +per aggregate \\(5 files\\)$")
        .containsPattern("(?m)^go/domain/events +--templates +per aggregate \\(5 files\\)$")
        .containsPattern("(?m)^go/application/command/action +built-in +per command \\(3 files\\)$")
        .containsPattern("(?m)^go/domain/child_entity +built-in +per entity \\(1 file\\)$")
        .containsPattern("(?m)^go/cmd/main +built-in +per project \\(1 file\\)$")
        .containsPattern("(?m)^go/partials/header_generated +built-in +partial, included by [1-9][0-9] templates$")
        .containsPattern("(?m)^go/domain/entiy +project +not used: no built-in template has this name");
    CliRunner.Result generate = dddgen("generate", "-q");
    assertThat(generate.stderr()).contains("warning: template override go/domain/entiy.mustache is not used");
  }

  @Test
  void templatesFolderWinsOverTheProjectsOverrides() throws IOException {
    Path template = ejectEntityWithLine();
    Path team = project.resolve("team-templates");
    Files.createDirectories(team.resolve("go/domain"));
    Files.writeString(team.resolve("go/domain/entity.mustache"), Files.readString(template).replace("Owned by", "Shared by"));
    CliRunner.Result generate = dddgen("generate", "-q", "--templates", team.toString());
    assertThat(generate.exitCode()).as(generate.describe()).isZero();
    assertThat(Files.readString(project.resolve("backend/internal/domain/order/order.go")))
        .contains("// Shared by the Order team (table orders).")
        .doesNotContain("Owned by");
    for (String command : List.of("generate", "check")) {
      CliRunner.Result mistyped = dddgen(command, "--templates", project.resolve("team-templats").toString());
      assertThat(mistyped.exitCode()).as(mistyped.describe()).isEqualTo(ExitCodes.USAGE);
      assertThat(mistyped.stderr()).contains("team-templats: no such folder");
    }
  }

  @Test
  void diffShowsHowTheBuiltInChangedSinceTheEject() throws IOException {
    ejectEntityWithLine();
    CliRunner.Result same = dddgen("templates", "diff");
    assertThat(same.exitCode()).as(same.describe()).isZero();
    assertThat(same.stdout()).contains("go/domain/entity: the built-in template has not changed since you ejected it");
    // An upgrade, simulated: the version ejected back then lacked a line today's built-in has.
    Path ejected = project.resolve(".dddgen/ejected/go/domain/entity.mustache");
    String builtIn = Files.readString(ejected);
    String firstLine = builtIn.lines().filter(l -> l.contains("is an aggregate root")).findFirst().orElseThrow();
    Files.writeString(ejected, builtIn.replace(firstLine + "\n", ""));
    CliRunner.Result changed = dddgen("templates", "diff");
    assertThat(changed.exitCode()).as(changed.describe()).isZero();
    assertThat(changed.stdout()).contains("go/domain/entity: the built-in template changed since you ejected it")
        .contains("+" + firstLine + "\n")
        .doesNotContain(LINE);
    // A template ejected from an older dddgen that has since removed it.
    Files.createDirectories(project.resolve(".dddgen/ejected/go/gone"));
    Files.createDirectories(project.resolve(".dddgen/templates/go/gone"));
    Files.writeString(project.resolve(".dddgen/ejected/go/gone/file.mustache"), "old\n");
    Files.writeString(project.resolve(".dddgen/templates/go/gone/file.mustache"), "old\n");
    CliRunner.Result gone = dddgen("templates", "diff");
    assertThat(gone.stdout()).contains("go/gone/file: the built-in template no longer exists").contains("-old\n");
  }

  @Test
  void contextPrintsTheFieldsTemplatesSee() throws IOException {
    CliRunner.Result context = dddgen("templates", "context", "Order");
    assertThat(context.exitCode()).as(context.describe()).isZero();
    JsonNode json = new ObjectMapper().readTree(context.stdout());
    assertThat(json.path("module").asText()).isEqualTo("github.com/acme/shop");
    JsonNode aggregate = json.path("aggregate");
    assertThat(aggregate.path("name").asText()).isEqualTo("Order");
    assertThat(aggregate.path("table").asText()).isEqualTo("orders");
    List<String> fields = new ArrayList<>();
    aggregate.path("fields").forEach(f -> fields.add(f.path("name").asText()));
    assertThat(fields).containsExactly("customerId", "status", "total", "note");
    assertThat(aggregate.path("fields").get(2).path("domainType").asText()).isEqualTo("shared.Money");
    CliRunner.Result typo = dddgen("templates", "context", "Ordr");
    assertThat(typo.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(typo.stderr()).contains("did you mean 'Order'");
  }

  @Test
  void aTypoInTheEjectedTemplateFailsWithItsFileAndLineAndWritesNothing() throws IOException {
    Path template = ejectEntityWithLine();
    assertThat(dddgen("generate", "-q").exitCode()).isZero();
    Path order = project.resolve("backend/internal/domain/order/order.go");
    String before = Files.readString(order);
    String base = Files.readString(project.resolve(".dddgen/base.txt"));
    Files.writeString(template, Files.readString(template).replace(LINE, LINE.replace("{{table}}", "{{tabel}}")));
    int line = Files.readString(template).lines().toList().indexOf(LINE.replace("{{table}}", "{{tabel}}")) + 1;
    CliRunner.Result typo = dddgen("generate");
    assertThat(typo.exitCode()).as(typo.describe()).isEqualTo(ExitCodes.TEMPLATE_FAILED);
    assertThat(typo.stderr()).contains(template + ":" + line + ": missing variable 'tabel'").contains("nothing was written");
    Files.writeString(template, Files.readString(template).replace("{{tabel}}", "{{#table}}"));
    CliRunner.Result unclosed = dddgen("generate");
    assertThat(unclosed.exitCode()).as(unclosed.describe()).isEqualTo(ExitCodes.TEMPLATE_FAILED);
    assertThat(unclosed.stderr()).contains(template.toString())
        .contains("closes section 'table', which is still open (opened at line " + line + ")");
    assertThat(Files.readString(order)).isEqualTo(before);
    assertThat(Files.readString(project.resolve(".dddgen/base.txt"))).isEqualTo(base);
  }
}
