package dev.dddgen.definition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The keys a fast reader has read so far in one mapping, to notice a duplicate (which it leaves to
 * the composer path to report): compared one by one while there are few, as most mappings have,
 * and hashed once there are many.
 */
final class SeenKeys {
  private static final int FEW = 8;
  private final List<String> few = new ArrayList<>(FEW);
  private Set<String> many;

  /** Whether {@code key} is new in this mapping; it is remembered either way. */
  boolean add(String key) {
    if (many != null) {
      return many.add(key);
    }
    if (few.contains(key)) {
      return false;
    }
    few.add(key);
    if (few.size() > FEW) {
      many = new HashSet<>(few);
    }
    return true;
  }
}
