package dev.dddgen.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Ordered maps from alternating keys and values: the OpenAPI document keeps the order it is built
 * in.
 */
final class OrderedMaps {
  private OrderedMaps() {}

  static Map<String, Object> of(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
