package dev.dddgen.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dddgen.cli.CliRunner;
import dev.dddgen.definition.DefinitionException;
import dev.dddgen.definition.DefinitionLoader;
import dev.dddgen.definition.Problem;
import dev.dddgen.model.DomainModel;
import dev.dddgen.model.Event;
import dev.dddgen.schema.RelationalSchema;
import dev.dddgen.schema.SchemaBuilder;
import dev.dddgen.schema.Table;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The event contract of a definition: the broker chosen per target, the CloudEvents names, and when
 * events leave the service at all (the outbox table and the AsyncAPI document exist then).
 */
class EventsTest {
  private static String shop() throws Exception {
    return Files.readString(CliRunner.repo().resolve("examples/shop/dddgen.yaml"));
  }

  private static DomainModel load(String yaml) throws Exception {
    return DefinitionLoader.load("dddgen.yaml", yaml);
  }

  @Test
  void theShopsEventsAreNamedAfterProjectAggregateAndEvent() throws Exception {
    Events events = Events.of(load(shop()));

    assertThat(events.published()).isTrue();
    assertThat(events.broker()).isEqualTo("nats");
    assertThat(events.stream()).isEqualTo("SHOP");
    assertThat(events.subjects()).isEqualTo("shop.>");
    assertThat(events.channels())
        .extracting(Events.Channel::name, Events.Channel::topic, Events.Channel::source)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("order", "shop.order", "/shop/orders"),
            org.assertj.core.groups.Tuple.tuple("review", "shop.review", "/shop/reviews"));
    Events.Message placed = events.channels().get(0).messages().get(0);
    assertThat(placed.type()).isEqualTo("shop.order.order_placed");
    assertThat(placed.data())
        .extracting(dev.dddgen.model.Field::name)
        .containsExactly("customerId", "total");
  }

  @Test
  void eachTargetHasItsDefaultBrokerAndNoneKeepsEventsInTheService() throws Exception {
    String java =
        shop()
            .replace(
                "target: go, module: github.com/acme/shop", "target: java, module: com.acme.shop");
    assertThat(load(java).project().broker()).isEqualTo("kafka");
    assertThat(Events.of(load(java)).published()).isTrue();

    DomainModel none =
        load(shop().replace("output: backend }", "output: backend, events: { broker: none } }"));
    assertThat(none.project().broker()).isEqualTo("none");
    assertThat(Events.of(none).published()).isFalse();
    assertThat(Events.of(none).channels()).isEmpty();
    assertThat(SchemaBuilder.build(none).table(Event.OUTBOX_TABLE)).isEmpty();
  }

  @Test
  void aProjectWithoutEventsHasNoOutbox() throws Exception {
    DomainModel model =
        load(
            """
            version: 1
            project: { name: notes, target: go, module: example.com/notes }
            security: { default: public }
            aggregates:
              Note: { fields: { title: string } }
            """);

    assertThat(model.publishesEvents()).isFalse();
    assertThat(SchemaBuilder.build(model).table(Event.OUTBOX_TABLE)).isEmpty();
  }

  @Test
  void theOutboxTableComesAfterTheAggregatesTables() throws Exception {
    RelationalSchema schema = SchemaBuilder.build(load(shop()));

    Table outbox = schema.tables().get(schema.tables().size() - 1);
    assertThat(outbox.name()).isEqualTo(Event.OUTBOX_TABLE);
    assertThat(outbox.columns())
        .extracting(Table.Column::name)
        .containsExactly(
            "id",
            "position",
            "aggregate_type",
            "aggregate_id",
            "type",
            "payload",
            "occurred_at",
            "recorded_at",
            "sent_at");
    assertThat(outbox.column("payload").orElseThrow().type()).isEqualTo("jsonb");
    assertThat(outbox.column("sent_at").orElseThrow().nullable()).isTrue();
  }

  @Test
  void aBrokerTheTargetCannotPublishToIsALocatedProblem() throws Exception {
    String kafkaForGo =
        shop().replace("output: backend }", "output: backend, events: { broker: kafka } }");

    assertThatThrownBy(() -> load(kafkaForGo))
        .isInstanceOfSatisfying(
            DefinitionException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::format)
                    .containsExactly(
                        "dddgen.yaml:4:101: unknown broker 'kafka' for target 'go'"
                            + " — expected one of: nats, none"));
  }

  @Test
  void anAggregateMayNotTakeTheOutboxTablesName() throws Exception {
    String clash = shop().replace("  Category:\n", "  Category:\n    table: event_outbox\n");

    assertThatThrownBy(() -> load(clash))
        .isInstanceOfSatisfying(
            DefinitionException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::message)
                    .containsExactly(
                        "table 'event_outbox' of 'Category' is also used by 'the event outbox'"));
  }
}
