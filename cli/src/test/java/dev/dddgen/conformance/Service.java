package dev.dddgen.conformance;

import dev.dddgen.testing.IdentityProvider;
import dev.dddgen.testing.ServiceProcess;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A generated service of one target running as a process on loopback ({@link ServiceProcess}), with
 * the settings every conformance run gives it: its database, the test identity provider, log level
 * info. {@link #close} stops it as an operator would (SIGTERM), then forcibly if it does not go.
 */
final class Service implements AutoCloseable {
  private static final AtomicInteger STARTED = new AtomicInteger();

  private final String target;
  private final ServiceProcess process;

  private Service(String target, ServiceProcess process) {
    this.target = target;
    this.process = process;
  }

  /**
   * Starts {@code command} in {@code dir} with the service's settings (DATABASE_URL, HTTP_ADDR on a
   * free loopback port) and waits until GET /readyz answers 200.
   */
  static Service start(String target, List<String> command, Path dir, String databaseUrl)
      throws Exception {
    return start(target, command, dir, databaseUrl, Map.of());
  }

  /** As {@link #start(String, List, Path, String)}, with {@code environment} added last. */
  static Service start(
      String target,
      List<String> command,
      Path dir,
      String databaseUrl,
      Map<String, String> environment)
      throws Exception {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("DATABASE_URL", databaseUrl);
    settings.put("LOG_LEVEL", "info");
    settings.putAll(IdentityProvider.shared().environment());
    settings.putAll(environment);
    // Two instances of one build may run from one folder: each logs to a file of its own.
    String name = "service-" + STARTED.incrementAndGet();
    return new Service(target, ServiceProcess.start(command, dir, name, settings));
  }

  String target() {
    return target;
  }

  URI base() {
    return process.base();
  }

  /** What the service has logged so far (stdout and stderr). */
  String log() throws IOException {
    return process.log();
  }

  @Override
  public void close() throws InterruptedException {
    process.close();
  }
}
