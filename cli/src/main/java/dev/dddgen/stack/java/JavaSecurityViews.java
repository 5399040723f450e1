package dev.dddgen.stack.java;

import dev.dddgen.api.Api;
import dev.dddgen.api.Denial;
import dev.dddgen.api.HttpMethod;
import dev.dddgen.api.Operation;
import dev.dddgen.api.Resource;
import dev.dddgen.api.TokenChecks;
import dev.dddgen.model.Access;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Field;
import dev.dddgen.model.FieldType;
import dev.dddgen.stack.java.JavaProject.JField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The views of the Java service's security: the JWT it accepts, each route's access as a Spring
 * Security request matcher, the answers of a refused caller (the api's {@link Denial}s) and, per
 * owned aggregate, its owner field.
 */
final class JavaSecurityViews {
  /** The id the generated tests request a route below one resource with. */
  private static final String SAMPLE_ID = "00000000-0000-7000-8000-000000000001";

  private JavaSecurityViews() {}

  /**
   * Under {@code security}, present when an operation needs a token: the definition's JWT values
   * (the defaults of JWT_ISSUER, JWT_AUDIENCE and JWT_JWKS_URL), the roles claim path, the routes'
   * rules (and {@code probe}, the first that needs a token; {@code rolesChecked}, whether any route
   * asks for a role), the roles ownership does not limit, the refusals' answers, and the token
   * checks every target shares.
   */
  record Security(
      String issuer,
      String audience,
      String jwks,
      String rolesClaim,
      List<Route> routes,
      Route probe,
      boolean rolesChecked,
      List<JavaViews.Part> ownerBypass,
      List<JavaViews.Part> roles,
      Answer missingToken,
      Answer invalidToken,
      Answer missingRole,
      Answer notOwner,
      Answer keysUnavailable,
      Checks checks) {}

  /**
   * {@link TokenChecks#EVERY_SERVICE} as Java expressions: the clock skew and how long a verified
   * token is remembered ({@code Duration}s), and how many are.
   */
  record Checks(String clockSkew, String remembered, String rememberedAtMost) {
    static Checks of(TokenChecks checks) {
      return new Checks(
          "Duration.ofSeconds(" + checks.clockSkew().toSeconds() + ")",
          "Duration.ofSeconds(" + checks.remembered().toSeconds() + ")",
          String.format(Locale.ROOT, "%,d", checks.rememberedAtMost()).replace(',', '_'));
    }
  }

  /**
   * One route's access: its HTTP method (an {@code HttpMethod} constant), its path pattern, the
   * authorization call ({@code permitAll()}, {@code authenticated()}, {@code
   * hasAnyAuthority(...)}); for the generated tests a path to request, whether it needs a token or
   * a role, and a role that grants it (empty when any token does).
   */
  record Route(
      String method,
      String path,
      String access,
      String requestPath,
      boolean needsToken,
      boolean needsRole,
      String grantingRole) {}

  /**
   * A refusal: its status (an {@code HttpStatus} constant), detail and WWW-Authenticate challenge
   * (Java string contents; empty when none).
   */
  record Answer(String status, String detail, String challenge) {}

  /**
   * Under {@code aggregate.owner}: the accessor of the field holding the owner's subject, its
   * quoted SQL column (Java string contents), and whether it is a uuid (or a reference), which a
   * subject may spell in either case.
   */
  record Owner(String ident, String column, boolean uuid) {}

  static Optional<Security> of(Api api) {
    if (!api.secured()) {
      return Optional.empty();
    }
    var jwt = api.security().jwt().orElseThrow();
    List<Route> routes = new ArrayList<>();
    java.util.TreeSet<String> roles = new java.util.TreeSet<>();
    for (Resource resource : api.resources()) {
      for (Operation operation : resource.operations()) {
        // Spring MVC serves HEAD wherever it serves GET: the same access guards both.
        List<String> methods =
            operation.method() == HttpMethod.GET
                ? List.of("GET", "HEAD")
                : List.of(operation.method().name());
        for (String method : methods) {
          routes.add(route(method, operation.path(), operation.access()));
        }
        roles.addAll(operation.access().roles());
      }
    }
    roles.addAll(api.security().ownerBypass());
    return Optional.of(
        new Security(
            JavaContexts.javaString(jwt.issuer()),
            JavaContexts.javaString(jwt.audience()),
            JavaContexts.javaString(jwt.jwksUrl()),
            JavaContexts.javaString(jwt.rolesClaim()),
            List.copyOf(routes),
            routes.stream().filter(Route::needsToken).findFirst().orElseThrow(),
            routes.stream().anyMatch(Route::needsRole),
            JavaViews.parts(
                api.security().ownerBypass().stream()
                    .map(role -> "\"" + JavaContexts.javaString(role) + "\"")
                    .toList()),
            JavaViews.parts(
                roles.stream().map(role -> "\"" + JavaContexts.javaString(role) + "\"").toList()),
            answer(Denial.MISSING_TOKEN),
            answer(Denial.INVALID_TOKEN),
            answer(Denial.MISSING_ROLE),
            answer(Denial.NOT_OWNER),
            answer(Denial.KEYS_UNAVAILABLE),
            Checks.of(TokenChecks.EVERY_SERVICE)));
  }

  private static Route route(String method, String path, Access access) {
    return new Route(
        method,
        JavaContexts.javaString(path),
        access(access),
        JavaContexts.javaString(path.replace("{id}", SAMPLE_ID)),
        access.needsToken(),
        access.kind() == Access.Kind.ROLES,
        access.roles().isEmpty() ? "" : JavaContexts.javaString(access.roles().get(0)));
  }

  private static String access(Access access) {
    return switch (access.kind()) {
      case PUBLIC -> "permitAll()";
      case AUTHENTICATED -> "authenticated()";
      case ROLES ->
          "hasAnyAuthority("
              + String.join(
                  ", ",
                  access.roles().stream()
                      .map(role -> "\"" + JavaContexts.javaString(role) + "\"")
                      .toList())
              + ")";
    };
  }

  private static Answer answer(Denial denial) {
    String status = denial.title().toUpperCase(Locale.ROOT).replace(' ', '_');
    return new Answer(
        status,
        JavaContexts.javaString(denial.detail()),
        JavaContexts.javaString(denial.challenge()));
  }

  /** The owner of an owned aggregate, when the service verifies tokens. */
  static Optional<Owner> owner(JavaProject p, Aggregate aggregate, boolean secured) {
    if (!secured || aggregate.owner().isEmpty()) {
      return Optional.empty();
    }
    Field owner = aggregate.owner().get();
    JField f = p.field(aggregate, owner);
    boolean textual = owner.type() instanceof FieldType.Builtin b && b.scalar().isTextual();
    return Optional.of(new Owner(f.ident(), JavaContexts.javaString(f.sqlColumn()), !textual));
  }
}
