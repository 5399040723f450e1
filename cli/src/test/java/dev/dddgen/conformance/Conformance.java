package dev.dddgen.conformance;

import dev.dddgen.api.Api;
import dev.dddgen.api.Resource;
import dev.dddgen.api.Sample;
import dev.dddgen.conformance.Client.Request;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Runs every case of the contract against one service: per resource of the api, its reads, its
 * request bodies, its writes, its lifecycle, its security; then the cases of the service as a whole
 * ({@link ServiceCases}) and of no resource. Each case sends one request, checks the answer against
 * what the contract requires and records it; a case that cannot run (its fixtures were refused) is
 * recorded as failed, and the next resource runs anyway.
 */
final class Conformance {
  private final Api api;
  private final Client client;
  private final Fixtures fixtures;
  private final List<Outcome> outcomes = new ArrayList<>();

  Conformance(Api api, Service service) {
    this.api = api;
    this.client = Client.withEveryRole(api, service, "conformance");
    this.fixtures = new Fixtures(api, client);
  }

  /** Runs every case, in the same order on every target; their outcomes. */
  List<Outcome> run() {
    for (Resource resource : api.resources()) {
      guarded(resource, "reads", () -> new ReadCases(this, resource).run());
      guarded(resource, "request bodies", () -> new BodyCases(this, resource).run());
      guarded(resource, "writes", () -> new WriteCases(this, resource).run());
      guarded(resource, "lifecycle", () -> new LifecycleCases(this, resource).run());
      guarded(resource, "security", () -> new SecurityCases(this, resource).run());
      guarded(resource, "protocol", () -> new ProtocolCases(this, resource).run());
    }
    try {
      new ServiceCases(this).run();
    } catch (RuntimeException | AssertionError e) {
      record("service cases could not all run", "", Answer.none(), List.of(e.toString()));
    }
    check(
        "unknown route",
        Request.of("GET", "/zz-no-such-route", null),
        Expect.problem(404, "/zz-no-such-route"));
    String unknown = api.resources().get(0).collectionPath() + "/" + UUID.randomUUID();
    Answer anonymous = client.send(Request.of("GET", unknown, null), false);
    record(
        "a request without X-Request-Id gets one",
        "GET " + unknown,
        anonymous,
        anonymous.requestId().filter(id -> !id.isBlank()).isPresent()
            ? List.of()
            : List.of("no X-Request-Id in the answer"));
    return List.copyOf(outcomes);
  }

  Api api() {
    return api;
  }

  Fixtures fixtures() {
    return fixtures;
  }

  Client client() {
    return client;
  }

  /**
   * Sends {@code request}, checks the answer against {@code expect} and that it echoes the request
   * id, and records it under {@code name}.
   */
  Answer check(String name, Request request, Expect expect) {
    String requestId = client.nextRequestId();
    Answer answer = client.send(request);
    List<String> violations = new ArrayList<>(expect.violations(answer));
    if (!answer.requestId().equals(Optional.of(requestId))) {
      violations.add("X-Request-Id " + answer.requestId().orElse("(none)") + ", not " + requestId);
    }
    record(name, request.describe(), answer, violations);
    return answer;
  }

  /** POSTs a body over a plain socket (declared or chunked) and checks the answer. */
  void checkRaw(String name, String path, byte[] body, boolean chunked, Expect expect)
      throws Exception {
    String requestId = client.nextRequestId();
    Answer answer = client.postRaw(path, body, chunked);
    List<String> violations = new ArrayList<>(expect.violations(answer));
    if (!answer.requestId().equals(Optional.of(requestId))) {
      violations.add("X-Request-Id " + answer.requestId().orElse("(none)") + ", not " + requestId);
    }
    record(
        name,
        "POST " + path + (chunked ? " (chunked)" : "") + " " + body.length + " bytes",
        answer,
        violations);
  }

  /** Records a case checked by the caller. */
  void record(String name, String request, Answer answer, List<String> violations) {
    outcomes.add(new Outcome(name, request, answer, violations));
  }

  /** The JSON of a sample, as a body. */
  static String json(Sample sample) {
    return Fixtures.json(sample);
  }

  /** A group of cases that may throw: a failure is one failed outcome, and the run goes on. */
  interface Cases {
    void run() throws Exception;
  }

  private void guarded(Resource resource, String group, Cases cases) {
    try {
      cases.run();
    } catch (Exception | AssertionError e) {
      record(
          resource.name() + ": " + group + " could not all run",
          "",
          Answer.none(),
          List.of(String.valueOf(e.getMessage())));
    }
  }
}
