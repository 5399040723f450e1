package dev.dddgen.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dddgen.testing.IdentityProvider;
import dev.dddgen.testing.ServiceProcess;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The commands the event-delivery tests send a generated shop service (examples/shop, either
 * target), as its admin: new customers, orders placed (OrderPlaced) and cancelled (OrderCancelled).
 */
final class ShopCommands {
  static final JsonMapper JSON = JsonMapper.builder().build();

  /** How long a test waits for an event, or for a log line. */
  static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(90);

  /** The shop's admin may create customers and place and cancel anyone's orders. */
  private static final String ADMIN =
      IdentityProvider.shared()
          .rs256(IdentityProvider.claims("delivery-test", "roles", List.of("admin")));

  private ShopCommands() {}

  static String createCustomer(ServiceProcess service) throws Exception {
    String email = UUID.randomUUID() + "@example.com";
    var created =
        service.post("/customers", "{\"email\":\"" + email + "\",\"name\":\"Ann\"}", ADMIN);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return JSON.readTree(created.body()).path("id").asString();
  }

  static String placeOrder(ServiceProcess service, String customer) throws Exception {
    var placed =
        service.post(
            "/orders",
            "{\"customerId\":\""
                + customer
                + "\",\"total\":{\"amount\":\"12.50\",\"currency\":\"EUR\"}}",
            ADMIN);
    assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
    return JSON.readTree(placed.body()).path("id").asString();
  }

  static void cancelOrder(ServiceProcess service, String order) throws Exception {
    var cancelled = service.post("/orders/" + order + "/cancel", "{\"reason\":\"test\"}", ADMIN);
    assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
  }

  /** The number of events waiting in the service's outbox, as /readyz reports it. */
  static long pending(ServiceProcess service) throws Exception {
    return JSON.readTree(service.get("/readyz").body()).path("outbox").path("pending").asLong();
  }

  static void awaitLog(ServiceProcess service, String text) throws Exception {
    Instant deadline = Instant.now().plus(DELIVERY_TIMEOUT);
    while (!service.log().contains(text)) {
      assertThat(Instant.now())
          .as("'%s' logged within %s", text, DELIVERY_TIMEOUT)
          .isBefore(deadline);
      Thread.sleep(200);
    }
  }

  static String subject(JsonNode event) {
    return event.path("subject").asString();
  }
}
