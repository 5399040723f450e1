package dev.dddgen.stack.go;

import dev.dddgen.api.Api;
import dev.dddgen.api.Denial;
import dev.dddgen.api.TokenChecks;
import dev.dddgen.model.Access;
import dev.dddgen.model.Security;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The views of the service's security: the token configuration main reads (each value the default
 * of its environment variable), the problem answers the middleware writes (worded once by {@link
 * Denial}), and each route's guard. Every value is a Go literal or one expression.
 */
final class GoSecurityViews {
  private GoSecurityViews() {}

  /**
   * Under {@code security} in every template.
   *
   * @param secured whether any route needs a token: main then builds the authenticator
   * @param ownerBypass the roles ownership does not limit, as a {@code []string} expression
   * @param testOwnerBypass the roles the generated tests' authenticator lets bypass ownership
   *     ({@link Api#testOwnerBypass}), as a {@code []string} expression
   * @param allRoles every role the definition names and {@code testOwnerBypass}, for the token
   *     generated tests send
   * @param checks the token checks every target shares ({@link TokenChecks})
   */
  record SecurityView(
      boolean secured,
      String issuer,
      String audience,
      String jwksUrl,
      String rolesClaim,
      String ownerBypass,
      String testOwnerBypass,
      String allRoles,
      DenialView missingToken,
      DenialView invalidToken,
      DenialView missingRole,
      DenialView notOwner,
      DenialView keysUnavailable,
      Settings settings,
      Checks checks) {}

  /**
   * {@link TokenChecks#EVERY_SERVICE} as Go literals: the leeway and how long a verified token is
   * remembered ({@code time.Duration} expressions) and how many are.
   */
  record Checks(String leeway, String remembered, String rememberedAtMost) {
    static Checks of(TokenChecks checks) {
      return new Checks(
          duration(checks.clockSkew()),
          duration(checks.remembered()),
          String.format(Locale.ROOT, "%,d", checks.rememberedAtMost()).replace(',', '_'));
    }

    private static String duration(Duration duration) {
      return duration.toSeconds() + " * time.Second";
    }
  }

  /** The token settings as written in the definition, for configuration files. */
  record Settings(String issuer, String audience, String jwksUrl) {}

  /** A refusal: its problem detail and its {@code WWW-Authenticate} challenge, as Go literals. */
  record DenialView(String detail, String challenge) {}

  static SecurityView of(Api api) {
    Security security = api.security();
    Security.Jwt jwt =
        security.jwt().orElse(new Security.Jwt("", "", "", Security.DEFAULT_ROLES_CLAIM));
    return new SecurityView(
        api.secured(),
        GoNames.quote(jwt.issuer()),
        GoNames.quote(jwt.audience()),
        GoNames.quote(jwt.jwksUrl()),
        GoNames.quote(jwt.rolesClaim()),
        roles(security.ownerBypass()),
        roles(api.testOwnerBypass()),
        roles(allRoles(api)),
        denial(Denial.MISSING_TOKEN),
        denial(Denial.INVALID_TOKEN),
        denial(Denial.MISSING_ROLE),
        denial(Denial.NOT_OWNER),
        denial(Denial.KEYS_UNAVAILABLE),
        new Settings(jwt.issuer(), jwt.audience(), jwt.jwksUrl()),
        Checks.of(TokenChecks.EVERY_SERVICE));
  }

  private static List<String> allRoles(Api api) {
    java.util.Set<String> roles = new java.util.LinkedHashSet<>();
    api.resources().forEach(r -> r.operations().forEach(op -> roles.addAll(op.access().roles())));
    roles.addAll(api.testOwnerBypass());
    return List.copyOf(roles);
  }

  private static DenialView denial(Denial denial) {
    return new DenialView(GoNames.quote(denial.detail()), GoNames.quote(denial.challenge()));
  }

  /** {@code []string{"admin", "clerk"}}, or {@code nil} for none. */
  static String roles(List<String> roles) {
    return roles.isEmpty()
        ? "nil"
        : roles.stream().map(GoNames::quote).collect(Collectors.joining(", ", "[]string{", "}"));
  }

  /**
   * The middleware a route is mounted with: {@code h.guard.AnyRole("admin")}, {@code
   * h.guard.Authenticated()}; empty for a public route.
   */
  static String guard(Access access) {
    return switch (access.kind()) {
      case PUBLIC -> "";
      case AUTHENTICATED -> "h.guard.Authenticated()";
      case ROLES ->
          access.roles().stream()
              .map(GoNames::quote)
              .collect(Collectors.joining(", ", "h.guard.AnyRole(", ")"));
    };
  }
}
