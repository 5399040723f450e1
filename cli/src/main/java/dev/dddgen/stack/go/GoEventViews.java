package dev.dddgen.stack.go;

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
}
