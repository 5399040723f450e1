package dev.dddgen.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A context as plain maps and lists, for printing it ('templates context'): a view record becomes a
 * map of its names (components in declaration order, then derived values), an Optional its value or
 * null; maps and lists are copied with their items converted the same way.
 */
public final class ViewTree {
  private ViewTree() {}

  /** The names a view record offers templates: components in declaration order, then derived. */
  public static List<String> names(Class<? extends Record> view) {
    return List.copyOf(ViewAccessors.of(view).names());
  }

  public static Object of(Object value) {
    if (value instanceof Record view) {
      ViewAccessors accessors = ViewAccessors.of(view.getClass());
      Map<String, Object> out = new LinkedHashMap<>();
      for (String name : accessors.names()) {
        out.put(name, of(accessors.get(view, name, null)));
      }
      return out;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((key, item) -> out.put(String.valueOf(key), of(item)));
      return out;
    }
    if (value instanceof Iterable<?> items) {
      List<Object> out = new ArrayList<>();
      items.forEach(item -> out.add(of(item)));
      return out;
    }
    if (value instanceof Optional<?> optional) {
      return optional.map(ViewTree::of).orElse(null);
    }
    return value;
  }
}
