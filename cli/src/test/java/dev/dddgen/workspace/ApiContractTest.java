package dev.dddgen.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dddgen.cli.CliRunner;
import dev.dddgen.cli.ExitCodes;
import dev.dddgen.definition.DefinitionLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan's HTTP contract check: what a client of the previous definition would see break. */
class ApiContractTest {
  private static final Path SHOP = CliRunner.repo().resolve("examples/shop/dddgen.yaml");

  private static String shop() throws Exception {
    return Files.readString(SHOP);
  }

  private static String snapshot(String yaml) throws Exception {
    return ApiContract.snapshot(DefinitionLoader.load("dddgen.yaml", yaml));
  }

  private static List<String> changes(String before, String after) throws Exception {
    return ApiContract.breakingChanges(snapshot(before), snapshot(after));
  }

  @Test
  void anUnchangedDefinitionBreaksNothing() throws Exception {
    assertThat(changes(shop(), shop())).isEmpty();
  }

  @Test
  void aFieldThatBecomesLifecycleStateIsBreakingAndTheReverseIsNot() throws Exception {
    String writable =
        shop()
            .replace(
                "values: [PENDING, PAID, CANCELLED], default: PENDING }",
                "values: [PENDING, PAID, CANCELLED], default: PENDING, writable: true }");
    assertThat(writable).isNotEqualTo(shop());

    assertThat(changes(writable, shop()))
        .containsExactly(
            "field orders.status is now read-only lifecycle state, changed by PayOrder,CancelOrder");
    assertThat(changes(shop(), writable)).isEmpty();
  }

  @Test
  void aRemovedFieldIsBreaking() throws Exception {
    String after = shop().replace("      note:       { type: string, optional: true }\n", "");

    assertThat(changes(shop(), after)).containsExactly("removed field orders.note");
  }

  @Test
  void aRemovedRouteARetypedFieldAndANewRequiredFieldAreBreaking() throws Exception {
    String after =
        shop()
            .replace(
                "      CancelOrder: { params: { reason: string }, when: { status: [PENDING] }, set: { status: CANCELLED }, emits: OrderCancelled }\n",
                // CANCELLED stays reachable, by another route.
                "      AbandonOrder: { when: { status: [PENDING] }, set: { status: CANCELLED } }\n")
            .replace("      OrderCancelled: { fields: { reason: string } }\n", "")
            .replace("      CancelOrder: [customer, admin]\n", "")
            .replace(
                "      rating:      { type: int, min: 1, max: 5 }",
                "      rating:      { type: string }")
            .replace(
                "name: { type: string, maxLength: 120 } }",
                "name: { type: string, maxLength: 120 }, phone: string }");

    assertThat(changes(shop(), after))
        .contains(
            "removed route POST /orders/{id}/cancel",
            "removed param orders/cancel.reason",
            "changed type of field reviews.rating: int → string",
            "new required field customers.phone");
  }

  @Test
  void aFieldRenamedWithRenamedFromIsReportedAsRenamedNotRemoved() throws Exception {
    String after =
        shop()
            .replace(
                "      note:       { type: string, optional: true }\n",
                "      remark:     { type: string, optional: true, renamedFrom: note }\n")
            .replace(
                "quantity: { type: int, min: 1 }",
                "amount: { type: int, min: 1, max: 99, renamedFrom: quantity }");

    List<String> changes =
        ApiContract.breakingChanges(
            snapshot(shop()), snapshot(after), DefinitionLoader.load("dddgen.yaml", after));

    assertThat(changes)
        .containsExactlyInAnyOrder(
            "renamed field orders.note → orders.remark",
            "renamed field orders.orderLines.quantity → orders.orderLines.amount",
            "new constraint max of orders.orderLines.amount 99");
    // Once recorded, the rename is history: the next comparison has nothing to report.
    assertThat(
            ApiContract.breakingChanges(
                snapshot(after), snapshot(after), DefinitionLoader.load("dddgen.yaml", after)))
        .isEmpty();
  }

  @Test
  void aNarrowedConstraintIsBreakingAndAWidenedOneIsNot() throws Exception {
    String narrowed =
        shop()
            .replace(
                "name: { type: string, maxLength: 120 }", "name: { type: string, maxLength: 100 }")
            .replace(
                "stock:      { type: int, min: 0, default: 0 }",
                "stock:      { type: int, min: 1, default: 1 }")
            .replace("quantity: { type: int, min: 1 }", "quantity: { type: int, min: 1, max: 99 }")
            .replace(
                "currency: { type: string, pattern: \"^[A-Z]{3}$\" }",
                "currency: { type: string, pattern: \"^(EUR|USD)$\" }");

    assertThat(changes(shop(), narrowed))
        .containsExactlyInAnyOrder(
            "narrowed maxLength of customers.name: 120 → 100",
            "narrowed min of products.stock: 0 → 1",
            "new constraint max of orders.orderLines.quantity 99",
            "narrowed pattern of orders.total.currency: ^[A-Z]{3}$ → ^(EUR|USD)$",
            "narrowed pattern of orders.orderLines.unitPrice.currency: ^[A-Z]{3}$ → ^(EUR|USD)$",
            "narrowed pattern of products.price.currency: ^[A-Z]{3}$ → ^(EUR|USD)$");

    String widened =
        shop()
            .replace(
                "name: { type: string, maxLength: 120 }", "name: { type: string, maxLength: 200 }")
            .replace(
                "      rating:      { type: int, min: 1, max: 5 }",
                "      rating:      { type: int, min: 0 }");
    assertThat(changes(shop(), widened)).isEmpty();
  }

