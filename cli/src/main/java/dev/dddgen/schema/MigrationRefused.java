package dev.dddgen.schema;

import java.util.List;

/** A definition change that no migration can apply safely as written; says what to change. */
public final class MigrationRefused extends RuntimeException {
  private final List<String> reasons;

  public MigrationRefused(List<String> reasons) {
    super(String.join("; ", reasons));
    this.reasons = List.copyOf(reasons);
  }

  public List<String> reasons() {
    return reasons;
  }
}
