package dev.dddgen.api;

import dev.dddgen.model.Access;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The security parts of the OpenAPI document: the bearer JWT scheme, each operation's requirement
 * and the 401 and 403 responses. A role list becomes one requirement per role: OpenAPI 3.1 lets a
 * requirement of a non-OAuth scheme list roles, all of which it needs, so alternatives express "any
 * of these roles".
 */
final class OpenApiSecurity {
  static final String SCHEME = "bearerAuth";

  private OpenApiSecurity() {}

  static Map<String, Object> schemes() {
    return OrderedMaps.of(
        SCHEME,
        OrderedMaps.of(
            "type",
            "http",
            "scheme",
            "bearer",
            "bearerFormat",
            "JWT",
            "description",
            "A JWT signed with RS256 or ES256 by the configured issuer (JWT_ISSUER), for the"
                + " configured audience (JWT_AUDIENCE), verified with the keys at JWT_JWKS_URL."
                + " A requirement that lists roles needs a token with that role."));
  }

  /**
   * The requirement of an operation; empty for a public one, which the document's empty one covers.
   */
  static Optional<List<Object>> requirement(Operation op) {
    Access access = op.access();
    return switch (access.kind()) {
      case PUBLIC -> Optional.empty();
      case AUTHENTICATED -> Optional.of(List.of(OrderedMaps.of(SCHEME, List.of())));
      case ROLES ->
          Optional.of(
              access.roles().stream()
                  .map(role -> (Object) OrderedMaps.of(SCHEME, List.of(role)))
                  .toList());
    };
  }

  /** The shared 401 and 403 responses. */
  static Map<String, Object> responses(Map<String, Object> problemContent) {
    return OrderedMaps.of(
        "Unauthorized",
        OrderedMaps.of(
            "description",
            "No bearer token, or one that is not valid: malformed, expired, not yet valid, from"
                + " another issuer or audience, or not signed with a key of the issuer.",
            "headers",
            OrderedMaps.of(
                "WWW-Authenticate",
                OrderedMaps.of(
                    "description",
                    "'"
                        + Denial.MISSING_TOKEN.challenge()
                        + "' when no token was sent, else '"
                        + Denial.INVALID_TOKEN.challenge()
                        + "' (RFC 6750).",
                    "schema",
                    OrderedMaps.of("type", "string"))),
            "content",
            problemContent),
        "Forbidden",
        OrderedMaps.of(
            "description",
            "The token has no role the operation allows, or names an owner other than its"
                + " subject.",
            "content",
            problemContent));
  }

  /** What the document's description adds for a secured service. */
  static String description() {
    return " Operations with a security requirement need a bearer JWT (401 without a valid one,"
        + " 403 without a role they list); on an owned resource a caller sees and changes only"
        + " its own rows: another's answers 404.";
  }
}
