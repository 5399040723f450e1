package dev.dddgen.conformance;

import dev.dddgen.api.Events;
import dev.dddgen.api.Operation.Kind;
import dev.dddgen.api.Resource;
import dev.dddgen.conformance.Client.Request;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Cases of the service as a whole. The probes and documents ({@code /healthz}, {@code /readyz},
 * {@code /openapi.yaml}, and {@code /asyncapi.yaml} when events are published) answer without a
 * token. CORS, with {@link #ALLOWED_ORIGIN} in HTTP_CORS_ORIGINS: that origin's preflight and
 * requests get the CORS headers; another origin's get none and are otherwise answered as without
 * CORS (a preflight 200 with no body, a request as the route answers it), which is what go-chi/cors
 * does and the Fetch standard expects: the browser, not the server, withholds the answer.
 */
final class ServiceCases {
  /** The origin the suite's services allow; {@code .test} never resolves (RFC 2606). */
  static final String ALLOWED_ORIGIN = "https://app.conformance.test";

  private static final String OTHER_ORIGIN = "https://elsewhere.conformance.test";

  private final Conformance run;

  ServiceCases(Conformance run) {
    this.run = run;
  }

  /** The environment that sets the service's CORS origins. */
  static Map<String, String> environment() {
    return Map.of("HTTP_CORS_ORIGINS", ALLOWED_ORIGIN);
  }

  void run() {
    List<String> documents = new ArrayList<>(List.of("/healthz", "/readyz", "/openapi.yaml"));
    if (Events.of(run.api().model()).published()) {
      documents.add("/asyncapi.yaml");
    }
    for (String path : documents) {
      Answer answer = run.client().send(Request.of("GET", path, null, "Authorization", ""));
      // Only the status is the contract here: the documents' own bytes are each target's.
      run.record(
          "GET " + path + " without a token",
          "GET " + path,
          answer.statusOnly(),
          answer.status() == 200 ? List.of() : List.of("status " + answer.status() + ", not 200"));
    }
    cors();
  }

  private void cors() {
    Resource resource = run.api().resources().get(0);
    String collection = resource.collectionPath();
    String item =
        run.api().resources().stream()
            .filter(r -> r.operation(Kind.GET).isPresent())
            .findFirst()
            .map(r -> r.collectionPath() + "/" + UUID.randomUUID())
            .orElse("/healthz");
    preflight("CORS: an allowed origin's preflight", collection, ALLOWED_ORIGIN, true);
    preflight("CORS: another origin's preflight", collection, OTHER_ORIGIN, false);
    request("CORS: an allowed origin's request", item, ALLOWED_ORIGIN, true);
    request("CORS: another origin's request", item, OTHER_ORIGIN, false);
  }

  private void preflight(String name, String path, String origin, boolean allowed) {
    Request request =
        Request.of(
            "OPTIONS",
            path,
            null,
            "Authorization",
            "",
            "Origin",
            origin,
            "Access-Control-Request-Method",
            "POST",
            "Access-Control-Request-Headers",
            "authorization, content-type");
    HttpResponse<String> response = run.client().exchange(request);
    List<String> violations = new ArrayList<>();
    if (response.statusCode() != 200) {
      violations.add("status " + response.statusCode() + ", not 200");
    }
    HttpHeaders headers = response.headers();
    if (allowed) {
      expect(headers, "Access-Control-Allow-Origin", origin, violations);
      expectListing(headers, "Access-Control-Allow-Methods", "POST", violations);
      expectListing(headers, "Access-Control-Allow-Headers", "Authorization", violations);
      expectListing(headers, "Access-Control-Allow-Headers", "Content-Type", violations);
      expect(headers, "Access-Control-Max-Age", "300", violations);
    } else {
      noCorsHeaders(headers, violations);
    }
    run.record(name, request.describe(), Client.answer(response), violations);
  }

  private void request(String name, String path, String origin, boolean allowed) {
    Request request = Request.of("GET", path, null, "Origin", origin);
    HttpResponse<String> response = run.client().exchange(request);
    Answer answer = Client.answer(response);
    int expected = path.equals("/healthz") ? 200 : 404;
    List<String> violations =
        new ArrayList<>(
            expected == 200
                ? Expect.success(200).violations(answer)
                : Expect.problem(404, path).violations(answer));
    HttpHeaders headers = response.headers();
    if (allowed) {
      expect(headers, "Access-Control-Allow-Origin", origin, violations);
      expectListing(headers, "Access-Control-Expose-Headers", "ETag", violations);
      expectListing(headers, "Access-Control-Expose-Headers", "Location", violations);
    } else {
      noCorsHeaders(headers, violations);
    }
    run.record(name, request.describe(), answer, violations);
  }

  private static void expect(
      HttpHeaders headers, String name, String value, List<String> violations) {
    Optional<String> actual = headers.firstValue(name);
    if (!actual.equals(Optional.of(value))) {
      violations.add(name + " " + actual.orElse("(none)") + ", not " + value);
    }
  }

  /** A comma-separated header lists {@code value}, in any case (header names are). */
  private static void expectListing(
      HttpHeaders headers, String name, String value, List<String> violations) {
    List<String> listed = new ArrayList<>();
    headers.allValues(name).stream()
        .flatMap(v -> List.of(v.split(",")).stream())
        .map(v -> v.trim().toLowerCase(Locale.ROOT))
        .forEach(listed::add);
    if (!listed.contains(value.toLowerCase(Locale.ROOT))) {
      violations.add(name + " " + headers.allValues(name) + " does not list " + value);
    }
  }

  /** No Access-Control-* header: the browser withholds the answer from the page. */
  static void noCorsHeaders(HttpHeaders headers, List<String> violations) {
    headers.map().keySet().stream()
        .filter(h -> h.toLowerCase(Locale.ROOT).startsWith("access-control-"))
        .forEach(h -> violations.add("a CORS header for another origin: " + h));
  }
}
