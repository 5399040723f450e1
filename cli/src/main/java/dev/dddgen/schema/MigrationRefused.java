package dev.dddgen.schema;

import java.util.List;
import java.util.Optional;

/** A definition change that no migration can apply safely as written; says what to change. */
public final class MigrationRefused extends RuntimeException {
  private final List<Refusal> refusals;

  /** Why one change is refused, and the field whose declaration asks for it, when one does. */
  public record Refusal(String reason, Optional<DeclaredField> field) {}

  /** A field by its name and the aggregate or entity that declares it. */
  public record DeclaredField(String owner, String name) {}

  public MigrationRefused(List<Refusal> refusals) {
    super(String.join("; ", refusals.stream().map(Refusal::reason).toList()));
    this.refusals = List.copyOf(refusals);
  }

  public List<Refusal> refusals() {
    return refusals;
  }
}
