package dev.dddgen.conformance;

import dev.dddgen.api.Api;
import dev.dddgen.conformance.Client.Request;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * A service started without HTTP_CORS_ORIGINS allows no browser origin: a CORS preflight is then a
 * plain OPTIONS request (the Go service has no CORS middleware at all), answered 405 with the
 * path's methods in Allow, as the OpenAPI document lists OPTIONS on no path, and without any
 * Access-Control-* header, so the browser withholds the call.
 */
final class NoOriginsCases {
  private final Api api;
  private final Client client;

  NoOriginsCases(Api api, Service service) {
    this.api = api;
    this.client = Client.withEveryRole(api, service, "no-origins");
  }

  List<Outcome> run() {
    String collection = api.resources().get(0).collectionPath();
    // As a browser sends it: no Authorization on a preflight.
    Request request =
        Request.of(
            "OPTIONS",
            collection,
            null,
            "Authorization",
            "",
            "Origin",
            ServiceCases.ALLOWED_ORIGIN,
            "Access-Control-Request-Method",
            "POST",
            "Access-Control-Request-Headers",
            "authorization, content-type");
    HttpResponse<String> response = client.exchange(request);
    Answer answer = Client.answer(response);
    List<String> violations = new ArrayList<>(Expect.problem(405, collection).violations(answer));
    if (answer.allow().isEmpty()) {
      violations.add("a 405 without Allow");
    }
    ServiceCases.noCorsHeaders(response.headers(), violations);
    return List.of(
        new Outcome(
            "CORS without HTTP_CORS_ORIGINS: a preflight is a plain OPTIONS",
            request.describe(),
            answer,
            violations));
  }
}
