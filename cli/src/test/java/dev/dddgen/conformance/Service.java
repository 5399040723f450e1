package dev.dddgen.conformance;

import dev.dddgen.testing.IdentityProvider;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A generated service running as a process on loopback, with its log captured to a file. {@link
 * #close} stops it as an operator would (SIGTERM), then forcibly if it does not go.
 */
final class Service implements AutoCloseable {
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

  private final String target;
  private final Process process;
  private final URI base;
  private final Path log;

  private Service(String target, Process process, URI base, Path log) {
    this.target = target;
    this.process = process;
    this.base = base;
    this.log = log;
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
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    Path log = dir.resolve("service-" + port + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().remove("MIGRATE_ON_START");
    builder.environment().put("DATABASE_URL", databaseUrl);
    builder.environment().put("HTTP_ADDR", "127.0.0.1:" + port);
    builder.environment().put("LOG_LEVEL", "info");
    builder.environment().putAll(IdentityProvider.shared().environment());
    builder.environment().putAll(environment);
    Service service =
        new Service(target, builder.start(), URI.create("http://127.0.0.1:" + port), log);
    try {
      service.awaitReady();
    } catch (Exception | AssertionError e) {
      service.close(); // a service that never became ready is not left running
      throw e;
    }
    return service;
  }

  private void awaitReady() throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plus(READY_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            target
                + " service exited with "
                + process.exitValue()
                + " before it was ready:\n"
                + log());
      }
      try {
        HttpRequest ready =
            HttpRequest.newBuilder(base.resolve("/readyz")).timeout(Duration.ofSeconds(2)).build();
        if (http.send(ready, BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException(
        target + " service not ready within " + READY_TIMEOUT + ":\n" + log());
  }

  String target() {
    return target;
  }

  URI base() {
    return base;
  }

  /** What the service has logged so far (stdout and stderr). */
  String log() throws IOException {
    return Files.readString(log, StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }
}
