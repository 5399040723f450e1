package dev.dddgen.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dddgen.cli.CliRunner;
import dev.dddgen.definition.DefinitionLoader;
import dev.dddgen.model.DomainModel;
import dev.dddgen.stack.Stack;
import dev.dddgen.stack.Stacks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Templates own the code: no context of any example (generated for both stacks) holds a statement,
 * a line break, a tab or SQL ({@link ViewValueRule}).
 */
class ViewValueRuleTest {
  static List<Path> definitions() throws IOException {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(CliRunner.repo().resolve("examples"))) {
      dirs.map(d -> d.resolve("dddgen.yaml"))
          .filter(Files::isRegularFile)
          .sorted()
          .forEach(out::add);
    }
    Path resources = CliRunner.repo().resolve("cli/src/test/resources");
    out.add(resources.resolve("go/edge.yaml"));
    out.add(resources.resolve("java/edge.yaml"));
    return out;
  }

  /** The violations in the contexts of every artifact of both stacks, by template. */
  private static Map<String, List<ViewValueRule.Violation>> violations(Path definition)
      throws Exception {
    DomainModel model = DefinitionLoader.load(definition, definition.toString());
    Map<String, List<ViewValueRule.Violation>> byTemplate = new TreeMap<>();
    for (Stack stack : List.of(Stacks.of("go"), Stacks.of("java"))) {
      for (Artifact artifact : stack.artifacts(model)) {
        List<ViewValueRule.Violation> found = ViewValueRule.violations(artifact.context());
        if (!found.isEmpty()) {
          byTemplate.computeIfAbsent(artifact.template(), t -> new ArrayList<>()).addAll(found);
        }
      }
    }
    return byTemplate;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("definitions")
  void noContextHoldsCode(Path definition) throws Exception {
    Map<String, List<ViewValueRule.Violation>> byTemplate = violations(definition);
    StringBuilder report = new StringBuilder();
    byTemplate.forEach(
        (template, found) -> {
          report.append(template).append(" (").append(found.size()).append(" values)\n");
          found.stream()
              .distinct()
              .limit(5)
              .forEach(v -> report.append("  ").append(v).append('\n'));
        });
    assertThat(byTemplate)
        .as("contexts holding code (templates own the code):%n%s", report)
        .isEmpty();
  }

  @Test
  void theRuleCatchesStatementsLineBreaksTabsAndSql() {
    assertThat(ViewValueRule.check("return order;")).contains("statement");
    assertThat(ViewValueRule.check("if err != nil {")).contains("statement");
    assertThat(ViewValueRule.check("id := uuid.New()")).contains("statement");
    assertThat(ViewValueRule.check("for (int i = 0; i < n; i++)")).contains("statement");
    assertThat(ViewValueRule.check("assertThat(order.total()).isEqualTo(1)"))
        .contains("test assertion");
    assertThat(ViewValueRule.check("require.NoError(t, err)")).contains("test assertion");
    assertThat(ViewValueRule.check("SELECT id FROM orders")).contains("SQL");
    assertThat(ViewValueRule.check("id = :id AND WHERE x")).contains("SQL");
    assertThat(ViewValueRule.check("UPDATE orders SET total = 1")).contains("SQL");
    assertThat(ViewValueRule.check("a,\n b")).contains("line break");
    assertThat(ViewValueRule.check("a\tb")).contains("tab");
    assertThat(ViewValueRule.check("return loan; version, when given, must match.")).isEmpty();
    assertThat(ViewValueRule.check("return")).isEmpty();
  }

  @Test
  void aSentenceStartingWithAKeywordIsProseButAStatementIsNot() {
    for (String prose :
        List.of("go to the next page", "for every order line", "return the book on time")) {
      assertThat(ViewValueRule.check(prose)).as(prose).isEmpty();
    }
    for (String statement :
        List.of(
            "go run(ctx)",
            "goto retry",
            "select {",
            "return order",
            "return nil, err",
            "var x int",
            "if ok && found",
            "for range ticker.C",
            "throw new IllegalStateException",
            "do {")) {
      assertThat(ViewValueRule.check(statement)).as(statement).contains("statement");
    }
  }

  @Test
  void namesTypesLiteralsAndExpressionsPass() {
    for (String value :
        List.of(
            "Order",
            "orderRepository",
            "Map<String, Object>",
            "\"a\".repeat(121)",
            "Jdbc.time(order.createdAt())",
            "x == null ? null : x.value()",
            "forEach",
            "returns",
            "rs.getObject(\"id\", UUID.class)",
            "order_lines",
            "\"status\"",
            "12")) {
      assertThat(ViewValueRule.check(value)).as(value).isEmpty();
    }
  }

  record Documented(List<String> doc, String name) {}

  @Test
  void docCommentLinesMayEndWhereTheWrapFallsButStayOneLine() {
    Object context =
        Map.of(
            "aggregate",
            new Documented(
                List.of(
                    "Close applies the Close command. It is allowed only while open is true;",
                    "a\nb"),
                "x := 1"));
    assertThat(ViewValueRule.violations(context))
        .extracting(ViewValueRule.Violation::path)
        .containsExactly("aggregate.doc[1]", "aggregate.name");
  }

  record Call(String name, List<String> arguments) {}

  record Method(String name, Optional<Call> body) {}

  @Test
  void aStatementPutBackIntoAViewIsFound() {
    Object context =
        Map.of(
            "aggregate",
            new Method(
                "save", Optional.of(new Call("store", List.of("order", "repository.add(order);")))),
            "source",
            "class Whole {\n}\n");
    assertThat(ViewValueRule.violations(context))
        .extracting(ViewValueRule.Violation::path)
        .containsExactly("aggregate.body.arguments[1]");
  }
}
