package dev.dddgen.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dddgen.api.Scenarios.Missing;
import dev.dddgen.api.Scenarios.Refusal;
import dev.dddgen.definition.DefinitionLoader;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Constraints;
import dev.dddgen.model.Field;
import dev.dddgen.model.FieldType;
import dev.dddgen.model.Samples;
import dev.dddgen.model.Scalar;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The target-neutral test cases of the API: valid, missing, invalid and guard-refused requests. */
class ScenariosTest {
  private static final UnaryOperator<String> QUOTE = s -> "\"" + s + "\"";

  private static Api api() throws Exception {
    return Api.of(
        DefinitionLoader.load(
            "dddgen.yaml",
            """
            version: 1
            project: { name: demo, target: go, module: example.com/demo, output: backend }
            valueObjects:
              Money: { fields: { amount: { type: decimal, min: 0 }, currency: { type: string, pattern: "^[A-Z]{3}$" } } }
            aggregates:
              Loan:
                fields:
                  status:    { type: enum, values: [OPEN, RETURNED, LOST], default: OPEN }
                  renewable: { type: bool, default: true }
                  days:      { type: int, min: 1, max: 30 }
                  fee:       { type: Money }
                  note:      { type: string, optional: true }
                entities:
                  Renewal: { fields: { at: timestamp } }
                commands:
                  OpenLoan: { create: true }
                  RenewLoan: { params: { days: int, reason: string }, when: { status: [OPEN], renewable: [true] } }
                  ReturnLoan: { when: { status: [OPEN] }, set: { status: RETURNED } }
                  ReportLost: { when: { status: [OPEN] }, set: { status: LOST, renewable: false } }
            security: { default: public }
            """));
  }

  @Test
  void aValidBodyHasTheRequiredFieldsOrEveryFieldAndOneOfEachEntity() throws Exception {
    Api api = api();
    Operation open = api.resource("Loan").operation("OpenLoan");

    assertThat(Scenarios.of(api).valid(open, false).json(QUOTE))
        .isEqualTo(
            "{\"days\":1,\"fee\":{\"amount\":\"12.50\",\"currency\":\"AAA\"},"
                + "\"renewals\":[{\"at\":\""
                + Samples.TIMESTAMP
                + "\"}]}");
    assertThat(Scenarios.of(api).valid(open, true).json(QUOTE))
        .startsWith("{\"status\":\"OPEN\",\"renewable\":true,\"days\":1,");
  }

  @Test
  void eachRequiredParameterIsLeftOutOnce() throws Exception {
    Api api = api();
    List<Missing> missing = Scenarios.of(api).missing(api.resource("Loan").operation("RenewLoan"));

    assertThat(missing).extracting(Missing::field).containsExactly("days", "reason");
    assertThat(missing.get(0).body().json(QUOTE)).isEqualTo("{\"reason\":\"sample\"}");
  }

  @Test
  void anInvalidBodyBreaksEveryBreakableFieldAndNamesThem() throws Exception {
    Api api = api();
    Aggregate loan = api.resource("Loan").aggregate();

    Scenarios.Invalid invalid = Scenarios.of(api).invalid(loan).orElseThrow();

    assertThat(invalid.fields()).containsExactly("status", "days", "fee.amount");
    assertThat(invalid.body().json(QUOTE))
        .contains("\"status\":\"NOT_A_VALUE\"", "\"days\":0", "\"amount\":\"-1\"");
  }

  @Test
  void aGuardedActionIsRefusedInEveryStateOneGuardDisallows() throws Exception {
    Api api = api();
    Aggregate loan = api.resource("Loan").aggregate();
    var renew =
        loan.commands().stream().filter(c -> c.name().equals("RenewLoan")).findFirst().get();

    assertThat(Scenarios.allowed(renew)).isEqualTo(Map.of("status", "OPEN", "renewable", "true"));
    assertThat(Scenarios.refusals(loan, renew))
        .extracting(Refusal::field, Refusal::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("status", "RETURNED"),
            org.assertj.core.groups.Tuple.tuple("status", "LOST"),
            org.assertj.core.groups.Tuple.tuple("renewable", "false"));
    assertThat(Scenarios.refusals(loan, renew).get(2).state())
        .isEqualTo(Map.of("status", "OPEN", "renewable", "false"));
    assertThat(Scenarios.of(api).body(loan, Map.of("status", "LOST")).json(QUOTE))
        .startsWith("{\"status\":\"LOST\",\"days\":1,");
  }

  @Test
  void boundariesAreTheEndsOfEachRangeButNotOfAPatternedText() throws Exception {
    Api api = api();
    Aggregate loan = api.resource("Loan").aggregate();
    Field name = text("name", Optional.empty());
    Field code = text("code", Optional.of("^[A-Z]+$"));

    assertThat(Scenarios.boundaries(loan.field("days").orElseThrow()))
        .extracting(Scenarios.Boundary::name, Scenarios.Boundary::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("at minimum", "1"),
            org.assertj.core.groups.Tuple.tuple("at maximum", "30"));
    assertThat(Scenarios.boundaries(name))
        .extracting(Scenarios.Boundary::name, Scenarios.Boundary::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("at minimum length", "aa"),
            org.assertj.core.groups.Tuple.tuple("at maximum length", "aaaaa"));
    assertThat(Scenarios.boundaries(code)).isEmpty();
    assertThat(Scenarios.boundaries(loan.field("note").orElseThrow())).isEmpty();
  }

  /** A string field of 2 to 5 characters. */
  private static Field text(String name, Optional<String> pattern) {
    return new Field(
        name,
        new FieldType.Builtin(Scalar.STRING),
        false,
        Optional.empty(),
        new Constraints(
            Optional.empty(), Optional.empty(), OptionalInt.of(2), OptionalInt.of(5), pattern),
        false,
        false,
        Optional.empty(),
        Optional.empty());
  }
}
