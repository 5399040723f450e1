package dev.dddgen.workspace;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How long each phase of a run took, in order, for {@code --verbose}: wall time, and, once {@link
 * #measureCpu} was called, the CPU time of the whole process (all threads and the JVM's own), whose
 * ratio to wall time says how well a phase used the cores.
 */
public final class Timings {
  private final Map<String, long[]> phases = new LinkedHashMap<>();
  private long last = System.nanoTime();
  private com.sun.management.OperatingSystemMXBean os;
  private long lastCpu;

  /**
   * Also measures CPU time from now on. Left out of ordinary runs: the management beans cost a cold
   * start some milliseconds.
   */
  public void measureCpu() {
    if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean bean) {
      os = bean;
      lastCpu = bean.getProcessCpuTime();
    }
  }

  /** Ends the current phase under {@code name}; the next phase starts now. */
  public void lap(String name) {
    long now = System.nanoTime();
    long cpu = os == null ? 0 : os.getProcessCpuTime();
    long[] phase = phases.computeIfAbsent(name, n -> new long[2]);
    phase[0] += now - last;
    phase[1] += cpu - lastCpu;
    last = now;
    lastCpu = cpu;
  }

  public String format() {
    StringBuilder text = new StringBuilder();
    long[] total = new long[2];
    for (Map.Entry<String, long[]> phase : phases.entrySet()) {
      text.append(line(phase.getKey(), phase.getValue()));
      total[0] += phase.getValue()[0];
      total[1] += phase.getValue()[1];
    }
    text.append(line("total", total));
    if (os != null) {
      long uptime = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
      text.append(
          String.format(
              "  (JVM up %d ms; process CPU %.1f ms)%n", uptime, os.getProcessCpuTime() / 1e6));
    }
    return text.toString();
  }

  private String line(String name, long[] phase) {
    return os == null
        ? String.format("  %-10s %7.1f ms%n", name, phase[0] / 1e6)
        : String.format(
            "  %-10s %7.1f ms wall %7.1f ms CPU%n", name, phase[0] / 1e6, phase[1] / 1e6);
  }
}
