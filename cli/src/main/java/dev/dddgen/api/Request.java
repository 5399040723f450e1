package dev.dddgen.api;

import dev.dddgen.model.Entity;
import dev.dddgen.model.Field;
import java.util.List;

/**
 * The JSON body of a create, update or action: the fields it carries (unknown ones are refused),
 * the entity lists of a create or update, and how it gives the version the write checks.
 *
 * @param schema the name of the body's type ({@code CreateOrderRequest})
 * @param required whether a request must have a body: false only for an action whose parameters may
 *     all be left out
 */
public record Request(
    String schema, List<Field> fields, List<Entity> entities, Version version, boolean required) {

  public Request {
    fields = List.copyOf(fields);
    entities = List.copyOf(entities);
  }

  /** How the body gives the version of the resource it changes. */
  public enum Version {
    /** A create has no version yet. */
    NONE,
    /** An update must give it, in the body or else in If-Match. */
    REQUIRED,
    /** An action may give it, in the body or in If-Match; without it the write is unconditional. */
    OPTIONAL
  }
}
