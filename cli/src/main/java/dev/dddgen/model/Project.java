package dev.dddgen.model;

import java.util.Optional;

/**
 * {@code target} is the id of the stack the project is generated for ({@code go}, {@code java}).
 * {@code module} is the Go module path, or the base package for the Java target. {@code group} and
 * {@code artifact} are the Maven coordinates the Java target writes when the definition sets them
 * (derived from the package and the name otherwise); the Go target has none.
 */
public record Project(
    String name,
    String target,
    String module,
    String output,
    Optional<String> group,
    Optional<String> artifact) {
  public Project(String name, String target, String module, String output) {
    this(name, target, module, output, Optional.empty(), Optional.empty());
  }
}
