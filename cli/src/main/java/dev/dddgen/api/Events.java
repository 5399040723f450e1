package dev.dddgen.api;

import dev.dddgen.model.Aggregate;
import dev.dddgen.model.DomainModel;
import dev.dddgen.model.Event;
import dev.dddgen.model.Field;
import dev.dddgen.naming.Names;
import dev.dddgen.naming.Routes;
import java.util.ArrayList;
import java.util.List;

/**
 * The event contract the definition implies, decided once for every stack: which events leave the
 * service, and under which names. Each is published as a CloudEvents 1.0 structured JSON message
 * whose {@code type} is {@code <project>.<aggregate>.<event>} in snake case ({@code
 * shop.order.order_placed}), whose {@code source} is the aggregate's collection ({@code
 * /shop/orders}) and whose {@code subject} is the aggregate's id. NATS subjects are the types, in
 * one JetStream stream per project ({@code SHOP}, subjects {@code shop.>}); Kafka topics are one
 * per aggregate ({@code shop.order}), keyed by the aggregate id so that each aggregate's events
 * keep their order.
 *
 * @param published whether events leave the service ({@link DomainModel#publishesEvents()}): the
 *     outbox table and the AsyncAPI document exist only then
 * @param channels one per aggregate that records events, in the definition's order
 */
public record Events(
    boolean published, String broker, String stream, String subjects, List<Channel> channels) {

  /** The CloudEvents {@code specversion} every message carries. */
  public static final String SPEC_VERSION = "1.0";

  /** The content type of a CloudEvents structured JSON message. */
  public static final String CONTENT_TYPE = "application/cloudevents+json";

  /** The {@code datacontenttype} of every event's data. */
  public static final String DATA_CONTENT_TYPE = "application/json";

  public Events {
    channels = List.copyOf(channels);
  }

  /**
   * The events of one aggregate: {@code name} is the aggregate in snake case, {@code topic} the
   * Kafka topic, {@code source} the CloudEvents source.
   */
  public record Channel(
      Aggregate aggregate, String name, String topic, String source, List<Message> messages) {
    public Channel {
      messages = List.copyOf(messages);
    }
  }

  /**
   * One event: {@code type} is its CloudEvents type and NATS subject; {@code data} its fields in
   * the event's order (copied from the aggregate or declared by the event).
   */
  public record Message(Event event, String type, List<Field> data) {
    public Message {
      data = List.copyOf(data);
    }
  }

  public static Events of(DomainModel model) {
    String project = model.project().name();
    List<Channel> channels = new ArrayList<>();
    for (Aggregate aggregate : model.aggregates()) {
      if (aggregate.events().isEmpty()) {
        continue;
      }
      String name = Names.snake(aggregate.name());
      String topic = project + "." + name;
      List<Message> messages = new ArrayList<>();
      for (Event event : aggregate.events()) {
        messages.add(
            new Message(
                event,
                topic + "." + Names.snake(event.name()),
                event.fields().stream().map(Event.EventField::field).toList()));
      }
      channels.add(
          new Channel(
              aggregate,
              name,
              topic,
              "/" + project + "/" + Routes.resourceSegment(aggregate.plural()),
              messages));
    }
    boolean published = model.publishesEvents();
    return new Events(
        published,
        model.project().broker(),
        Names.screamingSnake(project),
        project + ".>",
        published ? channels : List.of());
  }
}
