package dev.dddgen.target.go;

import dev.dddgen.model.Aggregate;
import java.util.Map;

/** Keys of the persistence adapters: {@code postgres} and {@code memory}. */
final class PersistenceContext {
  private PersistenceContext() {}

  static void contribute(GoProject p, Aggregate a, Map<String, Object> aggregate) {}

  /** The {@code tables} of migrate_test.go. */
  static String tables(GoProject p) {
    return "";
  }

  /** Whether repository/optional.go is needed: optional value objects are stored. */
  static boolean needsOptionalBuilders(GoProject p) {
    return false;
  }
}
