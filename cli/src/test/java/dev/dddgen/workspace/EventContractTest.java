package dev.dddgen.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dddgen.cli.CliRunner;
import dev.dddgen.cli.ExitCodes;
import dev.dddgen.definition.DefinitionLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The event-contract gate: what a consumer of the events of the previous definition would see break
 * is an ask-first item of generate and fails check; additive optional changes pass.
 */
class EventContractTest {
  private static final Path SHOP = CliRunner.repo().resolve("examples/shop/dddgen.yaml");
  private static final String CANCELLED = "      OrderCancelled: { fields: { reason: string } }\n";

  /** The shop with an optional field added to OrderCancelled (and its command's parameters). */
  private static String withOptionalNote() throws Exception {
    return shop()
        .replace(
            "CancelOrder: { params: { reason: string }",
            "CancelOrder: { params: { reason: string, note: { type: string, optional: true } }")
        .replace(
            "OrderCancelled: { fields: { reason: string } }",
            "OrderCancelled: { fields: { reason: string, note: { type: string, optional: true } } }");
  }

  private static String shop() throws Exception {
    return Files.readString(SHOP);
  }

  private static String snapshot(String yaml) throws Exception {
    return EventContract.snapshot(DefinitionLoader.load("dddgen.yaml", yaml));
  }

  private static List<String> changes(String before, String after) throws Exception {
    return EventContract.breakingChanges(snapshot(before), snapshot(after));
  }

  @Test
  void theSnapshotListsTheBrokerEachEventAndEachFieldOfItsData() throws Exception {
    assertThat(snapshot(shop()).lines())
        .contains(
            "broker nats",
            "event shop.order.order_placed",
            "data shop.order.order_placed.customerId uuid required",
            "data shop.order.order_placed.total {amount:decimal,currency:string} required",
            "data shop.review.review_published.publishedAt timestamp optional")
        .isSorted();
  }

  @Test
  void aProjectWhoseEventsStayInTheServiceHasNoEventContract() throws Exception {
    String none =
        shop().replace("output: backend }", "output: backend, events: { broker: none } }");

    assertThat(snapshot(none)).isEmpty();
    assertThat(changes(shop(), none))
        .containsExactly("events move from broker nats to none (they stay in the service)");
  }

  @Test
  void anUnchangedDefinitionAndAdditiveOptionalChangesBreakNothing() throws Exception {
    String after =
        withOptionalNote().replace(CANCELLED, CANCELLED + "      OrderNoted: { fields: [note] }\n");

    assertThat(changes(shop(), shop())).isEmpty();
    assertThat(changes(shop(), after)).isEmpty();
  }

  @Test
  void aRemovedEventARemovedRetypedOrRequiredFieldAreBreaking() throws Exception {
    String after =
        shop()
            .replace(", emits: OrderCancelled }", " }")
            .replace(CANCELLED, "")
            .replace(
                "OrderPlaced:    { fields: [customerId, total] }",
                "OrderPlaced:    { fields: [customerId, note] }")
            .replace(
                "ReviewSubmitted: { fields: [productId, rating] }",
                "ReviewSubmitted: { fields: [productId, rating, customerId] }")
            .replace(
                "rating:      { type: int, min: 1, max: 5 }",
                "rating:      { type: long, min: 1, max: 5 }");

    assertThat(changes(shop(), after))
        .containsExactlyInAnyOrder(
            "removed event shop.order.order_cancelled",
            "removed or renamed data shop.order.order_placed.total",
            "changed type of data shop.review.review_submitted.rating: int → long",
            "new required data shop.review.review_submitted.customerId");
  }

  @Test
  void aFieldThatBecomesRequiredOrOptionalIsBreaking() throws Exception {
    String after =
        shop()
            .replace(
                "publishedAt: { type: timestamp, optional: true }",
                "publishedAt: { type: timestamp }")
            .replace(
                "      total:      { type: Money }",
                "      total:      { type: Money, optional: true }");

    assertThat(changes(shop(), after))
        .containsExactlyInAnyOrder(
            "data shop.review.review_published.publishedAt is now required",
            "data shop.order.order_placed.total is now optional: consumers may receive null");
  }

  @Test
  void generateAsksFirstAndCheckFailsListingTheChange(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("dddgen.yaml");
    Files.writeString(file, shop());
    String out = dir.resolve("out").toString();
    CliRunner.Result first =
        CliRunner.run("generate", "--no-color", "-q", "-f", file.toString(), "-o", out, "--yes");
    assertThat(first.exitCode()).as(first.toString()).isEqualTo(ExitCodes.OK);
    assertThat(dir.resolve(".dddgen/snapshots")).isDirectory();

    Files.writeString(
        file,
        shop()
            .replace(
                "OrderCancelled: { fields: { reason: string } }",
                "OrderCancelled: { fields: {} }"));
    CliRunner.Result plan =
        CliRunner.run("generate", "--no-color", "-f", file.toString(), "-o", out, "--dry-run");
    CliRunner.Result check = CliRunner.run("check", "--no-color", "-f", file.toString(), "-o", out);
    CliRunner.Result json =
        CliRunner.run("check", "--format", "json", "-f", file.toString(), "-o", out);

    assertThat(plan.stdout())
        .as(plan.toString())
        .contains(
            "ask first: event contract change: removed or renamed data"
                + " shop.order.order_cancelled.reason");
    assertThat(check.exitCode()).as(check.toString()).isEqualTo(ExitCodes.STALE_OR_CONFLICT);
    assertThat(check.stdout())
        .contains("would break consumers of the events:")
        .contains("  removed or renamed data shop.order.order_cancelled.reason");
    assertThat(json.stdout())
        .contains(
            "\"breakingEventChanges\":[\"removed or renamed data"
                + " shop.order.order_cancelled.reason\"]");
  }

  @Test
  void checkPassesAnAddedOptionalFieldOnceGenerated(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("dddgen.yaml");
    Files.writeString(file, shop());
    String out = dir.resolve("out").toString();
    assertThat(
            CliRunner.run("generate", "-q", "-f", file.toString(), "-o", out, "--yes").exitCode())
        .isEqualTo(ExitCodes.OK);
    Files.writeString(file, withOptionalNote());

    CliRunner.Result plan =
        CliRunner.run("generate", "--no-color", "-f", file.toString(), "-o", out, "--dry-run");
    assertThat(plan.stdout()).as(plan.toString()).doesNotContain("event contract change");
    assertThat(
            CliRunner.run("generate", "-q", "-f", file.toString(), "-o", out, "--yes").exitCode())
        .isEqualTo(ExitCodes.OK);
    CliRunner.Result check = CliRunner.run("check", "--no-color", "-f", file.toString(), "-o", out);
    assertThat(check.exitCode()).as(check.toString()).isEqualTo(ExitCodes.OK);
  }
}
