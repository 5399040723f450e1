package dev.dddgen.model;

import java.util.List;
import java.util.Optional;

/** A validated definition with every reference resolved: what the targets generate from. */
public record DomainModel(Project project, List<ValueObject> valueObjects, List<Aggregate> aggregates) {

  public Optional<ValueObject> valueObject(String name) {
    return valueObjects.stream().filter(v -> v.name().equals(name)).findFirst();
  }

  public Optional<Aggregate> aggregate(String name) {
    return aggregates.stream().filter(a -> a.name().equals(name)).findFirst();
  }
}
