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

  private static Api api(String yaml) throws Exception {
    return Api.of(DefinitionLoader.load("dddgen.yaml", yaml));
  }

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
        .as("lifecycle state is left to commands")
        .startsWith("{\"days\":1,");
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

    assertThat(invalid.fields()).as("state is never sent").containsExactly("days", "fee.amount");
    assertThat(invalid.body().json(QUOTE))
        .contains("\"days\":0", "\"amount\":\"-1\"")
        .doesNotContain("status");
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
        .as("lifecycle state is reached through commands (Reach), never sent")
        .startsWith("{\"days\":1,");
  }

  @Test
  void anActionIsAllowedFromEveryStateItsGuardsList() throws Exception {
    Aggregate loan =
        DefinitionLoader.load(
                "dddgen.yaml",
                """
                version: 1
                project: { name: demo, target: go, module: example.com/demo, output: backend }
                security: { default: public }
                aggregates:
                  Loan:
                    fields:
                      status:    { type: enum, values: [OPEN, LATE, RETURNED, LOST], default: OPEN }
                      renewable: { type: bool, default: true }
                    commands:
                      OpenLoan: { create: true }
                      RenewLoan: { when: { status: [OPEN, LATE], renewable: [true] } }
                      MarkLate: { when: { status: [OPEN] }, set: { status: LATE } }
                      ReportLost: { when: { status: [OPEN, LATE] }, set: { status: LOST, renewable: false } }
                      ReturnLoan: { set: { status: RETURNED } }
                """)
            .aggregate("Loan")
            .orElseThrow();
    var renew =
        loan.commands().stream().filter(c -> c.name().equals("RenewLoan")).findFirst().get();
    var close =
        loan.commands().stream().filter(c -> c.name().equals("ReturnLoan")).findFirst().get();

    assertThat(Scenarios.allowedStates(renew))
        .containsExactly(
            Map.of("status", "OPEN", "renewable", "true"),
            Map.of("status", "LATE", "renewable", "true"));
    assertThat(Scenarios.refusals(loan, renew))
        .extracting(Refusal::value)
        .containsExactly("RETURNED", "LOST", "false");
    assertThat(Scenarios.allowedStates(close)).containsExactly(Map.of());
    assertThat(Scenarios.refusals(loan, close)).isEmpty();
  }

  @Test
  void invalidValuesBreakAPlainFieldOnceAndACompositePartByPart() throws Exception {
    Api api = api();
    Aggregate loan = api.resource("Loan").aggregate();
    Scenarios scenarios = Scenarios.of(api);

    assertThat(scenarios.invalidValues(loan.field("days").orElseThrow(), "days"))
        .containsExactly(
            new Scenarios.InvalidValue(loan.field("days").orElseThrow(), "days", Optional.empty()));
    assertThat(scenarios.invalidValues(loan.field("fee").orElseThrow(), "items[0].fee"))
        .extracting(Scenarios.InvalidValue::path, Scenarios.InvalidValue::part)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("items[0].fee.amount", Optional.of("amount")),
            org.assertj.core.groups.Tuple.tuple("items[0].fee.currency", Optional.of("currency")));
    assertThat(scenarios.invalidValues(loan.field("note").orElseThrow(), "note")).isEmpty();
    assertThat(Scenarios.required(loan.fields()))
        .extracting(Field::name)
        .containsExactly("days", "fee");
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

  @Test
  void anInvalidNumberIsNeverOutsideItsType() throws Exception {
    Api api =
        api(
            """
            version: 1
            project: { name: demo, target: go, module: example.com/demo, output: backend }
            aggregates:
              Meter:
                fields:
                  whole:   { type: int, min: -2147483648, max: 2147483647 }
                  low:     { type: int, min: -2147483648, max: 9 }
                  high:    { type: long, min: 5, max: 9223372036854775807 }
                  widest:  { type: long, min: -9223372036854775808 }
            security: { default: public }
            """);
    Aggregate meter = api.resource("Meter").aggregate();

    assertThat(Samples.invalid(api.model(), meter.field("whole").orElseThrow()))
        .as("no int breaks a range of every int")
        .isEmpty();
    assertThat(Samples.invalid(api.model(), meter.field("low").orElseThrow())).contains("10");
    assertThat(Samples.invalid(api.model(), meter.field("high").orElseThrow())).contains("4");
    assertThat(Samples.invalid(api.model(), meter.field("widest").orElseThrow())).isEmpty();
  }

  @Test
  void anInvalidPatternedTextBreaksThePatternAloneWithinItsLength() throws Exception {
    Field code = text("code", Optional.of("^[A-Z]+$"));
    Field url = text("url", Optional.of("^https://"));
    Field plain = text("plain", Optional.empty());
    Field marks = text("marks", Optional.of("^[!?]+$"));

    // Each of these breaks one constraint, so a service reports the field once.
    assertThat(Samples.invalid(null, code))
        .as("too short for a match, but long enough")
        .contains("!!");
    assertThat(Samples.invalid(null, url)).contains("!!");
    assertThat(Samples.invalid(null, plain)).contains("aaaaaa");
    assertThat(Samples.invalid(null, marks)).contains("  ");
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

  @Test
  void eachWrongJsonTypeIsSentOnceInTheFirstFieldThatTakesIt() throws Exception {
    Api api =
        api(
            """
            version: 1
            project: { name: demo, target: java, module: com.acme.demo, output: backend }
            valueObjects:
              Geo: { fields: { label: { type: enum, values: [A, B] }, lat: decimal } }
              Address: { fields: { geo: Geo, street: string } }
            aggregates:
              Person:
                fields:
                  status:  { type: enum, values: [NEW, GONE], default: NEW }
                  active:  { type: bool, default: true }
                  name:    string
                  nick:    string
                  age:     int
                  born:    date
                  seen:    timestamp
                  home:    Address
                commands:
                  AddPerson: { create: true }
                  Leave: { set: { status: GONE, active: false } }
            security: { default: public }
            """);

    List<WrongType> wrong = Scenarios.of(api).wrongTypes(api.resource("Person").aggregate());

    assertThat(wrong)
        .as("state fields are never sent; one body per mistake")
        .extracting(w -> w.mistake().phrase(), WrongType::path, w -> w.body().json(QUOTE))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a number for a string", "name", "{\"name\":12}"),
            org.assertj.core.groups.Tuple.tuple(
                "a string for an integer", "age", "{\"age\":\"12\"}"),
            org.assertj.core.groups.Tuple.tuple(
                "a number for a date", "born", "{\"born\":20240131}"),
            org.assertj.core.groups.Tuple.tuple(
                "a number for a timestamp", "seen", "{\"seen\":1706691600}"),
            org.assertj.core.groups.Tuple.tuple(
                "a wrong type inside a value object",
                "home.geo.label",
                "{\"home\":{\"geo\":{\"label\":12}}}"));
  }

  @Test
  void storedRowsComeAfterTheRowsTheirRequiredReferencesNeed() throws Exception {
    Api api =
        api(
            """
            version: 1
            project: { name: demo, target: java, module: com.acme.demo, output: backend }
            aggregates:
              Shelf:
                fields: { label: string, lastBook: { type: ref, to: Book, optional: true } }
                commands: { AddShelf: { create: true } }
              Book:
                fields: { title: string, shelf: { type: ref, to: Shelf } }
                commands: { AddBook: { create: true } }
              Loan:
                fields: { book: { type: ref, to: Book }, previous: { type: ref, to: Loan, optional: true } }
                commands: { OpenLoan: { create: true } }
            security: { default: public }
            """);
    Scenarios scenarios = Scenarios.of(api);

    assertThat(scenarios.storedFirst(api.resource("Loan").aggregate()))
        .extracting(Aggregate::name)
        .as("never the aggregate itself; a shelf before the book on it")
        .containsExactly("Shelf", "Book");
    assertThat(scenarios.storedFirst(api.resource("Shelf").aggregate()))
        .extracting(Aggregate::name)
        .as("a book needs a shelf, the one being stored: it cannot be stored first")
        .isEmpty();
  }
}
