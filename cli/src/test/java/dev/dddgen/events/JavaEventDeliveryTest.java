package dev.dddgen.events;

import static dev.dddgen.events.ShopCommands.DELIVERY_TIMEOUT;
import static dev.dddgen.events.ShopCommands.JSON;
import static dev.dddgen.events.ShopCommands.subject;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dddgen.cli.CliRunner;
import dev.dddgen.schema.TestPostgres;
import dev.dddgen.testing.ServiceProcess;
import dev.dddgen.testing.Tools;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.databind.JsonNode;

/**
 * Issue #19, black-box, Java target: the generated shop service, built and run as a jar, sends the
 * events its commands record to a real Kafka broker (KRaft, from the Kafka jars the generated
 * project's tests use, in a JVM of its own). Events recorded while the broker is down arrive once
 * it is up; an event committed just before the service is killed (SIGKILL) arrives after a restart;
 * with two instances sharing the database, each event is sent once. Skipped without Spring Boot in
 * the local Maven repository, unless {@code CI=true}: then it fails.
 *
 * <p>Each event is sent once because the relays claim the outbox's rows with {@code FOR UPDATE SKIP
 * LOCKED} in the transaction that marks them sent: no consumer-side de-duplication is needed here.
 * (The Kafka idempotent producer de-duplicates a producer's retries only, not two instances; a
 * relay killed between the broker's acknowledgement and its commit sends again, under the same
 * CloudEvents id, which is what consumers de-duplicate by.)
 */
class JavaEventDeliveryTest extends EventDeliveryScenarios {
  private static final String TOPIC = "shop.order";

  @TempDir static Path dir;
  private static Path backend;
  private KafkaBroker broker;

  @Override
  Broker prepare() throws Exception {
    Path springBoot =
        Path.of(
            System.getProperty("user.home"),
            ".m2/repository/org/springframework/boot/spring-boot-starter-parent");
    if (!Files.isDirectory(springBoot)) {
      Tools.skipOrFailWithout(
          "Spring Boot is not in the local Maven repository (" + springBoot + ")");
    }
    Path definition = dir.resolve("dddgen.yaml");
    Files.writeString(
        definition,
        asJava(Files.readString(CliRunner.repo().resolve("examples/shop/dddgen.yaml"))));
    backend = dir.resolve("backend");
    CliRunner.Result generated =
        CliRunner.run("generate", "-q", "-f", definition.toString(), "-o", backend.toString());
    assertThat(generated.exitCode()).as("generate: %s", generated).isZero();
    mvnw("-B", "-q", "-DskipTests", "package");
    // The broker runs from the Kafka jars of the generated project's own tests (spring-kafka-test).
    Path classpath = dir.resolve("kafka.classpath");
    mvnw(
        "-B",
        "-q",
        "dependency:build-classpath",
        "-Dmdep.includeScope=test",
        "-Dmdep.outputFile=" + classpath);
    broker =
        KafkaBroker.prepare(
            Files.readString(classpath, StandardCharsets.UTF_8).strip(),
            Files.createDirectories(dir.resolve("kafka")));
    return broker;
  }

  @Override
  ServiceProcess start(String name, TestPostgres.Database database) throws Exception {
    Path jar;
    try (Stream<Path> jars = Files.list(backend.resolve("target"))) {
      jar = jars.filter(p -> p.toString().endsWith("-SNAPSHOT.jar")).findFirst().orElseThrow();
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Map<String, String> settings = settings(database);
    settings.put("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
    return ServiceProcess.start(List.of(java, "-jar", jar.toString()), backend, name, settings);
  }

  /**
   * The CloudEvents on the orders' topic that {@code wanted} accepts: {@code count} of them, and
   * any more that arrive within {@code linger} after them (a duplicate would).
   */
  @Override
  List<JsonNode> receive(Predicate<JsonNode> wanted, int count, Duration linger) {
    List<JsonNode> received = new ArrayList<>();
    Instant deadline = Instant.now().plus(DELIVERY_TIMEOUT);
    try (KafkaConsumer<String, byte[]> consumer = consumer()) {
      while (received.size() < count && Instant.now().isBefore(deadline)) {
        poll(consumer, wanted, received);
      }
      assertThat(received).as("events received within %s", DELIVERY_TIMEOUT).hasSize(count);
      Instant lingered = Instant.now().plus(linger);
      while (Instant.now().isBefore(lingered)) {
        poll(consumer, wanted, received);
      }
    }
    return received;
  }

  private void poll(
      KafkaConsumer<String, byte[]> consumer, Predicate<JsonNode> wanted, List<JsonNode> into) {
    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
      JsonNode event = JSON.readTree(record.value());
      assertThat(record.key()).as("the record key: the order's id").isEqualTo(subject(event));
      if (wanted.test(event)) {
        into.add(event);
      }
    }
  }

  /** A consumer of the whole topic from its start, in a group of its own. */
  private KafkaConsumer<String, byte[]> consumer() {
    Properties config = new Properties();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    config.put(ConsumerConfig.GROUP_ID_CONFIG, "delivery-test-" + UUID.randomUUID());
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, "1000");
    KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    consumer.subscribe(List.of(TOPIC));
    return consumer;
  }

  /** The definition with {@code project.target: java} and a package as its module. */
  @SuppressWarnings("unchecked")
  private static String asJava(String text) {
    Map<String, Object> root =
        (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(text);
    Map<String, Object> project = new LinkedHashMap<>((Map<String, Object>) root.get("project"));
    project.put("target", "java");
    project.put(
        "module",
        "dev.events."
            + String.valueOf(project.get("name"))
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]", ""));
    Map<String, Object> copy = new LinkedHashMap<>(root);
    copy.put("project", project);
    return new Dump(DumpSettings.builder().build()).dumpToString(copy);
  }

  private static void mvnw(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(backend.resolve("mvnw").toString()));
    command.addAll(List.of(args));
    Path log = dir.resolve("build.log");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(backend.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process process = builder.start();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      throw new AssertionError(String.join(" ", command) + " timed out");
    }
    assertThat(process.exitValue())
        .as("%s:\n%s", String.join(" ", command), Files.readString(log, StandardCharsets.UTF_8))
        .isZero();
  }
}
