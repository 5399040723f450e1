package dev.dddgen.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dddgen.api.Scenarios.Missing;
import dev.dddgen.api.Scenarios.Refusal;
import dev.dddgen.definition.DefinitionLoader;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Samples;
import java.util.List;
import java.util.Map;
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
}
