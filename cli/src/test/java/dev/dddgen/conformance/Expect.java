package dev.dddgen.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the contract requires of one answer, as a list of checks; {@link #violations} names every
 * one the answer breaks. Immutable: each method returns a new expectation with one more check.
 */
final class Expect {
  private final List<Function<Answer, Optional<String>>> checks;

  private Expect(List<Function<Answer, Optional<String>>> checks) {
    this.checks = List.copyOf(checks);
  }

  /** A success with a JSON body (or none, for 204). */
  static Expect success(int status) {
    Expect expect = new Expect(List.of()).status(status);
    return status == 204
        ? expect.check(a -> a.body().isEmpty() ? null : "a 204 with a body: " + a.body())
        : expect.check(a -> is("Content-Type", "application/json", a.contentType()));
  }

  /**
   * An RFC 9457 problem: exactly {@code application/problem+json}, type about:blank, the status
   * repeated, a title and a detail, the request path as instance.
   */
  static Expect problem(int status, String instance) {
    return new Expect(List.of())
        .status(status)
        .check(a -> is("Content-Type", Answer.PROBLEM_JSON, a.contentType()))
        .check(a -> is("problem type", "about:blank", a.json().path("type").asString()))
        .check(
            a -> is("problem status", String.valueOf(status), a.json().path("status").asString()))
        .check(a -> a.json().path("title").asString().isBlank() ? "a problem without title" : null)
        .check(
            a -> a.json().path("detail").asString().isBlank() ? "a problem without detail" : null)
        .check(a -> is("problem instance", instance, a.json().path("instance").asString()));
  }

  Expect status(int status) {
    return check(a -> a.status() == status ? null : "status " + a.status() + ", not " + status);
  }

  Expect etag(String etag) {
    return check(a -> is("ETag", etag, a.etag().orElse("(none)")));
  }

  Expect location(String location) {
    return check(a -> is("Location", location, a.location().orElse("(none)")));
  }

  Expect allow(String allow) {
    return check(a -> is("Allow", allow, a.allow().orElse("(none)")));
  }

  Expect detail(String detail) {
    return check(a -> is("detail", detail, a.json().path("detail").asString()));
  }

  Expect version(long version) {
    return check(a -> is("version", String.valueOf(version), a.json().path("version").asString()));
  }

  /** errors[] names exactly these fields, in this order. */
  Expect errors(String... fields) {
    return check(a -> is("errors[] fields", List.of(fields).toString(), fieldsOf(a)));
  }

  /** A problem without errors[] (a request that could not be read at all, not a bad field). */
  Expect noErrors() {
    return check(
        a -> a.json().has("errors") ? "errors[] where no field is to blame: " + fieldsOf(a) : null);
  }

  /** Any further check: returns a violation, or null when the answer passes. */
  Expect check(Function<Answer, String> check) {
    List<Function<Answer, Optional<String>>> more = new ArrayList<>(checks);
    more.add(a -> Optional.ofNullable(check.apply(a)));
    return new Expect(more);
  }

  List<String> violations(Answer answer) {
    List<String> out = new ArrayList<>();
    for (var check : checks) {
      try {
        check.apply(answer).ifPresent(out::add);
      } catch (RuntimeException e) {
        out.add("unreadable answer: " + e);
      }
    }
    return out;
  }

  private static String fieldsOf(Answer a) {
    List<String> fields = new ArrayList<>();
    a.json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
    return fields.toString();
  }

  private static String is(String what, String expected, String actual) {
    return Objects.equals(expected, actual) ? null : what + " " + actual + ", not " + expected;
  }
}
