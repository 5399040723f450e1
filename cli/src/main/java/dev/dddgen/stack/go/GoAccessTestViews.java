package dev.dddgen.stack.go;

import dev.dddgen.api.Api;
import dev.dddgen.api.Operation;
import dev.dddgen.api.Resource;
import dev.dddgen.model.Access;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.DomainModel;
import dev.dddgen.model.Field;
import dev.dddgen.model.FieldType;
import dev.dddgen.model.Security;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The views of the generated access tests of an aggregate ({@code go/http/handler/access_test}):
 * every route with who may call it, and for an owned aggregate the routes a caller limited to its
 * own rows reaches. Values are names, Go literals or one expression.
 */
final class GoAccessTestViews {
  private GoAccessTestViews() {}

  /**
   * Under {@code aggregate}.
   *
   * @param rolesClaim the claim the test tokens put their roles under, as a Go literal
   * @param bypass the roles the tests let bypass ownership ({@link
   *     dev.dddgen.api.Api#testOwnerBypass}), as a {@code []string} expression
   */
  record AccessTests(
      String name,
      String path,
      String validConst,
      String rolesClaim,
      String bypass,
      List<RouteAccess> routes,
      Optional<OwnerTests> owner) {}

  /**
   * A route: {@code method} ({@code http.MethodPost}), {@code target} and {@code body} as Go
   * expressions (the row's {@code id} in scope), the roles it takes ({@code nil} for any valid
   * token), and whether its body is a whole {@code replacement} of the row (create, update).
   */
  record RouteAccess(
      String name,
      String method,
      String target,
      String body,
      boolean isPublic,
      String roles,
      boolean replacement) {}

  /**
   * The ownership test: the owner {@code field}; what its owner gets under the subject in upper
   * case ({@code shoutingStatus}, an {@code http} constant, and why): a uuid (or a reference) is
   * the same uuid, a string another subject; the roles of a caller ownership limits, whether the
   * aggregate has a create, get and list route such a caller reaches, and the commands on one row
   * it reaches; {@code otherUniques}, the unique fields (the owner aside) given other values, so
   * that another owner's row does not collide with the first on them.
   */
  record OwnerTests(
      String field,
      String shoutingStatus,
      String shoutingReason,
      String roles,
      boolean create,
      Optional<HttpTestsViews.JsonObject> otherUniques,
      Optional<String> get,
      Optional<String> list,
      List<RouteAccess> commands) {}

  static AccessTests of(GoProject p, Aggregate a) {
    Resource resource = p.api().resource(a.name());
    String path = p.names(a).path();
    String validConst = "valid" + a.name();
    Security security = p.api().security();
    List<RouteAccess> routes = new ArrayList<>();
    for (Operation op : GoHttpViews.routeOrder(resource)) {
      routes.add(route(resource, op, validConst));
    }
    Optional<OwnerTests> owner =
        resource
            .owner()
            .map(
                field -> {
                  Set<String> limitedRoles = new LinkedHashSet<>();
                  resource.operations().forEach(op -> limitedRoles.addAll(op.access().roles()));
                  limitedRoles.removeAll(security.ownerBypass());
                  List<RouteAccess> commands = new ArrayList<>();
                  for (RouteAccess route : routes) {
                    Operation op = resource.operation(route.name());
                    boolean command =
                        op.kind() == Operation.Kind.UPDATE
                            || op.kind() == Operation.Kind.ACTION
                            || op.kind() == Operation.Kind.DELETE;
                    if (command && reaches(op.access(), limitedRoles)) {
                      commands.add(route);
                    }
                  }
                  boolean text =
                      field.type() instanceof FieldType.Builtin b && b.scalar().isTextual();
                  return new OwnerTests(
                      field.name(),
                      text ? "http.StatusNotFound" : "http.StatusOK",
                      text
                          ? "a string owner is its subject exactly"
                          : "a uuid owner's subject may be in upper case",
                      GoSecurityViews.roles(List.copyOf(limitedRoles)),
                      resource
                          .operation(Operation.Kind.CREATE)
                          .filter(op -> reaches(op.access(), limitedRoles))
                          .isPresent(),
                      otherUniques(p.model(), a, field.name()),
                      resource
                          .operation(Operation.Kind.GET)
                          .filter(op -> reaches(op.access(), limitedRoles))
                          .map(op -> target(resource, op)),
                      resource
                          .operation(Operation.Kind.LIST)
                          .filter(op -> reaches(op.access(), limitedRoles))
                          .map(op -> target(resource, op)),
                      List.copyOf(commands));
                });
    return new AccessTests(
        a.name(),
        path,
        validConst,
        GoNames.quote(security.jwt().map(Security.Jwt::rolesClaim).orElse("roles")),
        GoSecurityViews.roles(p.api().testOwnerBypass()),
        List.copyOf(routes),
        owner);
  }

  private static Optional<HttpTestsViews.JsonObject> otherUniques(
      DomainModel model, Aggregate a, String owner) {
    List<String[]> parts = new ArrayList<>();
    for (Field f : Api.writableFields(a)) {
      if (f.unique() && !f.name().equals(owner)) {
        String v = HttpTestsBodies.value(model, f, false);
        parts.add(new String[] {f.name(), HttpTestsBodies.bump(model, f, v, 1)});
      }
    }
    return parts.isEmpty() ? Optional.empty() : Optional.of(HttpTestsBodies.jsonObject(parts));
  }

  private static boolean reaches(Access access, Set<String> roles) {
    return access.kind() != Access.Kind.ROLES || access.roles().stream().anyMatch(roles::contains);
  }

  private static RouteAccess route(Resource resource, Operation op, String validConst) {
    boolean wholeBody = op.kind() == Operation.Kind.CREATE || op.kind() == Operation.Kind.UPDATE;
    return new RouteAccess(
        op.name(),
        "http.Method" + GoNames.exported(op.method().name().toLowerCase(java.util.Locale.ROOT)),
        target(resource, op),
        wholeBody ? validConst : "\"\"",
        op.access().isPublic(),
        op.access().kind() == Access.Kind.ROLES
            ? GoSecurityViews.roles(op.access().roles())
            : "nil",
        wholeBody);
  }

  /** {@code "/orders"}, or {@code "/orders/" + id + "/cancel"} below the row. */
  private static String target(Resource resource, Operation op) {
    if (!op.byId()) {
      return GoNames.quote(op.path());
    }
    String rest = op.path().substring(resource.itemPath().length());
    return GoNames.quote(resource.collectionPath() + "/")
        + " + id"
        + (rest.isEmpty() ? "" : " + " + GoNames.quote(rest));
  }
}