  @Test
  void aSnapshotWrittenBeforeConstraintsWereRecordedGivesNoConstraintChanges() throws Exception {
    String old =
        Arrays.stream(snapshot(shop()).split("\n"))
            .filter(line -> !line.startsWith("constraint ") && !line.startsWith("format "))
            .collect(Collectors.joining("\n", "", "\n"));

    assertThat(ApiContract.breakingChanges(old, snapshot(shop()))).isEmpty();
  }

  @Test
  void thePlanOfARegenerationListsARemovedFieldAsAnHttpContractChange(@TempDir Path dir)
      throws Exception {
    Path definition = dir.resolve("dddgen.yaml");
    Files.writeString(definition, shop());
    CliRunner.Result first =
        CliRunner.run("generate", "-f", definition.toString(), "--yes", "--quiet");
    assertThat(first.exitCode()).as(first.describe()).isZero();

    Files.writeString(
        definition, shop().replace("      note:       { type: string, optional: true }\n", ""));
    CliRunner.Result plan = CliRunner.run("generate", "-f", definition.toString(), "--dry-run");

    assertThat(plan.stdout() + plan.stderr())
        .as(plan.describe())
        .contains("HTTP contract change: removed field orders.note");
  }

  @Test
  void checkListsAnHttpContractTighteningAndFails(@TempDir Path dir) throws Exception {
    Path definition = dir.resolve("dddgen.yaml");
    Files.writeString(definition, shop());
    String out = dir.resolve("out").toString();
    CliRunner.Result first =
        CliRunner.run("generate", "-f", definition.toString(), "-o", out, "--yes", "--quiet");
    assertThat(first.exitCode()).as(first.describe()).isZero();
    CliRunner.Result unchanged =
        CliRunner.run("check", "--no-color", "-f", definition.toString(), "-o", out);
    assertThat(unchanged.exitCode()).as(unchanged.describe()).isEqualTo(ExitCodes.OK);

    Files.writeString(
        definition,
        shop().replace("      GetProduct:    public\n", "      GetProduct:    authenticated\n"));
    CliRunner.Result check =
        CliRunner.run("check", "--no-color", "-f", definition.toString(), "-o", out);
    CliRunner.Result json =
        CliRunner.run("check", "--format", "json", "-f", definition.toString(), "-o", out);

    assertThat(check.exitCode()).as(check.describe()).isEqualTo(ExitCodes.STALE_OR_CONFLICT);
    assertThat(check.stdout())
        .as(check.describe())
        .contains("1 change(s) to the HTTP contract recorded in .dddgen/snapshots would break")
        .contains(
            "  tightened access to GET /products/{id}: public → authenticated (callers allowed"
                + " before are refused)")
        .contains("publish the new contract to its clients first.");
    assertThat(json.stdout())
        .contains("\"breakingApiChanges\":[\"tightened access to GET /products/{id}: public")
        .contains("\"breakingEventChanges\":[]");
  }

  @Test
  void tighteningAccessIsBreakingAndLooseningIsListedToo() throws Exception {
    String tighter =
        shop()
            .replace("      GetProduct:    public\n", "      GetProduct:    authenticated\n")
            .replace("      PayOrder:    [admin]\n", "      PayOrder:    [admin, clerk]\n")
            .replace("      CancelOrder: [customer, admin]\n", "      CancelOrder: [admin]\n")
            .replace("      ListCustomers:  [admin]\n", "")
            .replace("    ownedBy: customerId\n", "")
            .replace(
                "    access:\n      SubmitReview:",
                "    ownedBy: customerId\n    access:\n      SubmitReview:")
            .replace("      GetReview:     public\n      ListReviews:   public\n", "");

    assertThat(changes(shop(), tighter))
        .containsExactlyInAnyOrder(
            "tightened access to GET /products/{id}: public → authenticated (callers allowed"
                + " before are refused)",
            "loosened access to POST /orders/{id}/pay: roles admin → roles admin,clerk",
            "tightened access to POST /orders/{id}/cancel: roles customer,admin → roles admin"
                + " (callers allowed before are refused)",
            "loosened access to GET /customers: roles admin → authenticated",
            "tightened access to GET /reviews: public → authenticated (callers allowed before are"
                + " refused)",
            "tightened access to GET /reviews/{id}: public → authenticated (callers allowed"
                + " before are refused)",
            "loosened access to orders: no longer owned by customerId",
            "tightened access to reviews: now owned by customerId (callers see and change only"
                + " their own)");
  }

  @Test
  void aSnapshotWithoutAccessLinesIsOfAnOpenServiceSoSecuringItIsBreaking() throws Exception {
    String open =
        Arrays.stream(snapshot(shop()).split("\n"))
            .filter(line -> !line.startsWith("access ") && !line.startsWith("owner"))
            .collect(Collectors.joining("\n", "", "\n"));

    assertThat(ApiContract.breakingChanges(open, snapshot(shop())))
        .contains(
            "tightened access to POST /orders: public → roles customer,admin (callers allowed"
                + " before are refused)",
            "tightened access to orders: now owned by customerId (callers see and change only"
                + " their own)")
        .noneMatch(change -> change.contains("GET /products"));
  }
}
