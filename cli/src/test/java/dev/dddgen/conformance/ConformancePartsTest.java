package dev.dddgen.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The suite's own parts that need no service: retargeting a definition, comparing answers. */
class ConformancePartsTest {
  @Test
  void aDefinitionIsRetargetedWithAPackageAsItsJavaModule() {
    String go =
        "version: 1\n"
            + "project: { name: my-shop, target: go, module: github.com/acme/shop }\n"
            + "security: { default: public }\n"
            + "aggregates:\n  User: { table: user, fields: { email: { type: string, pattern: \"^[^@\\\\s]+$\" } } }\n";

    String java = Targets.retargeted(go, Targets.JAVA);

    assertThat(java)
        .contains("target: java")
        .contains("module: dev.conformance.myshop")
        .contains("table: user")
        .doesNotContain("github.com");
    assertThat(Targets.retargeted(go, Targets.GO)).contains("module: github.com/acme/shop");
  }

  @Test
  void answersCompareWithoutIdsClockTimesAndCursors() {
    Answer go =
        answer(
            "{\"id\":\"0190a7e0-0000-7000-8000-000000000001\",\"createdAt\":\"2026-01-01T00:00:00Z\","
                + "\"name\":\"a\",\"nextCursor\":\"abc\"}");
    Answer java =
        answer(
            "{\"id\":\"1b8a78e2-9402-458e-aafa-6003d456b35a\",\"createdAt\":\"2027-01-01T00:00:00Z\","
                + "\"name\":\"a\",\"nextCursor\":\"xyz\"}");
    Answer renamed = answer(go.body().replace("\"a\"", "\"b\""));

    assertThat(java.comparable()).isEqualTo(go.comparable());
    assertThat(renamed.comparable()).isNotEqualTo(go.comparable());
  }

  @Test
  void problemsCompareMemberByMember() {
    Answer go =
        problem("{\"type\":\"about:blank\",\"status\":400,\"detail\":\"The body is empty.\"}");
    Answer java = problem("{\"type\":\"about:blank\",\"status\":400,\"detail\":\"Not JSON.\"}");

    assertThat(java.comparable())
        .containsEntry("problem.detail", "\"Not JSON.\"")
        .containsEntry("problem.status", "400");
    assertThat(java.comparable()).isNotEqualTo(go.comparable());
  }

  private static Answer answer(String body) {
    return new Answer(
        200,
        "application/json",
        Optional.of("\"1\""),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        body);
  }

  private static Answer problem(String body) {
    return new Answer(
        400,
        Answer.PROBLEM_JSON,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        body);
  }
}
