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
 * @param readOnly the fields of a create or update body that only commands should change (lifecycle
 *     state), with the message a service that refuses one answers after the field's name ({@link
 *     ReadOnlyField#message()})
 */
public record Request(
    String schema,
    List<Field> fields,
    List<Entity> entities,
    Version version,
    boolean required,
    List<ReadOnlyField> readOnly) {

  public Request {
    fields = List.copyOf(fields);
    entities = List.copyOf(entities);
    readOnly = List.copyOf(readOnly);
  }

  /** A body that refuses no field by name but the unknown ones. */
  public Request(
      String schema, List<Field> fields, List<Entity> entities, Version version, boolean required) {
    this(schema, fields, entities, version, required, List.of());
  }

  /**
   * A field only commands change, with the commands that do.
   *
   * @param changedBy the actions that change it, in the definition's order; empty when only create
   *     sets it (to its default)
   */
  public record ReadOnlyField(Field field, List<String> changedBy) {
    public ReadOnlyField {
      changedBy = List.copyOf(changedBy);
    }

    /**
     * What a client that sent the field is told, after the field's name, alike on every stack:
     * {@code is read-only: changed by PayOrder, CancelOrder}.
     */
    public String message() {
      return changedBy.isEmpty()
          ? "is read-only: create sets it to its default"
          : "is read-only: changed by " + String.join(", ", changedBy);
    }
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
