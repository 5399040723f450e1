package dev.dddgen.api;

import dev.dddgen.api.Operation.Kind;
import dev.dddgen.model.Access;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Command;
import dev.dddgen.model.DomainModel;
import dev.dddgen.model.Entity;
import dev.dddgen.model.Field;
import dev.dddgen.model.Lifecycle;
import dev.dddgen.model.Query;
import dev.dddgen.model.Security;
import dev.dddgen.naming.Names;
import dev.dddgen.naming.Routes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The HTTP API the definition implies, resolved once from the model and served alike by every
 * stack: a resource per aggregate, with its routes, methods, statuses and bodies. The OpenAPI
 * document and the contract snapshot in {@code .dddgen/} are both built from it. Resources are
 * indexed by aggregate name, so a stack that looks each one up costs O(n), not O(n²).
 */
public final class Api {
  /** The default and largest page size of every list. */
  public static final int DEFAULT_LIMIT = 20;

  public static final int MAX_LIMIT = 100;

  /** The query parameters of a list's page: its size, and where the previous page ended. */
  public static final String LIMIT = "limit";

  public static final String CURSOR = "cursor";

  private final DomainModel model;
  private final List<Resource> resources;
  private final Map<String, Resource> byAggregate = new HashMap<>();

  public Api(DomainModel model, List<Resource> resources) {
    this.model = model;
    this.resources = List.copyOf(resources);
    this.resources.forEach(r -> byAggregate.putIfAbsent(r.name(), r));
  }

  public DomainModel model() {
    return model;
  }

  /** A resource per aggregate, in the definition's order. */
  public List<Resource> resources() {
    return resources;
  }

  public static Api of(DomainModel model) {
    return new Api(model, model.aggregates().stream().map(Api::resource).toList());
  }

  /** How callers are authenticated: the JWT accepted and the roles ownership does not limit. */
  public Security security() {
    return model.security();
  }

  /** Whether any operation needs a token: the service then verifies JWTs. */
  public boolean secured() {
    return resources.stream()
        .flatMap(r -> r.operations().stream())
        .anyMatch(o -> o.access().needsToken());
  }

  /**
   * A role of the generated tests' own, which no definition can name (a role there starts with a
   * letter).
   */
  public static final String TESTS_OWNER_BYPASS = "_tests_see_all";

  /**
   * The roles the generated tests hold as ownership's bypass: the definition's, or, where it names
   * none but an aggregate is owned, {@link #TESTS_OWNER_BYPASS}, so the tests' usual caller may
   * create a row for any owner (the ownership tests' own callers stay limited).
   */
  public List<String> testOwnerBypass() {
    boolean owned = resources.stream().anyMatch(r -> r.owner().isPresent());
    return security().ownerBypass().isEmpty() && owned && secured()
        ? List.of(TESTS_OWNER_BYPASS)
        : security().ownerBypass();
  }

  /** The title of the API: the project's name and "API". */
  public String title() {
    return model.project().name() + " API";
  }

  /** The JSON property of an entity list in its aggregate's bodies: {@code orderLines}. */
  public static String listProperty(Entity entity) {
    return Names.lowerFirst(entity.plural());
  }

  public Resource resource(String aggregate) {
    Resource resource = byAggregate.get(aggregate);
    if (resource == null) {
      throw new IllegalArgumentException("no aggregate " + aggregate);
    }
    return resource;
  }

  private static Resource resource(Aggregate a) {
    String collection = Routes.collectionPath(a.plural());
    String item = Routes.itemPath(a.plural());
    List<Operation> operations = new ArrayList<>();
    for (Command c : a.commands()) {
      operations.add(
          switch (c.kind()) {
            case CREATE ->
                write(
                    Kind.CREATE,
                    a,
                    c,
                    HttpMethod.POST,
                    collection,
                    Status.CREATED,
                    request(a, c, Request.Version.NONE, true));
            case UPDATE ->
                write(
                    Kind.UPDATE,
                    a,
                    c,
                    HttpMethod.PUT,
                    item,
                    Status.OK,
                    request(a, c, Request.Version.REQUIRED, true));
            case DELETE ->
                write(
                    Kind.DELETE,
                    a,
                    c,
                    HttpMethod.DELETE,
                    item,
                    Status.NO_CONTENT,
                    Optional.empty());
            case ACTION -> action(a, c);
          });
    }
    for (Query q : a.queries()) {
      operations.add(
          q.kind() == Query.Kind.BY_ID
              ? read(Kind.GET, a, q.name(), item, List.of())
              : read(
                  Kind.LIST,
                  a,
                  q.name(),
                  collection,
                  q.filters().stream().map(f -> a.field(f).orElseThrow()).toList()));
    }
    return new Resource(a, Routes.resourceSegment(a.plural()), collection, item, operations);
  }

