package dev.dddgen.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A validated definition with every reference resolved: what the targets generate from. Lookups by
 * name are indexed, so generating n aggregates that refer to each other costs O(n), not O(n²).
 */
public final class DomainModel {
  private final Project project;
  private final List<ValueObject> valueObjects;
  private final List<Aggregate> aggregates;
  private final Security security;
  private final Map<String, ValueObject> valueObjectsByName = new HashMap<>();
  private final Map<String, Aggregate> aggregatesByName = new HashMap<>();

  public DomainModel(
      Project project,
      List<ValueObject> valueObjects,
      List<Aggregate> aggregates,
      Security security) {
    this.project = project;
    this.security = security;
    this.valueObjects = List.copyOf(valueObjects);
    this.aggregates = List.copyOf(aggregates);
    this.valueObjects.forEach(v -> valueObjectsByName.putIfAbsent(v.name(), v));
    this.aggregates.forEach(a -> aggregatesByName.putIfAbsent(a.name(), a));
  }

  public Project project() {
    return project;
  }

  /** How callers are authenticated, and the access of what the definition does not name. */
  public Security security() {
    return security;
  }

  public List<ValueObject> valueObjects() {
    return valueObjects;
  }

  public List<Aggregate> aggregates() {
    return aggregates;
  }

  /**
   * Whether recorded events leave the service: a broker is chosen and some aggregate records
   * events. The outbox table and the event contract exist only then.
   */
  public boolean publishesEvents() {
    return project.publishesEvents() && aggregates.stream().anyMatch(a -> !a.events().isEmpty());
  }

  public Optional<ValueObject> valueObject(String name) {
    return Optional.ofNullable(valueObjectsByName.get(name));
  }

  public Optional<Aggregate> aggregate(String name) {
    return Optional.ofNullable(aggregatesByName.get(name));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DomainModel that
        && project.equals(that.project)
        && valueObjects.equals(that.valueObjects)
        && aggregates.equals(that.aggregates)
        && security.equals(that.security);
  }

  @Override
  public int hashCode() {
    return Objects.hash(project, valueObjects, aggregates, security);
  }

  @Override
  public String toString() {
    return "DomainModel[project="
        + project
        + ", valueObjects="
        + valueObjects
        + ", aggregates="
        + aggregates
        + ", security="
        + security
        + "]";
  }
}
