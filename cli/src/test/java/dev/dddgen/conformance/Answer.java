package dev.dddgen.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a service answered to one request: the status, the headers the contract speaks of, and the
 * body as text.
 *
 * @param requestId the X-Request-Id the answer carries, empty when it has none
 * @param challenge the WWW-Authenticate header of a 401, empty when there is none
 */
record Answer(
    int status,
    String contentType,
    Optional<String> etag,
    Optional<String> allow,
    Optional<String> location,
    Optional<String> requestId,
    String body,
    Optional<String> challenge) {

  /** An answer without a WWW-Authenticate challenge. */
  Answer(
      int status,
      String contentType,
      Optional<String> etag,
      Optional<String> allow,
      Optional<String> location,
      Optional<String> requestId,
      String body) {
    this(status, contentType, etag, allow, location, requestId, body, Optional.empty());
  }

  static final JsonMapper JSON = JsonMapper.builder().build();
  static final String PROBLEM_JSON = "application/problem+json";

  private static final Pattern UUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  /**
   * Members whose values differ from run to run whatever the service: clock times, and the list's
   * opaque cursor.
   */
  private static final List<String> RUN_MEMBERS = List.of("createdAt", "updatedAt", "nextCursor");

  /** The answer of a case that sent no request, or whose request failed before an answer. */
  static Answer none() {
    return new Answer(
        0, "", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "");
  }

  /**
   * This answer's status alone, for a case where the rest (a document's own bytes, a probe's body)
   * is each target's own.
   */
  Answer statusOnly() {
    return new Answer(
        status, "", Optional.empty(), Optional.empty(), Optional.empty(), requestId, "");
  }

  /** The body as JSON; a JSON null node when it is not JSON. */
  JsonNode json() {
    try {
      return JSON.readTree(body);
    } catch (RuntimeException e) {
      return JSON.nullNode();
    }
  }

  /** The {@code field} of each member of a problem's {@code errors[]}, in order. */
  List<String> errorFields() {
    List<String> fields = new ArrayList<>();
    json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
    return fields;
  }

  /** One line for a failure message. */
  String describe() {
    return status + " " + contentType + " " + (body.length() > 600 ? body.substring(0, 600) : body);
  }

  /**
   * What two services must agree on for the same request: status, the contract's headers and the
   * body, with ids and clock times replaced by placeholders (each service made its own).
   */
  Map<String, String> comparable() {
    Map<String, String> view = new TreeMap<>();
    view.put("status", String.valueOf(status));
    view.put("Content-Type", contentType);
    view.put("ETag", etag.orElse("(none)"));
    view.put("Allow", allow.orElse("(none)"));
    view.put("Location", location.map(Answer::withoutIds).orElse("(none)"));
    challenge.ifPresent(value -> view.put("WWW-Authenticate", value));
    JsonNode json = json();
    if (json.isNull() || json.isMissingNode()) {
      view.put("body", body.isBlank() ? "(empty)" : "(not JSON)");
      return view;
    }
    if (contentType.equals(PROBLEM_JSON) && json.isObject()) {
      json.properties()
          .forEach(e -> view.put("problem." + e.getKey(), withoutIds(e.getValue().toString())));
      return view;
    }
    view.put("body", withoutIds(withoutRunValues(json).toString()));
    return view;
  }

  private static JsonNode withoutRunValues(JsonNode node) {
    if (node.isObject()) {
      ObjectNode copy = JSON.createObjectNode();
      node.properties()
          .forEach(
              e ->
                  copy.set(
                      e.getKey(),
                      RUN_MEMBERS.contains(e.getKey()) && !e.getValue().isNull()
                          ? JSON.getNodeFactory().stringNode("{" + e.getKey() + "}")
                          : withoutRunValues(e.getValue())));
      return copy;
    }
    if (node.isArray()) {
      var copy = JSON.createArrayNode();
      node.forEach(item -> copy.add(withoutRunValues(item)));
      return copy;
    }
    return node;
  }

  private static String withoutIds(String text) {
    return UUID.matcher(text).replaceAll("{id}");
  }
}
