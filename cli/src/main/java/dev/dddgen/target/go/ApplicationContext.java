package dev.dddgen.target.go;

import dev.dddgen.model.Aggregate;
import dev.dddgen.model.ValueObject;
import java.util.Map;

/** Keys of the application layer: command and query use cases, DTOs. */
final class ApplicationContext {
  private ApplicationContext() {}

  static void contribute(GoProject p, Aggregate a, Map<String, Object> aggregate) {}

  static void contribute(GoProject p, ValueObject vo, Map<String, Object> valueObject) {}

  /** Whether dto/optional.go is needed: an optional enum or value object is converted somewhere. */
  static boolean needsOptionalHelpers(GoProject p) {
    return false;
  }
}
