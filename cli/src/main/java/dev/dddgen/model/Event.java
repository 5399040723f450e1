package dev.dddgen.model;

import java.util.List;

/**
 * A domain event. Each field is either copied from the aggregate when the event is recorded ({@code
 * fromAggregate}) or declared by the event and filled from the emitting command's parameter of the
 * same name.
 */
public record Event(String name, List<EventField> fields) {
  public record EventField(Field field, boolean fromAggregate) {}
}
