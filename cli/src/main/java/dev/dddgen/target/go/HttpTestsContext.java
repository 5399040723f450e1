package dev.dddgen.target.go;

import dev.dddgen.model.Aggregate;
import java.util.Map;

/** {@code tests.http}: the cases of the generated HTTP handler tests. */
final class HttpTestsContext {
  private HttpTestsContext() {}

  static Map<String, Object> of(GoProject p, Aggregate a, Map<String, Object> aggregate) {
    return Map.of();
  }

  /** The {@code common} key of common_test.go. */
  static Map<String, Object> common(GoProject p) {
    return Map.of();
  }
}
