package dev.dddgen.definition;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" for misspelt keys, types and names. */
public final class Suggestions {
  private Suggestions() {}

  /**
   * Longer than any name a definition allows: not worth suggesting for (and quadratic to compare).
   */
  static final int MAX_LENGTH = 64;

  public static Optional<String> closest(String input, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String lower = input.toLowerCase(Locale.ROOT);
    for (String candidate : candidates) {
      if (input.length() > MAX_LENGTH || candidate.length() > MAX_LENGTH) {
        continue;
      }
      int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance
          || (distance == bestDistance && best != null && candidate.compareTo(best) < 0)) {
        best = candidate;
        bestDistance = distance;
      }
    }
    int allowed = Math.max(1, Math.min(3, input.length() / 3));
    return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }

  /** "did you mean 'x'?" or, without a close candidate, "expected one of a, b, c". */
  public static String hint(String input, Collection<String> candidates) {
    return closest(input, candidates)
        .map(c -> "did you mean '" + c + "'?")
        .orElseGet(
            () -> candidates.isEmpty() ? "" : "expected one of: " + String.join(", ", candidates));
  }

  /** Damerau-Levenshtein (optimal string alignment) distance, so swapped letters count once. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
