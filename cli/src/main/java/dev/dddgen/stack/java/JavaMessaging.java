package dev.dddgen.stack.java;

import dev.dddgen.api.Events;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Command;
import dev.dddgen.model.Event;
import dev.dddgen.model.Scalar;
import dev.dddgen.naming.Names;
import dev.dddgen.stack.ArtifactCollector;
import dev.dddgen.stack.java.JavaProject.JField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Java service's side of the event contract ({@link Events}): the outbox its repositories write
 * the recorded events to, the relay that sends them to Kafka as CloudEvents, and their tests.
 * Nothing of it is generated when the project publishes no events.
 */
final class JavaMessaging {
  private final JavaProject p;
  private final Events events;
  private final JavaDomainEvents domainEvents;

  JavaMessaging(JavaProject project, Events events) {
    this.p = project;
    this.events = events;
    this.domainEvents = new JavaDomainEvents(project);
  }

  /** One member of an event's data: its JSON name and its value as the HTTP API writes it. */
  record Datum(String name, String value) {}

  /**
   * One event: its record type ({@code event}), its CloudEvents type and its data, read from the
   * record as {@code e}.
   */
  record Message(String event, String type, List<Datum> data) {}

  /** Under {@code outbox}: the event records' imports and their messages. */
  record Outbox(List<String> imports, List<Message> messages) {}

  /** The Kafka topic and CloudEvents source of one aggregate's events. */
  record Channel(String aggregate, String topic, String source, boolean first) {}

  /** Under {@code relay}: one channel per aggregate that records events. */
  record Relay(List<Channel> channels) {}

  /**
   * Under {@code outboxTest}: the events of a created {@code aggregate} ({@code factory} called
   * with {@code arguments} and the time), the first of which is {@code event} of CloudEvents {@code
   * type} on {@code topic}.
   */
  record OutboxTest(
      String aggregate,
      String factory,
      List<JavaViews.Part> arguments,
      String event,
      String type,
      String topic,
      List<String> imports) {}

  /** Adds the outbox, the relay and their tests to the plan, when events are published. */
  void addFiles(ArtifactCollector files, JavaContexts contexts) {
    if (!events.published()) {
      return;
    }
    String messaging = p.path("infrastructure.messaging");
    files.project(messaging + "Outbox.java", "java/messaging/outbox", Map.of("outbox", outbox()));
    files.project(
        messaging + "OutboxRelay.java", "java/messaging/outbox_relay", Map.of("relay", relay()));
    Optional<OutboxTest> test = outboxTest(contexts);
    if (test.isPresent()) {
      String tests = p.testPath("infrastructure.messaging");
      files.project(
          tests + "OutboxTest.java", "java/test/outbox_test", Map.of("outboxTest", test.get()));
      files.project(
          tests + "OutboxRelayTest.java",
          "java/test/outbox_relay_test",
          Map.of("outboxTest", test.get()));
    }
  }

  Outbox outbox() {
    Set<String> imports = new TreeSet<>();
    List<Message> messages = new ArrayList<>();
    for (Events.Channel channel : events.channels()) {
      Aggregate aggregate = channel.aggregate();
      for (Events.Message message : channel.messages()) {
        Event event = message.event();
        imports.add(JavaDomainEvents.eventType(p, aggregate, event).canonicalName());
        List<Datum> data = new ArrayList<>();
        for (Event.EventField ef : event.fields()) {
          JField f = domainEvents.eventField(aggregate, event, ef);
          if (f.isComposite()) {
            imports.add(p.pkg("application.dto") + "." + f.composite().simpleName() + "Dto");
          }
          data.add(new Datum(f.name(), dataValue(f, "e." + f.ident() + "()")));
        }
        messages.add(new Message(event.name(), message.type(), List.copyOf(data)));
      }
    }
    return new Outbox(List.copyOf(imports), List.copyOf(messages));
  }

  /**
   * A field of an event as the HTTP API writes it (the AsyncAPI document's data schemas are the
   * API's): an enum's name, a value object's value, a composite's DTO, a decimal as a string.
   */
  static String dataValue(JField f, String get) {
    if (f.isComposite()) {
      return f.composite().simpleName() + "Dto.from(" + get + ")";
    }
    String unwrap = f.isEnum() ? ".name()" : f.isValueObject() ? ".value()" : "";
    if (!f.isEnum() && f.scalar() == Scalar.DECIMAL) {
      unwrap += ".toPlainString()";
    }
    if (unwrap.isEmpty()) {
      return get;
    }
    return f.required() ? get + unwrap : get + " == null ? null : " + get + unwrap;
  }

  Relay relay() {
    List<Channel> channels = new ArrayList<>();
    for (Events.Channel c : events.channels()) {
      channels.add(new Channel(c.aggregate().name(), c.topic(), c.source(), channels.isEmpty()));
    }
    return new Relay(List.copyOf(channels));
  }

  /**
   * The tests' events come from the first aggregate whose create command records one: its factory
   * with the domain test's valid arguments.
   */
  Optional<OutboxTest> outboxTest(JavaContexts contexts) {
    for (Events.Channel channel : events.channels()) {
      Aggregate aggregate = channel.aggregate();
      Optional<Command> create = aggregate.command(Command.Kind.CREATE);
      if (create.isEmpty() || create.get().emits().isEmpty()) {
        continue;
      }
      String emitted = create.get().emits().get();
      Events.Message message =
          channel.messages().stream()
              .filter(m -> m.event().name().equals(emitted))
              .findFirst()
              .orElseThrow();
      JavaTestViews.Domain domain = contexts.aggregate(aggregate).tests().domain();
      // What the factory's valid arguments spell, as in the domain test.
      Set<String> imports = new TreeSet<>();
      for (JField f : p.inputs(aggregate)) {
        JavaTests.addTypeImports(p, f, imports, false);
      }
      for (JavaProject.JEntity e : p.entities(aggregate)) {
        imports.add("java.util.List");
        imports.add(e.type().canonicalName());
        for (JField f : e.fields()) {
          JavaTests.addTypeImports(p, f, imports, false);
        }
      }
      imports.add(p.entity(aggregate).canonicalName());
      imports.add("java.util.UUID"); // the outbox row's id, checked to be time-ordered
      return Optional.of(
          new OutboxTest(
              aggregate.name(),
              JavaProject.ident(Names.camel(create.get().name())),
              domain.validArguments(),
              emitted,
              message.type(),
              channel.topic(),
              List.copyOf(imports)));
    }
    return Optional.empty();
  }
}
