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
import java.util.Map;
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
    assertThat(text)
        .isEqualTo(TemplateLookup.builtInOnly().builtIn("go/domain/entity").orElseThrow().text());
    Files.writeString(
        template,
        text.replace("\ntype {{name}} struct {", "\n" + LINE + "\ntype {{name}} struct {"));
    return template;
  }

  /**
   * The golden test with an override: the output differs from the committed golden tree only by the
   * added line.
   */
  @Test
  void ejectedEntityWithALineChangesEveryEntityFileByThatLineAndNothingElse() throws IOException {
    ejectEntityWithLine();
    CliRunner.Result generate = dddgen("generate", "-q");
    assertThat(generate.exitCode()).as(generate.describe()).isZero();
    Path out = project.resolve("backend");
    List<String> entityFiles =
        List.of(
            "category/category.go",
            "customer/customer.go",
            "order/order.go",
            "product/product.go",
            "review/review.go");
    int compared = 0;
    try (Stream<Path> files = Files.walk(GOLDEN)) {
      for (Path golden : files.filter(Files::isRegularFile).toList()) {
        Path relative = GOLDEN.relativize(golden);
        String expected = Files.readString(golden);
        String entity =
            entityFiles.stream()
                .filter(e -> relative.toString().equals("internal/domain/" + e))
                .findFirst()
                .orElse(null);
        if (entity != null) {
          String name =
              Files.readString(golden)
                  .lines()
                  .filter(l -> l.startsWith("type ") && l.endsWith(" struct {"))
                  .findFirst()
                  .orElseThrow()
                  .split(" ")[1];
          String table = name.equals("Category") ? "categories" : name.toLowerCase() + "s";
          expected =
              expected.replace(
                  "\ntype " + name + " struct {",
                  "\n// Owned by the "
                      + name
                      + " team (table "
                      + table
                      + ").\ntype "
                      + name
                      + " struct {");
          assertThat(expected)
              .as("the golden %s has the struct", relative)
              .isNotEqualTo(Files.readString(golden));
        }
        assertThat(Files.readString(out.resolve(relative)))
            .as(relative.toString())
            .isEqualTo(expected);
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(100);
    try (Stream<Path> files = Files.walk(out)) {
      assertThat(
              files
                  .filter(Files::isRegularFile)
                  .filter(f -> !out.relativize(f).startsWith(".dddgen"))
                  .count())
          .as("no file more than the golden tree")
          .isEqualTo(compared);
    }
  }

  /**
   * A Go family converted to views: the ejected action template shows the statement it renders (the
   * event publication), and editing that statement changes exactly the action files.
   */
  @Test
  void ejectedActionTemplateChangesExactlyTheActionFiles() throws IOException {
    CliRunner.Result eject = dddgen("templates", "eject", "go/application/command/action");
    assertThat(eject.exitCode()).as(eject.describe()).isZero();
    Path template = project.resolve(".dddgen/templates/go/application/command/action.mustache");
    String publish = "\th.publisher.Publish(ctx, {{aggregate.receiver}}.PullEvents()...)\n";
    String text = Files.readString(template);
    assertThat(text).contains(publish);
    Files.writeString(
        template,
        text.replace(
            publish,
            "\tevents := {{aggregate.receiver}}.PullEvents()\n"
                + "\th.publisher.Publish(ctx, events...)\n"));
    CliRunner.Result generate = dddgen("generate", "-q");
    assertThat(generate.exitCode()).as(generate.describe()).isZero();
    Path out = project.resolve("backend");
    int actions = 0;
    int compared = 0;
    try (Stream<Path> files = Files.walk(GOLDEN)) {
      for (Path golden : files.filter(Files::isRegularFile).toList()) {
        Path relative = GOLDEN.relativize(golden);
        String expected = Files.readString(golden);
        if (relative.startsWith("internal/application/command")
            && expected.contains(" command to a")) {
          expected =
              expected.replaceAll(
                  "h\\.publisher\\.Publish\\(ctx, (\\w+)\\.PullEvents\\(\\)\\.\\.\\.\\)",
                  "events := $1.PullEvents()\n\th.publisher.Publish(ctx, events...)");
          assertThat(expected).as(relative.toString()).contains("events := ");
          actions++;
        }
        assertThat(Files.readString(out.resolve(relative)))
            .as(relative.toString())
            .isEqualTo(expected);
        compared++;
      }
    }
    assertThat(actions)
        .as("the shop's actions: PayOrder, CancelOrder, PublishReview, RejectReview")
        .isEqualTo(4);
    assertThat(compared).isGreaterThan(100);
  }

  /**
   * An ejected template edited into one that renders code that does not parse: the run fails with
   * exit 4 naming the template, the first broken file (in path order for Go, which gofmt formats in
   * one batch; in the target's file order for Java, formatted file by file) and its line; the
   * output folder a previous run wrote is left exactly as it was.
   */
  private void assertBrokenTemplateFailsAndWritesNothing(
      String template,
      String find,
      String replace,
      String language,
      String firstFile,
      String brokenLineAfter)
      throws IOException {
    CliRunner.Result first = dddgen("generate", "-q");
    assertThat(first.exitCode()).as(first.describe()).isZero();
    Map<String, String> before = CliRunner.tree(project, null);
    // The broken line is the one after brokenLineAfter in the file as it is generated today.
    int line =
        Files.readString(project.resolve("backend").resolve(firstFile))
                .lines()
                .toList()
                .indexOf(brokenLineAfter)
            + 2;
    CliRunner.Result eject = dddgen("templates", "eject", template);
    assertThat(eject.exitCode()).as(eject.describe()).isZero();
    Path ejected = project.resolve(".dddgen/templates/" + template + ".mustache");
    String text = Files.readString(ejected);
    assertThat(text).contains(find);
    Files.writeString(ejected, text.replace(find, replace));
    Map<String, String> ejectedTree = CliRunner.tree(project, null);

    for (String command : List.of("generate", "check")) {
      CliRunner.Result broken = dddgen(command, "-q");
      assertThat(broken.exitCode()).as(broken.describe()).isEqualTo(ExitCodes.TEMPLATE_FAILED);
      assertThat(broken.stderr())
          .contains(
              "error: template "
                  + template
                  + " ("
                  + ejected
                  + ") renders invalid "
                  + language
                  + ": "
                  + firstFile
                  + ", line "
                  + line
                  + ": ")
          .contains("nothing was written.");
      assertThat(CliRunner.tree(project, null)).isEqualTo(ejectedTree);
    }
    assertThat(ejectedTree.keySet()).containsAll(before.keySet());
  }

  @Test
  void anEjectedGoTemplateRenderingInvalidGoFailsNamingItAndWritesNothing() throws IOException {
    assertBrokenTemplateFailsAndWritesNothing(
        "go/domain/entity",
        "\ntype {{name}} struct {\n",
        "\ntype {{name}} struct {\n\t)\n",
        "Go",
        "internal/domain/category/category.go",
        "type Category struct {");
  }

  @Test
  void anEjectedJavaTemplateRenderingInvalidJavaFailsNamingItAndWritesNothing() throws IOException {
    Files.copy(
        CliRunner.repo().resolve("examples/library-java/dddgen.yaml"),
        definition,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertBrokenTemplateFailsAndWritesNothing(
        "java/domain/repository",
        "\n  void add({{aggregate.name}}",
        "\n  void (add({{aggregate.name}}",
        "Java",
        "src/main/java/com/acme/library/domain/person/PersonRepository.java",
        "  /** Stores a new Person; a taken unique value is a ConflictException. */");
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
        .containsPattern("(?m)^go/application/command/action +built-in +per command \\(4 files\\)$")
        .containsPattern("(?m)^go/domain/child_entity +built-in +per entity \\(1 file\\)$")
        .containsPattern("(?m)^go/cmd/main +built-in +per project \\(1 file\\)$")
        .containsPattern(
            "(?m)^go/partials/header_generated +built-in +partial, included by [1-9][0-9] templates$")
        .containsPattern(
            "(?m)^go/domain/entiy +project +not used: no built-in template has this name");
    CliRunner.Result generate = dddgen("generate", "-q");
    assertThat(generate.stderr())
        .contains("warning: template override go/domain/entiy.mustache is not used");
  }

  @Test
  void templatesFolderWinsOverTheProjectsOverrides() throws IOException {
    Path template = ejectEntityWithLine();
    Path team = project.resolve("team-templates");
    Files.createDirectories(team.resolve("go/domain"));
    Files.writeString(
        team.resolve("go/domain/entity.mustache"),
        Files.readString(template).replace("Owned by", "Shared by"));
    CliRunner.Result generate = dddgen("generate", "-q", "--templates", team.toString());
    assertThat(generate.exitCode()).as(generate.describe()).isZero();
    assertThat(Files.readString(project.resolve("backend/internal/domain/order/order.go")))
        .contains("// Shared by the Order team (table orders).")
        .doesNotContain("Owned by");
    for (String command : List.of("generate", "check")) {
      CliRunner.Result mistyped =
          dddgen(command, "--templates", project.resolve("team-templats").toString());
      assertThat(mistyped.exitCode()).as(mistyped.describe()).isEqualTo(ExitCodes.USAGE);
      assertThat(mistyped.stderr()).contains("team-templats: no such folder");
    }
  }

  @Test
  void diffShowsHowTheBuiltInChangedSinceTheEject() throws IOException {
    ejectEntityWithLine();
    CliRunner.Result same = dddgen("templates", "diff");
    assertThat(same.exitCode()).as(same.describe()).isZero();
    assertThat(same.stdout())
        .contains("go/domain/entity: the built-in template has not changed since you ejected it");
    // An upgrade, simulated: the version ejected back then lacked a line today's built-in has.
    Path ejected = project.resolve(".dddgen/ejected/go/domain/entity.mustache");
    String builtIn = Files.readString(ejected);
    String firstLine =
        builtIn.lines().filter(l -> l.contains("is an aggregate root")).findFirst().orElseThrow();
    Files.writeString(ejected, builtIn.replace(firstLine + "\n", ""));
    CliRunner.Result changed = dddgen("templates", "diff");
    assertThat(changed.exitCode()).as(changed.describe()).isZero();
    assertThat(changed.stdout())
        .contains("go/domain/entity: the built-in template changed since you ejected it")
        .contains("+" + firstLine + "\n")
        .doesNotContain(LINE);
    // A template ejected from an older dddgen that has since removed it.
    Files.createDirectories(project.resolve(".dddgen/ejected/go/gone"));
    Files.createDirectories(project.resolve(".dddgen/templates/go/gone"));
    Files.writeString(project.resolve(".dddgen/ejected/go/gone/file.mustache"), "old\n");
    Files.writeString(project.resolve(".dddgen/templates/go/gone/file.mustache"), "old\n");
    CliRunner.Result gone = dddgen("templates", "diff");
    assertThat(gone.stdout())
        .contains("go/gone/file: the built-in template no longer exists")
        .contains("-old\n");
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
    assertThat(aggregate.path("fields").get(2).path("domainType").asText())
        .isEqualTo("shared.Money");
    // The families converted to views show them under their files.
    JsonNode command =
        json.path("files").path("internal/application/command/place_order.go").path("context");
    assertThat(command.path("command").path("errorFormat").asText())
        .isEqualTo("\"place order: %w\"");
    JsonNode handler =
        json.path("files").path("internal/interfaces/http/handler/order.go").path("context");
    assertThat(handler.path("aggregate").path("routes").get(0).path("pattern").asText())
        .isEqualTo("/orders");
    // Each file of the aggregate by path, with the records its template sees.
    JsonNode entity = json.path("files").path("internal/domain/order/order.go");
    assertThat(entity.path("template").asText()).isEqualTo("go/domain/entity");
    assertThat(entity.path("context").path("aggregate").path("packageName").asText())
        .isEqualTo("order");
    assertThat(
            entity.path("context").path("aggregate").path("fields").get(2).path("valueObjectInput"))
        .hasToString("{\"voLocal\":\"m\",\"constructor\":\"shared.NewMoney\"}");
    JsonNode status = json.path("files").path("internal/domain/order/order_status.go");
    assertThat(status.path("context").path("enum").path("constants").get(0).path("value").asText())
        .isEqualTo("\"PENDING\"");
    JsonNode test = json.path("files").path("internal/domain/order/order_test.go").path("context");
    assertThat(test.path("aggregate").path("constructor").asText()).isEqualTo("NewOrder");
    assertThat(
            test.path("aggregate")
                .path("commands")
                .get(0)
                .path("cases")
                .get(1)
                .path("name")
                .asText())
        .isEqualTo("\"refused when status is PAID\"");
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
    Files.writeString(
        template, Files.readString(template).replace(LINE, LINE.replace("{{table}}", "{{tabel}}")));
    int line =
        Files.readString(template).lines().toList().indexOf(LINE.replace("{{table}}", "{{tabel}}"))
            + 1;
    CliRunner.Result typo = dddgen("generate");
    assertThat(typo.exitCode()).as(typo.describe()).isEqualTo(ExitCodes.TEMPLATE_FAILED);
    assertThat(typo.stderr())
        .contains(template + ":" + line + ": missing variable 'tabel'")
        .contains("nothing was written");
    Files.writeString(template, Files.readString(template).replace("{{tabel}}", "{{#table}}"));
    CliRunner.Result unclosed = dddgen("generate");
    assertThat(unclosed.exitCode()).as(unclosed.describe()).isEqualTo(ExitCodes.TEMPLATE_FAILED);
    assertThat(unclosed.stderr())
        .contains(template.toString())
        .contains("closes section 'table', which is still open (opened at line " + line + ")");
    assertThat(Files.readString(order)).isEqualTo(before);
    assertThat(Files.readString(project.resolve(".dddgen/base.txt"))).isEqualTo(base);
  }

  // The same walkthrough for target: java (issue 8), in a copy of examples/library-java: a
  // template-built file (the controller) and a JavaPoet-built one (the entity, whose template
  // prints the built source) ejected and changed by a line; every .java file is formatted after.

  private static final Path JAVA_GOLDEN = CliRunner.repo().resolve("examples/library-java/backend");
  private static final String CONTROLLER_LINE =
      "// Owned by the {{aggregate.name}} team (route {{aggregate.http.route}}).";
  private static final String ENTITY_LINE = "// Reviewed by the {{aggregate.name}} team.";

  private Path javaDefinition() throws IOException {
    Path folder = project.resolve("library-java");
    Files.createDirectories(folder);
    Path copy = folder.resolve("dddgen.yaml");
    Files.copy(CliRunner.repo().resolve("examples/library-java/dddgen.yaml"), copy);
    return copy;
  }

  private static CliRunner.Result dddgenOn(Path definition, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("-f", definition.toString()));
    return CliRunner.run(all);
  }

  /**
   * Ejects the controller and entity templates of the Java target and adds a line to each; returns
   * both.
   */
  private static List<Path> ejectJavaWithLines(Path definition) throws IOException {
    CliRunner.Result eject =
        dddgenOn(definition, "templates", "eject", "java/http/controller", "java/domain/entity");
    assertThat(eject.exitCode()).as(eject.describe()).isZero();
    Path templates = definition.getParent().resolve(".dddgen/templates/java");
    Path controller = templates.resolve("http/controller.mustache");
    Path entity = templates.resolve("domain/entity.mustache");
    String controllerText = Files.readString(controller);
    assertThat(controllerText)
        .isEqualTo(
            TemplateLookup.builtInOnly().builtIn("java/http/controller").orElseThrow().text());
    assertThat(Files.readString(entity)).isEqualTo("{{{source}}}\n");
    assertThat(controllerText.split("\n@RestController\n", -1)).hasSize(2);
    Files.writeString(
        controller,
        controllerText.replace(
            "\n@RestController\n", "\n" + CONTROLLER_LINE + "\n@RestController\n"));
    Files.writeString(entity, "{{{source}}}\n" + ENTITY_LINE + "\n");
    return List.of(controller, entity);
  }

  /**
   * The golden test with two overrides: the output differs from examples/library-java/backend by
   * those lines only.
   */
  @Test
  void javaEjectedControllerAndEntityWithALineChangeExactlyTheirFilesByThatLine()
      throws IOException {
    Path definition = javaDefinition();
    ejectJavaWithLines(definition);
    CliRunner.Result generate = dddgenOn(definition, "generate", "-q");
    assertThat(generate.exitCode()).as(generate.describe()).isZero();
    Path out = definition.getParent().resolve("backend");
    Map<String, String> routes = Map.of("Person", "/people", "Book", "/books", "Loan", "/loans");
    int compared = 0;
    int changed = 0;
    try (Stream<Path> files = Files.walk(JAVA_GOLDEN)) {
      for (Path golden : files.filter(Files::isRegularFile).toList()) {
        String relative = JAVA_GOLDEN.relativize(golden).toString().replace('\\', '/');
        String expected = Files.readString(golden);
        for (Map.Entry<String, String> aggregate : routes.entrySet()) {
          String name = aggregate.getKey();
          String folder = "src/main/java/com/acme/library/";
          if (relative.equals(folder + "interfaces/http/" + name + "Controller.java")) {
            expected =
                expected.replace(
                    "\n@RestController\n",
                    "\n// Owned by the "
                        + name
                        + " team (route "
                        + aggregate.getValue()
                        + ").\n@RestController\n");
            changed++;
          } else if (relative.equals(
              folder + "domain/" + name.toLowerCase() + "/" + name + ".java")) {
            // google-java-format puts a blank line between the class and a comment after it.
            expected = expected + "\n// Reviewed by the " + name + " team.\n";
            changed++;
          }
        }
        assertThat(Files.readString(out.resolve(relative))).as(relative).isEqualTo(expected);
        compared++;
      }
    }
    assertThat(changed).isEqualTo(6);
    assertThat(compared).isGreaterThan(100);
    try (Stream<Path> files = Files.walk(out)) {
      assertThat(files.filter(Files::isRegularFile).count())
          .as("no file more than the golden tree")
          .isEqualTo(compared);
    }
    CliRunner.Result list = dddgenOn(definition, "templates", "list");
    assertThat(list.stdout())
        .containsPattern("(?m)^java/http/controller +project +per aggregate \\(3 files\\)$")
        .containsPattern("(?m)^java/domain/entity +project +per aggregate \\(3 files\\)$")
        .containsPattern("(?m)^java/application/dto +built-in +per project \\([0-9]+ files\\)$")
        .doesNotContain("go/");
    CliRunner.Result diff = dddgenOn(definition, "templates", "diff");
    assertThat(diff.exitCode()).as(diff.describe()).isZero();
    assertThat(diff.stdout())
        .contains(
            "java/http/controller: the built-in template has not changed since you ejected it")
        .contains("java/domain/entity: the built-in template has not changed since you ejected it");
  }

  @Test
  void javaTyposInEjectedTemplatesFailWithFileAndLineAndWriteNothing() throws IOException {
    Path definition = javaDefinition();
    List<Path> templates = ejectJavaWithLines(definition);
    assertThat(dddgenOn(definition, "generate", "-q").exitCode()).isZero();
    Path folder = definition.getParent();
    Path controller =
        folder.resolve(
            "backend/src/main/java/com/acme/library/interfaces/http/BookController.java");
    Path entity = folder.resolve("backend/src/main/java/com/acme/library/domain/book/Book.java");
    String controllerBefore = Files.readString(controller);
    String entityBefore = Files.readString(entity);
    String base = Files.readString(folder.resolve(".dddgen/base.txt"));

    Path controllerTemplate = templates.get(0);
    String typo = CONTROLLER_LINE.replace("{{aggregate.http.route}}", "{{aggregate.http.rout}}");
    Files.writeString(
        controllerTemplate, Files.readString(controllerTemplate).replace(CONTROLLER_LINE, typo));
    int line = Files.readString(controllerTemplate).lines().toList().indexOf(typo) + 1;
    assertThat(line).isPositive();
    CliRunner.Result missing = dddgenOn(definition, "generate");
    assertThat(missing.exitCode()).as(missing.describe()).isEqualTo(ExitCodes.TEMPLATE_FAILED);
    assertThat(missing.stderr())
        .contains(controllerTemplate + ":" + line + ": missing variable 'aggregate.http.rout'")
        .contains("nothing was written");
    Files.writeString(
        controllerTemplate, Files.readString(controllerTemplate).replace(typo, CONTROLLER_LINE));

    Path entityTemplate = templates.get(1);
    Files.writeString(entityTemplate, ENTITY_LINE + "\n{{{sorce}}}\n");
    CliRunner.Result source = dddgenOn(definition, "generate");
    assertThat(source.exitCode()).as(source.describe()).isEqualTo(ExitCodes.TEMPLATE_FAILED);
    assertThat(source.stderr())
        .contains(entityTemplate + ":2: missing variable 'sorce'")
        .contains("nothing was written");

    assertThat(dddgenOn(definition, "check").exitCode())
        .as("check renders too")
        .isEqualTo(ExitCodes.TEMPLATE_FAILED);
    assertThat(Files.readString(controller)).isEqualTo(controllerBefore);
    assertThat(Files.readString(entity)).isEqualTo(entityBefore);
    assertThat(Files.readString(folder.resolve(".dddgen/base.txt"))).isEqualTo(base);
    Files.writeString(entityTemplate, "{{{source}}}\n" + ENTITY_LINE + "\n");
    CliRunner.Result check = dddgenOn(definition, "check");
    assertThat(check.exitCode())
        .as("the templates fixed, the last generate still stands: %s", check.describe())
        .isZero();
  }

  @Test
  void javaContextPrintsTheFieldsTemplatesSee() throws IOException {
    Path definition = javaDefinition();
    CliRunner.Result context = dddgenOn(definition, "templates", "context", "Book");
    assertThat(context.exitCode()).as(context.describe()).isZero();
    JsonNode json = new ObjectMapper().readTree(context.stdout());
    assertThat(json.path("project").path("packageName").asText()).isEqualTo("com.acme.library");
    assertThat(json.path("versions").path("springBoot").asText()).isNotBlank();
    JsonNode aggregate = json.path("aggregate");
    assertThat(aggregate.path("name").asText()).isEqualTo("Book");
    assertThat(aggregate.path("packageName").asText()).isEqualTo("com.acme.library.domain.book");
    List<String> names = new ArrayList<>();
    aggregate.fieldNames().forEachRemaining(names::add);
    assertThat(names)
        .as("the view's components, in declaration order")
        .startsWith(
            "name", "var", "plural", "packageName", "repository", "dto", "fields", "commands");
    assertThat(aggregate.path("persistence").path("columns").get(0).path("first").asBoolean())
        .isTrue();
    assertThat(aggregate.path("http").path("route").asText()).isEqualTo("/books");
    assertThat(aggregate.path("http").path("controller").asText()).isEqualTo("BookController");
    List<String> fields = new ArrayList<>();
    aggregate.path("fields").forEach(f -> fields.add(f.path("name").asText()));
    assertThat(fields)
        .containsExactly(
            "isbn", "shelf", "title", "type", "group", "order", "publishedOn", "catalogId");
    assertThat(aggregate.path("fields").get(5).path("column").asText()).isEqualTo("order");
    CliRunner.Result typo = dddgenOn(definition, "templates", "context", "Bok");
    assertThat(typo.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(typo.stderr()).contains("did you mean 'Book'");
  }
}
