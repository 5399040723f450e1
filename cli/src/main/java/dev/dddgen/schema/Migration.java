package dev.dddgen.schema;

import java.util.List;

/**
 * One schema change with its reverse: {@code name} says what it does ({@code create_orders}, {@code
 * add_subtitle_to_books}); {@code losses} names each step that can lose data (a dropped column, a
 * narrowed type, removed enum values), so a refusal can say exactly what is at stake.
 */
public record Migration(
    String name, String up, String down, String description, List<String> losses) {
  public Migration {
    losses = List.copyOf(losses);
  }

  /** Whether applying it can lose data: it then needs --allow-destructive. */
  public boolean destructive() {
    return !losses.isEmpty();
  }
}
