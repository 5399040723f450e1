package dev.dddgen.stack.go;

import dev.dddgen.model.Aggregate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code tests.domain}: the cases of the generated domain tests. */
final class DomainTestsContext {
  private DomainTestsContext() {}

  static Map<String, Object> of(GoProject p, Aggregate a, Map<String, Object> aggregate) {
    return DomainTestsAggregate.of(p, a, aggregate);
  }

  static Map<String, Object> kase(String name, String key, String value, String wantFields) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", GoNames.quote(name));
    m.put(key, value);
    m.put("wantFields", wantFields == null ? List.of() : List.of(wantFields));
    return m;
  }
}
