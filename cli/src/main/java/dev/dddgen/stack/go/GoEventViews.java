package dev.dddgen.stack.go;

import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * The Go spelling of the events the service publishes ({@link dev.dddgen.api.Events}): what the API
 * package, the router and the relay's wiring render from.
 */
public final class GoEventViews {
  private GoEventViews() {}

  /**
   * Under {@code events}: {@code published} when recorded events go through the outbox to a broker
   * (and api/asyncapi.yaml is served).
   */
  public record Events(boolean published) {}

  static Events of(dev.dddgen.api.Events events) {
    return new Events(events.published());
  }

  /**
   * Whether the repository writes {@code a}'s recorded events to the outbox, in the transaction of
   * the change: the service publishes events and {@code a} declares some.
   */
  static boolean outbox(GoProject p, Aggregate a) {
    return p.events().published() && !a.events().isEmpty();
  }

  /**
   * The data of one aggregate's events as their messages carry it (go/application/dto/events, under
   * {@code eventData}): the aggregate package's qualifier {@code ref}, one entry per event.
   */
  public record EventData(String aggregate, String ref, List<EventDataType> events) {}

  /**
   * One event's data: the DTO type ({@code dataType}) and the function filling it from the event
   * ({@code fromDomain}), its fields read from the event {@code e}.
   */
  public record EventDataType(
      String name,
      String dataType,
      String fromDomain,
      boolean blankBefore,
      List<GoApplicationViews.AppField> fields) {
    public boolean hasFields() {
      return !fields.isEmpty();
    }
  }

  static EventData data(GoProject p, Aggregate a) {
    String ref = p.names(a).ref();
    List<EventDataType> events = new ArrayList<>();
    for (dev.dddgen.model.Event event : a.events()) {
      List<GoApplicationViews.AppField> fields = new ArrayList<>();
      for (dev.dddgen.model.Event.EventField eventField : event.fields()) {
        Field field = eventField.field();
        String exported = GoNames.exported(field.name());
        GoTypes types =
            GoTypes.of(p.model(), ref, field, GoTypes.enumTypeName(a, event.name(), field));
        fields.add(
            new GoApplicationViews.AppField(
                field.name(),
                exported,
                types.command(),
                types.dto(),
                GoApplicationViews.fromValue(p.model(), field, "e." + exported),
                GoApplicationViews.jsonWriter(p.model(), field)));
      }
      String dataType = dataType(p, a, event.name());
      events.add(
          new EventDataType(
              event.name(),
              dataType,
              dataType + "FromDomain",
              !events.isEmpty(),
              List.copyOf(fields)));
    }
    return new EventData(a.name(), ref, List.copyOf(events));
  }

  /**
   * The dto type of an event's data: {@code OrderPlacedData}; prefixed with the aggregate ({@code
   * OrderCreatedData}) when another aggregate declares an event of the same name, since the data of
   * every aggregate's events shares package dto.
   */
  static String dataType(GoProject p, Aggregate a, String event) {
    boolean own = a.events().stream().anyMatch(e -> e.name().equals(event));
    boolean shared = p.eventDeclarers(event) > (own ? 1 : 0);
    return (shared ? a.name() : "") + event + "Data";
  }

  /**
   * What the outbox and its relay render from (go/infrastructure/messaging/outbox and relay, under
   * {@code relay}): the JetStream {@code stream} and its {@code subjects}, and each aggregate's
   * events.
   */
  public record Relay(
      String stream, String subjects, List<RelayChannel> channels, RelaySample sample) {}

  /** The event the relay's generated test sends: the first event of the first aggregate. */
  public record RelaySample(
      String aggregate, String ref, String event, String type, String source) {}

  /** The events of one aggregate: its name (the outbox's aggregate_type) and CloudEvents source. */
  public record RelayChannel(
      String aggregate, String ref, String source, List<RelayMessage> messages) {}

  /**
   * One event: its Go type in the aggregate package, CloudEvents type (also its NATS subject) and
   * the dto function giving its data.
   */
  public record RelayMessage(String event, String type, String data) {}

  static Relay relay(GoProject p) {
    dev.dddgen.api.Events events = dev.dddgen.api.Events.of(p.model());
    List<RelayChannel> channels = new ArrayList<>();
    for (dev.dddgen.api.Events.Channel channel : events.channels()) {
      List<RelayMessage> messages = new ArrayList<>();
      for (dev.dddgen.api.Events.Message message : channel.messages()) {
        String name = message.event().name();
        messages.add(
            new RelayMessage(
                name, message.type(), dataType(p, channel.aggregate(), name) + "FromDomain"));
      }
      channels.add(
          new RelayChannel(
              channel.aggregate().name(),
              p.names(channel.aggregate()).ref(),
              channel.source(),
              List.copyOf(messages)));
    }
    RelayChannel first = channels.get(0);
    RelayMessage event = first.messages().get(0);
    return new Relay(
        events.stream(),
        events.subjects(),
        List.copyOf(channels),
        new RelaySample(
            first.aggregate(), first.ref(), event.event(), event.type(), first.source()));
  }

  /**
   * An aggregate whose repository writes the outbox, as the repository's outbox test names it: its
   * package qualifier, the {@code repositories} member, and an event it declares.
   */
  public record OutboxTestAggregate(String name, String ref, String pluralLocal, String event) {}

  static List<OutboxTestAggregate> outboxTests(GoProject p) {
    List<OutboxTestAggregate> out = new ArrayList<>();
    for (Aggregate a : p.model().aggregates()) {
      if (outbox(p, a)) {
        GoProject.AggregateNames n = p.names(a);
        out.add(
            new OutboxTestAggregate(a.name(), n.ref(), n.pluralLocal(), a.events().get(0).name()));
      }
    }
    return List.copyOf(out);
  }
}
