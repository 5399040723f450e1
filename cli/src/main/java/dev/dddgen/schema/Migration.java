package dev.dddgen.schema;

import java.util.List;

/**
 * One schema change with its reverse: {@code name} says what it does ({@code create_orders}, {@code
 * add_subtitle_to_books}); {@code losses} names each step that can lose data (a dropped column, a
 * narrowed type, removed enum values), so a refusal can say exactly what is at stake; {@code
 * downCaveats} names each way the down script can fail on data the up step allowed (an enum value
 * it added and rows now hold), so the plan can say so before anyone relies on rolling back.
 */
public record Migration(
    String name,
    String up,
    String down,
    String description,
    List<String> losses,
    List<String> downCaveats) {
  public Migration {
    losses = List.copyOf(losses);
    downCaveats = List.copyOf(downCaveats);
  }

  public Migration(String name, String up, String down, String description, List<String> losses) {
    this(name, up, down, description, losses, List.of());
  }

  /** Whether applying it can lose data: it then needs --allow-destructive. */
  public boolean destructive() {
    return !losses.isEmpty();
  }
}
