package dev.dddgen.conformance;

import dev.dddgen.api.Api;
import dev.dddgen.api.Denial;
import dev.dddgen.api.Operation;
import dev.dddgen.api.Resource;
import dev.dddgen.conformance.Client.Request;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A service whose JWKS cannot be fetched (its URL a closed loopback port): every operation that
 * needs a token answers a valid token 503 problem+json, never lets it through; a request without a
 * token is still 401, and the probes and public operations still answer.
 */
final class KeysDownCases {
  private final Api api;
  private final Client client;
  private final List<Outcome> outcomes = new ArrayList<>();

  KeysDownCases(Api api, Service service) {
    this.api = api;
    this.client = Client.withEveryRole(api, service, "keys-down");
  }

  /** The environment that points a service at a JWKS nothing serves. */
  static Map<String, String> environment() {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.of("JWT_JWKS_URL", "http://127.0.0.1:" + port + "/jwks.json");
  }

  List<Outcome> run() {
    Answer ready = client.send(Request.of("GET", "/readyz", null, "Authorization", ""));
    record(
        "keys down: GET /readyz",
        "GET /readyz",
        ready.statusOnly(),
        ready.status() == 200 ? List.of() : List.of("status " + ready.status() + ", not 200"));
    boolean firstProtected = true;
    for (Resource resource : api.resources()) {
      for (Operation op : resource.operations()) {
        String path = op.path().replace("{id}", UUID.randomUUID().toString());
        String body = op.request().isPresent() ? "{}" : null;
        String name = "keys down: " + resource.name() + ": " + op.name();
        if (op.access().isPublic()) {
          Answer answer = client.send(Request.of(op.method().name(), path, body));
          // The status alone: a list's rows are what the fuzzers left, which differ per target.
          record(
              name + " (public)",
              op.method() + " " + path,
              answer.statusOnly(),
              answer.status() >= 500 || answer.status() == 401
                  ? List.of("a public route failed without its keys: " + answer.status())
                  : List.of());
          continue;
        }
        Answer answer = client.send(Request.of(op.method().name(), path, body));
        List<String> violations =
            new ArrayList<>(Expect.problem(503, pathOnly(path)).violations(answer));
        record(name + " with a valid token", op.method() + " " + path, answer, violations);
        if (firstProtected) {
          firstProtected = false;
          Answer none =
              client.send(Request.of(op.method().name(), path, body, "Authorization", ""));
          List<String> refused =
              new ArrayList<>(Expect.problem(401, pathOnly(path)).violations(none));
          String challenge = Denial.MISSING_TOKEN.challenge();
          if (!none.challenge().equals(Optional.of(challenge))) {
            refused.add(
                "WWW-Authenticate " + none.challenge().orElse("(none)") + ", not " + challenge);
          }
          record(name + " without a token", op.method() + " " + path, none, refused);
        }
      }
    }
    return List.copyOf(outcomes);
  }

  private void record(String name, String request, Answer answer, List<String> violations) {
    outcomes.add(new Outcome(name, request, answer, violations));
  }

  private static String pathOnly(String path) {
    int query = path.indexOf('?');
    return query < 0 ? path : path.substring(0, query);
  }
}
