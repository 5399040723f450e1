package dev.dddgen.workspace;

import java.util.LinkedHashMap;
import java.util.Map;

/** How long each phase of a run took, in order, for {@code --verbose}. */
public final class Timings {
  private final Map<String, Long> nanos = new LinkedHashMap<>();
  private long last = System.nanoTime();

  /** Ends the current phase under {@code name}; the next phase starts now. */
  public void lap(String name) {
    long now = System.nanoTime();
    nanos.merge(name, now - last, Long::sum);
    last = now;
  }

  public String format() {
    StringBuilder text = new StringBuilder();
    long total = 0;
    for (Map.Entry<String, Long> phase : nanos.entrySet()) {
      text.append(String.format("  %-10s %7.1f ms%n", phase.getKey(), phase.getValue() / 1e6));
      total += phase.getValue();
    }
    return text.append(String.format("  %-10s %7.1f ms%n", "total", total / 1e6)).toString();
  }
}
