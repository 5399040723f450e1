package dev.dddgen.target.go;

import dev.dddgen.model.Aggregate;
import dev.dddgen.model.ValueObject;
import java.util.Map;

/** Keys of the HTTP interface: {@code http}, command routes, request types. */
final class HttpContext {
  private HttpContext() {}

  static void contribute(GoProject p, Aggregate a, Map<String, Object> aggregate) {}

  static void contribute(GoProject p, ValueObject vo, Map<String, Object> valueObject) {}

  /** Which typed query-string readers request.go needs. */
  static Map<String, Object> readers(GoProject p) {
    return Map.of();
  }
}
