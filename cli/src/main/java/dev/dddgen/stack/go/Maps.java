package dev.dddgen.stack.go;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small helpers to build template contexts: ordered maps, and sections of zero or one element. */
final class Maps {
  private Maps() {}

  /** An ordered map from alternating keys and values. */
  static Map<String, Object> of(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  /** A section rendered once with {@code value} as scope, or not at all. */
  static List<Object> section(Optional<?> value) {
    return value.<List<Object>>map(List::of).orElse(List.of());
  }

  static List<Object> sectionIf(boolean present, Object value) {
    return present ? List.of(value) : List.of();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Map<String, Object> context, String key) {
    return (Map<String, Object>) context.get(key);
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> list(Map<String, Object> context, String key) {
    return (List<Map<String, Object>>) context.get(key);
  }

  /** Marks the last element of a list of maps with {@code last: true}, the others false. */
  static List<Map<String, Object>> markLast(List<Map<String, Object>> items) {
    for (int i = 0; i < items.size(); i++) {
      items.get(i).put("last", i == items.size() - 1);
    }
    return items;
  }

  static <T> List<T> mutable(List<T> list) {
    return new ArrayList<>(list);
  }
}
