package dev.dddgen.events;

import static dev.dddgen.events.ShopCommands.awaitLog;
import static dev.dddgen.events.ShopCommands.cancelOrder;
import static dev.dddgen.events.ShopCommands.createCustomer;
import static dev.dddgen.events.ShopCommands.pending;
import static dev.dddgen.events.ShopCommands.placeOrder;
import static dev.dddgen.events.ShopCommands.subject;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dddgen.schema.TestPostgres;
import dev.dddgen.testing.IdentityProvider;
import dev.dddgen.testing.ServiceProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * Issue #19's delivery scenarios, one contract for every target: events recorded while the broker
 * is down arrive once it is up; an event committed just before the service is killed (SIGKILL)
 * arrives after a restart; with two instances sharing the database, each event arrives once, in
 * order per aggregate. A target's test builds its shop service and prepares its broker, and says
 * how to start the service and how to read what the broker received; this class runs PostgreSQL and
 * stops both. The broker is down until the first scenario starts it, and stays up for the others.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EventDeliveryScenarios {
  private Broker broker;
  private TestPostgres postgres;

  /**
   * Builds the target's shop service and prepares its broker, not started; skips the class (or
   * fails it under CI) when a tool it needs is missing.
   */
  abstract Broker prepare() throws Exception;

  @BeforeAll
  final void setUp() throws Exception {
    broker = prepare();
    postgres = TestPostgres.start();
  }

  @AfterAll
  final void tearDown() throws Exception {
    if (broker != null) {
      broker.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  /** A database of its own for one scenario, on the test's PostgreSQL server. */
  final TestPostgres.Database newDatabase() throws Exception {
    return postgres.newDatabase();
  }

  final void startBroker() throws Exception {
    broker.start();
  }

  /**
   * What every target's service is started with: the shared identity provider, {@code database},
   * and relay passes closer together than the default, so the scenarios wait less.
   */
  static Map<String, String> settings(TestPostgres.Database database) {
    Map<String, String> settings = new LinkedHashMap<>(IdentityProvider.shared().environment());
    settings.put("DATABASE_URL", database.migrateUrl());
    settings.put("OUTBOX_RELAY_INTERVAL", "200ms");
    return settings;
  }

  /**
   * An instance of the service on {@code database}, pointed at the broker; {@code name} names its
   * log.
   */
  abstract ServiceProcess start(String name, TestPostgres.Database database) throws Exception;

  /**
   * The CloudEvents on the orders' channel that {@code wanted} accepts: {@code count} of them, and
   * any more that arrive within {@code linger} after them (a duplicate would).
   */
  abstract List<JsonNode> receive(Predicate<JsonNode> wanted, int count, Duration linger)
      throws Exception;

  @Test
  @Order(1)
  void eventsRecordedWhileTheBrokerIsDownArriveOnceItIsUp() throws Exception {
    List<String> orders = new ArrayList<>();
    try (TestPostgres.Database database = newDatabase();
        ServiceProcess service = start("instance", database)) {
      String customer = createCustomer(service);
      for (int i = 0; i < 5; i++) {
        orders.add(placeOrder(service, customer));
      }
      // The relay must have met the broker down before it comes up, however slow the machine.
      awaitLog(service, "events wait in the outbox");
      assertThat(pending(service))
          .as("/readyz: the relay's lag while the broker is down")
          .isEqualTo(5);

      startBroker();

      List<JsonNode> events =
          receive(e -> orders.contains(subject(e)), orders.size(), Duration.ZERO);
      assertThat(events)
          .extracting(ShopCommands::subject)
          .containsExactlyInAnyOrderElementsOf(orders);
      assertThat(events)
          .allSatisfy(
              e -> assertThat(e.path("type").asString()).isEqualTo("shop.order.order_placed"));
      assertThat(service.log()).containsOnlyOnce("events wait in the outbox");
    }
  }

  @Test
  @Order(2)
  void anEventCommittedJustBeforeACrashArrivesAfterARestart() throws Exception {
    try (TestPostgres.Database database = newDatabase()) {
      String order;
      try (ServiceProcess service = start("killed", database)) {
        order = placeOrder(service, createCustomer(service));
        service.kill();
      }
      try (ServiceProcess restarted = start("restarted", database)) {
        // At least once: the killed instance may have sent it before it died, then it comes twice.
        assertThat(receive(e -> subject(e).equals(order), 1, Duration.ZERO)).isNotEmpty();
      }
    }
  }

  @Test
  @Order(3)
  void twoInstancesSendEachEventOnceInOrderPerAggregate() throws Exception {
    try (TestPostgres.Database database = newDatabase();
        ServiceProcess first = start("first", database);
        ServiceProcess second = start("second", database)) {
      String customer = createCustomer(first);
      List<String> orders = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        ServiceProcess service = i % 2 == 0 ? first : second;
        String order = placeOrder(service, customer);
        // A second event of the same order, through the other instance: its order must hold.
        ServiceProcess other = service == first ? second : first;
        cancelOrder(other, order);
        orders.add(order);
      }

      List<JsonNode> events =
          receive(e -> orders.contains(subject(e)), 2 * orders.size(), Duration.ofSeconds(3));

      Map<String, List<String>> typesByOrder = new LinkedHashMap<>();
      List<String> ids = new ArrayList<>();
      for (JsonNode event : events) {
        typesByOrder
            .computeIfAbsent(subject(event), k -> new ArrayList<>())
            .add(event.path("type").asString());
        ids.add(event.path("id").asString());
      }
      assertThat(ids)
          .as("each event received once")
          .doesNotHaveDuplicates()
          .hasSize(2 * orders.size());
      assertThat(typesByOrder.values())
          .as("each order's events in the order they were recorded")
          .allSatisfy(
              types ->
                  assertThat(types)
                      .containsExactly("shop.order.order_placed", "shop.order.order_cancelled"));
    }
  }
}
