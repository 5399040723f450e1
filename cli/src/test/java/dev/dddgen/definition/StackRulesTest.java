package dev.dddgen.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The rules a stack declares apply to definitions that target it, and to no other. */
class StackRulesTest {

  private static List<String> problems(
      String target, String module, String aggregate, String fields) {
    String text =
        """
        version: 1
        project: { name: shop, target: %s, module: %s }
        aggregates:
          %s:
            fields: { %s }
        security: { default: public }
        """
            .formatted(target, module, aggregate, fields);
    try {
      DefinitionLoader.load("dddgen.yaml", text);
      return List.of();
    } catch (DefinitionException e) {
      return e.problems().stream().map(Problem::format).toList();
    }
  }

  /** A definition's aggregate and fields, its target, and the one problem expected (null: none). */
  record Case(String aggregate, String fields, String target, String problem) {
    @Override
    public String toString() {
      return target + ": " + aggregate + " { " + fields + " }";
    }
  }

  static Stream<Case> cases() {
    String lookahead =
        "code: { type: string, pattern: \"^(?=.*[0-9])[a-z0-9]{8}$\", example: abcdefg1 }";
    return Stream.of(
        // A type's package name may not be a keyword of the target's language only.
        new Case(
            "Func",
            "name: string",
            "go",
            "'Func' cannot be used: its package name 'func' is reserved in Go or by dddgen"),
        new Case("Func", "name: string", "java", null),
        new Case(
            "Default",
            "name: string",
            "java",
            "'Default' cannot be used: its package name 'default' is reserved in Java or by dddgen"),
        new Case(
            "Shared",
            "name: string",
            "java",
            "'Shared' cannot be used: its package name 'shared' is reserved by dddgen"),
        // Members the Go code generates for every aggregate; the Java code has only pullEvents.
        new Case(
            "Order",
            "logValue: string",
            "go",
            "'logValue' is generated for every aggregate and cannot be declared"),
        new Case("Order", "logValue: string", "java", null),
        new Case(
            "Order",
            "pullEvents: string",
            "java",
            "'pullEvents' is generated for every aggregate and cannot be declared"),
        // Go's RE2 has no lookaround; the Java stack's code runs Java's engine, which has.
        new Case(
            "Order",
            lookahead,
            "go",
            "uses lookaround, back-references or possessive quantifiers,"
                + " which Go's regexp (RE2) does not support"),
        new Case("Order", lookahead, "java", null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aStacksRulesApplyToItsTargetOnly(Case c) {
    String module = c.target().equals("go") ? "github.com/acme/shop" : "com.acme.shop";

    List<String> found = problems(c.target(), module, c.aggregate(), c.fields());

    if (c.problem() == null) {
      assertThat(found).isEmpty();
    } else {
      assertThat(found).singleElement().asString().contains(c.problem());
    }
  }

  @Test
  void theModuleIsCheckedByTheTargetsRules() {
    assertThat(problems("go", "com.acme.shop", "Order", "name: string")).isEmpty();
    assertThat(problems("java", "github.com/acme/shop", "Order", "name: string"))
        .singleElement()
        .asString()
        .contains("'github.com/acme/shop' is not a Java package name");
    assertThat(problems("go", "Github.com/Acme", "Order", "name: string"))
        .singleElement()
        .asString()
        .contains("'Github.com/Acme' is not a Go module path");
  }

  @Test
  void anUnknownTargetListsNoRulesAndSuggestsARegisteredId() {
    assertThat(problems("javaa", "github.com/acme/shop", "Func", "name: string"))
        .singleElement()
        .asString()
        .contains("dddgen.yaml:2:32: unknown target 'javaa' — did you mean 'java'?");
  }

  @Test
  void theRegisteredRulesAreTheStacksOnTheClassPath() {
    assertThat(StackRules.registered().stream().map(StackRules::id)).contains("go", "java");
  }
}
