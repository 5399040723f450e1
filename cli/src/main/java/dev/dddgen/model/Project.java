package dev.dddgen.model;

import java.util.Optional;

/**
 * {@code target} is the id of the stack the project is generated for ({@code go}, {@code java}).
 * {@code module} is the Go module path, or the base package for the Java target. {@code group} and
 * {@code artifact} are the Maven coordinates the Java target writes when the definition sets them
 * (derived from the package and the name otherwise); the Go target has none. {@code broker} is the
 * message broker the service publishes its domain events to through its outbox ({@code nats},
 * {@code kafka}), or {@link #NO_BROKER}: events then stay in the service.
 */
public record Project(
    String name,
    String target,
    String module,
    String output,
    Optional<String> group,
    Optional<String> artifact,
    String broker) {
  /** {@code project.events.broker}'s value for a service whose events stay in the process. */
  public static final String NO_BROKER = "none";

  public Project(String name, String target, String module, String output) {
    this(name, target, module, output, Optional.empty(), Optional.empty(), NO_BROKER);
  }

  /** Whether recorded events leave the service: through the outbox, to a broker. */
  public boolean publishesEvents() {
    return !broker.equals(NO_BROKER);
  }
}
