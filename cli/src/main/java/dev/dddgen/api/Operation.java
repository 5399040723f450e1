package dev.dddgen.api;

import dev.dddgen.model.Access;
import dev.dddgen.model.Field;
import java.util.List;
import java.util.Optional;

/**
 * One route of a resource, as every stack serves it and the contract documents it.
 *
 * @param name the command or query it runs ({@code CancelOrder}, {@code ListOrders})
 * @param actionVerb an action's verb ({@code Cancel}); empty for the other kinds
 * @param actionSegment an action's last path segment ({@code cancel}); empty for the other kinds
 * @param errors the statuses a client may get besides {@code success}, not counting any other
 *     problem (500...)
 * @param request the JSON body it reads; empty when it reads none
 * @param filters the fields a list compares for equality, read from the query string, before the
 *     page parameters ({@link Api#LIMIT} and {@link Api#CURSOR}) every list takes
 * @param ifMatch whether an If-Match header may give the version the route checks
 * @param access who may call it; a caller without a valid token gets {@link Denial#MISSING_TOKEN}
 *     or {@link Denial#INVALID_TOKEN}, one without a role it lists {@link Denial#MISSING_ROLE}
 */
public record Operation(
    Kind kind,
    String name,
    HttpMethod method,
    String path,
    Optional<String> actionVerb,
    Optional<String> actionSegment,
    Status success,
    List<Status> errors,
    Optional<Request> request,
    List<Field> filters,
    boolean ifMatch,
    Access access) {

  public Operation {
    errors = List.copyOf(errors);
    filters = List.copyOf(filters);
  }

  /** What an operation does: one per conventional use case, and actions. */
  public enum Kind {
    CREATE,
    LIST,
    GET,
    UPDATE,
    DELETE,
    ACTION
  }

  /** Whether the route is below one resource's id ({@code /orders/{id}...}). */
  public boolean byId() {
    return kind != Kind.CREATE && kind != Kind.LIST;
  }

  /** {@code POST /orders/{id}/cancel}. */
  public String route() {
    return method + " " + path;
  }
}
