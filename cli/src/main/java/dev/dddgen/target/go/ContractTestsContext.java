package dev.dddgen.target.go;

import dev.dddgen.model.Aggregate;
import java.util.List;
import java.util.Map;

/** {@code tests.contract}: the repository contract tests, and the PostgreSQL-only ones. */
final class ContractTestsContext {
  private ContractTestsContext() {}

  static Map<String, Object> of(GoProject p, Aggregate a, Map<String, Object> aggregate) {
    return Map.of();
  }

  /** The {@code contract} key of contract_test.go. */
  static Map<String, Object> contract(GoProject p, List<Map<String, Object>> aggregates) {
    return Map.of();
  }

  /** The {@code references} key of postgres_test.go. */
  static List<Object> references(GoProject p) {
    return List.of();
  }
}
