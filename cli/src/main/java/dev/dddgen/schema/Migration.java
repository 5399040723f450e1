package dev.dddgen.schema;

/**
 * One schema change with its reverse: {@code name} says what it does ({@code create_orders},
 * {@code add_subtitle_to_books}); {@code destructive} when applying it can lose data.
 */
public record Migration(String name, String up, String down, boolean destructive, String description) {}
