package dev.dddgen.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * One instance of a generated service (either target) as a process on loopback, its log in a file
 * of its own: started with its settings, spoken to over HTTP, stopped as an operator would
 * (SIGTERM) or killed as a crash would (SIGKILL). The conformance suite and the event-delivery
 * tests start their services through it.
 */
public final class ServiceProcess implements AutoCloseable {
  /**
   * Settings a generated service reads that this JVM's environment must not pass on: each test
   * states the ones it means.
   */
  private static final List<String> INHERITED =
      List.of("MIGRATE_ON_START", "KAFKA_BOOTSTRAP_SERVERS", "NATS_URL");

  private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final Process process;
  private final URI base;
  private final Path log;

  private ServiceProcess(Process process, URI base, Path log) {
    this.process = process;
    this.base = base;
    this.log = log;
  }

  /**
   * Starts {@code command} in {@code dir} with {@code settings} and HTTP_ADDR on a free loopback
   * port, and waits until GET /readyz answers 200; {@code name} names its log file.
   */
  public static ServiceProcess start(
      List<String> command, Path dir, String name, Map<String, String> settings) throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    Path log = dir.resolve(name + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().keySet().removeAll(INHERITED);
    builder.environment().putAll(settings);
    builder.environment().put("HTTP_ADDR", "127.0.0.1:" + port);
    ServiceProcess service =
        new ServiceProcess(builder.start(), URI.create("http://127.0.0.1:" + port), log);
    try {
      service.awaitReady();
    } catch (Exception | AssertionError e) {
      service.close();
      throw e;
    }
    return service;
  }

  private void awaitReady() throws Exception {
    Instant deadline = Instant.now().plus(READY_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            log.getFileName() + ": the service exited with " + process.exitValue() + ":\n" + log());
      }
      try {
        if (get("/readyz").statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException(
        log.getFileName() + ": the service was not ready within " + READY_TIMEOUT + ":\n" + log());
  }

  public URI base() {
    return base;
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10)).build(),
        BodyHandlers.ofString());
  }

  /** A POST of {@code json} with the bearer {@code token} the service's access rules ask for. */
  public HttpResponse<String> post(String path, String json, String token)
      throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + token)
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        BodyHandlers.ofString());
  }

  public String log() throws IOException {
    return Files.readString(log, StandardCharsets.UTF_8);
  }

  /** SIGKILL: the process ends at once, as in a crash; nothing of it runs after. */
  public void kill() throws InterruptedException {
    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }
}
