package dev.dddgen.target.go;

import dev.dddgen.model.Aggregate;
import dev.dddgen.model.ValueObject;
import java.util.Map;

/** {@code tests.domain}: the cases of the generated domain tests. */
final class DomainTestsContext {
  private DomainTestsContext() {}

  static Map<String, Object> of(GoProject p, Aggregate a, Map<String, Object> aggregate) {
    return Map.of();
  }

  static Map<String, Object> of(GoProject p, ValueObject vo, Map<String, Object> valueObject) {
    return Map.of();
  }
}