  private static Operation action(Aggregate a, Command c) {
    boolean required = c.params().stream().anyMatch(f -> !f.omittable());
    Optional<Request> body =
        Optional.of(
            new Request(
                c.name() + "Request", c.params(), List.of(), Request.Version.OPTIONAL, required));
    return new Operation(
        Kind.ACTION,
        c.name(),
        HttpMethod.POST,
        Routes.actionPath(a.plural(), a.name(), c.name()),
        Optional.of(Routes.actionVerb(a.name(), c.name())),
        Optional.of(Routes.actionSegment(a.name(), c.name())),
        Status.OK,
        errors(a, c.name(), true, true, true),
        body,
        List.of(),
        true,
        a.accessOf(c.name()));
  }

  /**
   * A create or update body: the aggregate's fields but those only commands change (see {@link
   * Lifecycle#readOnly}), which it refuses by name with the commands that change them; its request
   * schema leaves them out, so a body that has one breaks the schema too.
   */
  private static Optional<Request> request(
      Aggregate a, Command c, Request.Version version, boolean required) {
    return Optional.of(
        new Request(
            c.name() + "Request",
            writableFields(a),
            a.entities(),
            version,
            required,
            readOnlyFields(a)));
  }

  /** The fields of {@code a} create and update write: all but those only commands change. */
  public static List<Field> writableFields(Aggregate a) {
    return a.fields().stream().filter(f -> !Lifecycle.readOnly(a, f)).toList();
  }

  /** The fields of {@code a} only commands change, each with the commands that change it. */
  public static List<Request.ReadOnlyField> readOnlyFields(Aggregate a) {
    return Lifecycle.readOnlyFields(a).stream()
        .map(f -> new Request.ReadOnlyField(f, Lifecycle.changedBy(a, f.name())))
        .toList();
  }

  private static Operation write(
      Kind kind,
      Aggregate a,
      Command c,
      HttpMethod method,
      String path,
      Status success,
      Optional<Request> body) {
    boolean byId = kind != Kind.CREATE;
    return new Operation(
        kind,
        c.name(),
        method,
        path,
        Optional.empty(),
        Optional.empty(),
        success,
        errors(a, c.name(), byId, true, body.isPresent()),
        body,
        List.of(),
        byId,
        a.accessOf(c.name()));
  }

  private static Operation read(
      Kind kind, Aggregate a, String name, String path, List<Field> filters) {
    return new Operation(
        kind,
        name,
        HttpMethod.GET,
        path,
        Optional.empty(),
        Optional.empty(),
        Status.OK,
        errors(a, name, kind == Kind.GET, false, false),
        Optional.empty(),
        filters,
        false,
        a.accessOf(name));
  }

  private static boolean isAction(Aggregate a, String useCase) {
    return a.commands().stream()
        .anyMatch(c -> c.name().equals(useCase) && c.kind() == Command.Kind.ACTION);
  }

  /**
   * The statuses of a route's failures: a malformed or invalid request (any route), no resource of
   * that id (routes below one), a conflict with stored data (writes), an If-Match that does not
   * match (writes below an id, the routes that take If-Match), a body over the size limit or not
   * JSON (routes that read one); and for a route that needs a token, no valid token, and a token
   * without a role it lists or (a create or update of an owned aggregate) naming another owner.
   */
  private static List<Status> errors(
      Aggregate a, String useCase, boolean byId, boolean writes, boolean readsBody) {
    List<Status> errors = new ArrayList<>(List.of(Status.BAD_REQUEST));
    Access access = a.accessOf(useCase);
    if (access.needsToken()) {
      errors.add(Status.UNAUTHORIZED);
      boolean namesOwner = a.owner().isPresent() && readsBody && writes && !isAction(a, useCase);
      if (access.kind() == Access.Kind.ROLES || namesOwner) {
        errors.add(Status.FORBIDDEN);
      }
    }
    if (byId) {
      errors.add(Status.NOT_FOUND);
    }
    if (writes) {
      errors.add(Status.CONFLICT);
    }
    if (writes && byId) {
      errors.add(Status.PRECONDITION_FAILED);
    }
    if (readsBody) {
      errors.add(Status.PAYLOAD_TOO_LARGE);
      errors.add(Status.UNSUPPORTED_MEDIA_TYPE);
    }
    return errors;
  }
}
