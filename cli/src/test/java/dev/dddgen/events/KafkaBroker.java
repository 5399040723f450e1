package dev.dddgen.events;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A single-node Apache Kafka broker in KRaft mode (broker and controller in one process), run in
 * its own JVM from the Kafka jars on {@code classpath} (no Docker). Its ports are fixed when it is
 * made, so it can be started after a service that already points at it, and its log directory
 * outlives a stop.
 */
final class KafkaBroker implements Broker {
  /** A valid KRaft cluster id (22 characters of URL-safe base 64), the same on every format. */
  private static final String CLUSTER_ID = "ZGRkZ2VuLWV2ZW50cy10ZQ";

  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

  private final String classpath;
  private final Path dir;
  private final int port;
  private final int controllerPort;
  private Process process;

  private KafkaBroker(String classpath, Path dir, int port, int controllerPort) {
    this.classpath = classpath;
    this.dir = dir;
    this.port = port;
    this.controllerPort = controllerPort;
  }

  /** A broker on two free loopback ports, its storage formatted in {@code dir}; not started. */
  static KafkaBroker prepare(String classpath, Path dir) throws Exception {
    KafkaBroker broker = new KafkaBroker(classpath, dir, freePort(), freePort());
    Files.writeString(broker.properties(), broker.config(), StandardCharsets.UTF_8);
    broker.runToEnd(
        "kafka.tools.StorageTool",
        "format",
        "-t",
        CLUSTER_ID,
        "-c",
        broker.properties().toString());
    return broker;
  }

  /** {@code host:port}, as KAFKA_BOOTSTRAP_SERVERS takes it. */
  String bootstrapServers() {
    return "127.0.0.1:" + port;
  }

  /** Starts the broker and waits until it accepts connections. */
  @Override
  public void start() throws Exception {
    process =
        java("kafka.Kafka", properties().toString())
            .redirectOutput(dir.resolve("broker.log").toFile())
            .start();
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the Kafka broker exited:\n" + log());
      }
      if (listening()) {
        return;
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException(
        "the Kafka broker did not listen within " + START_TIMEOUT + ":\n" + log());
  }

  String log() throws IOException {
    Path log = dir.resolve("broker.log");
    return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
  }

  @Override
  public void close() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    }
  }

  private Path properties() {
    return dir.resolve("server.properties");
  }

  /** One node, one partition per topic, every internal topic with one replica. */
  private String config() {
    return String.join(
        "\n",
        List.of(
            "process.roles=broker,controller",
            "node.id=1",
            "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
            "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
            "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
            "controller.listener.names=CONTROLLER",
            "inter.broker.listener.name=PLAINTEXT",
            "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
            "log.dirs=" + dir.resolve("data"),
            "num.partitions=1",
            "auto.create.topics.enable=true",
            "offsets.topic.replication.factor=1",
            "transaction.state.log.replication.factor=1",
            "transaction.state.log.min.isr=1",
            "group.initial.rebalance.delay.ms=0",
            ""));
  }

  private boolean listening() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private ProcessBuilder java(String mainClass, String... args) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new java.util.ArrayList<>(List.of(java, "-Xmx512m", "-cp", classpath, mainClass));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
  }

  private void runToEnd(String mainClass, String... args) throws Exception {
    Path log = dir.resolve(mainClass + ".log");
    Process run = java(mainClass, args).redirectOutput(log.toFile()).start();
    if (!run.waitFor(2, TimeUnit.MINUTES) || run.exitValue() != 0) {
      run.destroyForcibly();
      throw new IllegalStateException(
          mainClass + " failed:\n" + Files.readString(log, StandardCharsets.UTF_8));
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
