package dev.dddgen.events;

import static dev.dddgen.events.ShopCommands.DELIVERY_TIMEOUT;
import static dev.dddgen.events.ShopCommands.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dddgen.cli.CliRunner;
import dev.dddgen.schema.TestPostgres;
import dev.dddgen.testing.GeneratedBuilds;
import dev.dddgen.testing.ServiceProcess;
import dev.dddgen.testing.Tools;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Issue #19, black-box, Go target: the Go twin of {@link JavaEventDeliveryTest}. The generated shop
 * service, built as a binary, sends the events its commands record to a real NATS server with
 * JetStream (built from the nats-server Go module, run as a process of its own). Events recorded
 * while the broker is down arrive once it is up; an event committed just before the service is
 * killed (SIGKILL) arrives after a restart; with two instances sharing the database, each event is
 * in the stream once, in order per aggregate. Skipped without Go on the PATH, unless {@code
 * CI=true}: then it fails.
 *
 * <p>The stream is read as it is stored: a message published twice with the same id (Nats-Msg-Id)
 * within JetStream's duplicate window is stored once, so what the test reads is what a consumer
 * receives.
 */
class GoEventDeliveryTest extends EventDeliveryScenarios {
  private static final String STREAM = "SHOP";

  @TempDir static Path dir;
  private Path binary;
  private NatsBroker broker;

  @Override
  Broker prepare() throws Exception {
    Path go = Tools.onPath("go");
    if (go == null) {
      Tools.skipOrFailWithout("Go is not on the PATH");
    }
    Path backend = dir.resolve("backend");
    CliRunner.Result generated =
        CliRunner.run(
            "generate",
            "-q",
            "-f",
            CliRunner.repo().resolve("examples/shop/dddgen.yaml").toString(),
            "-o",
            backend.toString());
    assertThat(generated.exitCode()).as("generate: %s", generated).isZero();
    GeneratedBuilds.run(backend, Map.of(), go.toString(), "build", "-o", "bin/api", "./cmd/api");
    binary = backend.resolve("bin/api");
    broker =
        NatsBroker.prepare(
            go,
            Files.readString(backend.resolve("go.mod"), StandardCharsets.UTF_8),
            Files.createDirectories(dir.resolve("nats")));
    return broker;
  }

  @Override
  ServiceProcess start(String name, TestPostgres.Database database) throws Exception {
    Map<String, String> settings = settings(database);
    settings.put("NATS_URL", broker.url());
    settings.put("OUTBOX_RELAY_SEND_TIMEOUT", "2s");
    return ServiceProcess.start(List.of(binary.toString()), dir, name, settings);
  }

  /**
   * The CloudEvents in the stream that {@code wanted} accepts, oldest first: once {@code count} of
   * them are there, and again after {@code linger} (a duplicate would show then).
   */
  @Override
  List<JsonNode> receive(Predicate<JsonNode> wanted, int count, Duration linger) throws Exception {
    Instant deadline = Instant.now().plus(DELIVERY_TIMEOUT);
    List<JsonNode> received = stored(wanted);
    while (received.size() < count && Instant.now().isBefore(deadline)) {
      Thread.sleep(500);
      received = stored(wanted);
    }
    assertThat(received).as("events received within %s", DELIVERY_TIMEOUT).hasSize(count);
    if (linger.isZero()) {
      return received;
    }
    Thread.sleep(linger.toMillis());
    return stored(wanted);
  }

  private List<JsonNode> stored(Predicate<JsonNode> wanted) throws Exception {
    List<JsonNode> events = new ArrayList<>();
    for (String message : broker.messages(STREAM)) {
      JsonNode event = JSON.readTree(message);
      if (wanted.test(event)) {
        events.add(event);
      }
    }
    return events;
  }
}
