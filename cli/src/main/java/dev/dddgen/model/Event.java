package dev.dddgen.model;

import java.util.List;

/**
 * A domain event. Each field is either copied from the aggregate when the event is recorded ({@code
 * fromAggregate}) or declared by the event and filled from the emitting command's parameter of the
 * same name.
 */
public record Event(String name, List<EventField> fields) {
  /**
   * The table every recorded event is written to, in the transaction of the change that records it,
   * until the service's relay has published it: no aggregate or entity may take its name.
   */
  public static final String OUTBOX_TABLE = "event_outbox";

  public record EventField(Field field, boolean fromAggregate) {}
}
