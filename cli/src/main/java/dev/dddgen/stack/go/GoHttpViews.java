package dev.dddgen.stack.go;

import dev.dddgen.api.Api;
import dev.dddgen.api.Operation;
import dev.dddgen.api.Request;
import dev.dddgen.api.Resource;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Command;
import dev.dddgen.model.DomainModel;
import dev.dddgen.model.Entity;
import dev.dddgen.model.Field;
import dev.dddgen.model.Query;
import dev.dddgen.model.ValueObject;
import dev.dddgen.naming.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The views of the Go HTTP handler templates: routes, request bodies and the use cases a handler
 * calls. A value is a name, a type or one expression converting a request member into its command's
 * type; the handlers' statements are written in the templates. docs/templates.md documents every
 * component; a test keeps the two equal.
 */
final class GoHttpViews {
  private GoHttpViews() {}

  /** An aggregate's handler, under {@code aggregate} in {@code go/http/handler/aggregate}. */
  record HttpAggregate(
      String name,
      String ref,
      String path,
      List<UseCase> useCases,
      List<Route> routes,
      List<RequestBody> requests,
      List<EntityRequest> entities,
      List<RequestField> fields,
      List<Endpoint> commands,
      List<QueryEndpoint> get,
      List<QueryEndpoint> list) {
    public boolean hasUseCases() {
      return !useCases.isEmpty();
    }

    /** Whether a route needs a token: the handler then keeps the guard it is given. */
    public boolean guarded() {
      return routes.stream().anyMatch(Route::guarded);
    }
  }

  /** A use case the handler holds in {@code field}: {@code app.<group>.<name>}. */
  record UseCase(String field, String group, boolean isCommand, String name) {}

  /**
   * A chi route: the method's name on chi.Router, the whole path pattern, the handler, and the
   * middleware that checks its caller ({@code h.guard.AnyRole("admin")}; empty when public).
   */
  record Route(String method, String pattern, String handler, String guard) {
    public boolean guarded() {
      return !guard.isEmpty();
    }
  }

  /**
   * The body of a create, update or action request; {@code version} when it carries one; the
   * members it refuses by name ({@code readOnly}: lifecycle state only commands change).
   */
  record RequestBody(
      String type,
      String httpMethod,
      String route,
      boolean version,
      List<RequestField> fields,
      List<EntityList> entities,
      List<ReadOnlyMember> readOnly) {
    public boolean hasReadOnly() {
      return !readOnly.isEmpty();
    }
  }

  /**
   * A member a body refuses: its JSON name and what the client is told ({@code is read-only:
   * changed by PayOrder}), a Go string literal.
   */
  record ReadOnlyMember(String name, String message) {}

  /**
   * A member of a request body, read on {@code receiver}: its JSON name, Go member and type; the
   * partial {@code go/http/handler/request_value} passes it on to the command: a {@code composite}
   * value object's request converted to its Params, a decimal or date converted back to its {@code
   * adaptedType}, anything else ({@code plain}) as it is.
   */
  record RequestField(
      String name,
      String exported,
      String requestType,
      String receiver,
      boolean composite,
      Optional<String> adaptedType) {
    public boolean plain() {
      return !composite && adaptedType.isEmpty();
    }
  }

  /** A child entity's list in a request body. */
  record EntityList(String listExported, String requestType, String listName) {}

  /**
   * A child entity's request form, its list's Go member, and the function ({@code converter}) that
   * turns it to Params.
   */
  record EntityRequest(
      String name,
      String article,
      String requestType,
      String listExported,
      String converter,
      List<RequestField> fields) {}

  /** A command's endpoint; {@code segment} is an action's path segment, empty otherwise. */
  record Endpoint(
      String name,
      String field,
      String requestType,
      String segment,
      boolean isCreate,
      boolean isUpdate,
      boolean isDelete,
      boolean isAction,
      List<RequestField> params) {}

  /** A query's endpoint; a list's {@code queryString} (for its comment) and {@code filters}. */
  record QueryEndpoint(String name, String field, String queryString, List<QueryFilter> filters) {}

  /**
   * A list filter, read from the query string by the query reader's method {@code reader} ({@code
   * string}, {@code uuid}, {@code int32}...) and converted to its {@code enumType} when it is one.
   */
  record QueryFilter(String name, String exported, String reader, Optional<String> enumType) {}

  /** A composite value object's request form, under {@code valueObject}. */
  record ValueObjectRequest(
      String name,
      String article,
      String requestType,
      String receiver,
      List<RequestField> fields) {}

  /**
   * The operations of a resource in the order the router mounts them and its tests visit them:
   * create, list, get, update, actions, delete.
   */
  static List<Operation> routeOrder(Resource resource) {
    List<Operation> out = new ArrayList<>();
    for (Operation.Kind kind :
        List.of(
            Operation.Kind.CREATE,
            Operation.Kind.LIST,
            Operation.Kind.GET,
            Operation.Kind.UPDATE,
            Operation.Kind.ACTION,
            Operation.Kind.DELETE)) {
      out.addAll(resource.operations(kind));
    }
    return out;
  }

  static HttpAggregate aggregate(GoProject p, Aggregate a) {
    DomainModel model = p.model();
    GoProject.AggregateNames n = p.names(a);
    Resource resource = p.api().resource(a.name());

    List<UseCase> useCases = new ArrayList<>();
    for (Command command : a.commands()) {
      useCases.add(new UseCase(GoNames.member(command.name()), "Commands", true, command.name()));
    }
    for (Query query : a.queries()) {
      useCases.add(new UseCase(GoNames.member(query.name()), "Queries", false, query.name()));
    }

    // Whole paths on the one router: a sub-router per resource would route every request twice.
    List<Route> routes = new ArrayList<>();
    for (Operation op : routeOrder(resource)) {
      routes.add(
          new Route(
              Names.upperFirst(op.method().name().toLowerCase(Locale.ROOT)),
              op.path(),
              op.name(),
              GoSecurityViews.guard(op.access())));
    }

    List<RequestField> fields = new ArrayList<>();
    for (Field field : Api.writableFields(a)) {
      fields.add(requestField(p, a, null, field, "req"));
    }
    List<ReadOnlyMember> readOnly = new ArrayList<>();
    for (Request.ReadOnlyField field : Api.readOnlyFields(a)) {
      readOnly.add(new ReadOnlyMember(field.field().name(), GoNames.quote(field.message())));
    }
    List<EntityList> lists = new ArrayList<>();
    List<EntityRequest> entities = new ArrayList<>();
    for (Entity entity : a.entities()) {
      String requestType = Names.lowerFirst(entity.name()) + "Request";
      String listExported = GoNames.exported(entity.plural());
      String converter = Names.lowerFirst(entity.plural()) + "Params";
      List<RequestField> entityFields = new ArrayList<>();
      for (Field field : entity.fields()) {
        entityFields.add(requestField(p, a, entity.name(), field, "e"));
      }
      lists.add(new EntityList(listExported, requestType, Api.listProperty(entity)));
      entities.add(
          new EntityRequest(
              entity.name(),
              DomainContext.article(entity.name()),
              requestType,
              listExported,
              converter,
              List.copyOf(entityFields)));
    }

    List<Endpoint> commands = new ArrayList<>();
    List<RequestBody> requests = new ArrayList<>();
    for (Command command : a.commands()) {
      String requestType = Names.lowerFirst(command.name()) + "Request";
      Operation op = resource.operation(command.name());
      List<RequestField> params = new ArrayList<>();
      for (Field param : command.params()) {
        params.add(requestField(p, a, command.name(), param, "req"));
      }
      commands.add(
          new Endpoint(
              command.name(),
              GoNames.member(command.name()),
              requestType,
              op.actionSegment().orElse(""),
              command.kind() == Command.Kind.CREATE,
              command.kind() == Command.Kind.UPDATE,
              command.kind() == Command.Kind.DELETE,
              command.kind() == Command.Kind.ACTION,
              List.copyOf(params)));
      switch (command.kind()) {
        case CREATE ->
            requests.add(
                new RequestBody(
                    requestType, "POST", op.path(), false, fields, lists, List.copyOf(readOnly)));
        case UPDATE ->
            requests.add(
                new RequestBody(
                    requestType, "PUT", op.path(), true, fields, lists, List.copyOf(readOnly)));
        case ACTION ->
            requests.add(
                new RequestBody(
                    requestType,
                    "POST",
                    op.path(),
                    true,
                    List.copyOf(params),
                    List.of(),
                    List.of()));
        case DELETE -> {}
      }
    }

    List<QueryEndpoint> get = new ArrayList<>();
    List<QueryEndpoint> list = new ArrayList<>();
    for (Query query : a.queries()) {
      if (query.kind() == Query.Kind.BY_ID) {
        get.add(new QueryEndpoint(query.name(), GoNames.member(query.name()), "", List.of()));
        continue;
      }
      StringBuilder queryString = new StringBuilder();
      List<QueryFilter> filters = new ArrayList<>();
      for (String name : query.filters()) {
        Field field = a.field(name).orElseThrow();
        queryString.append(name).append("=&");
        filters.add(
            new QueryFilter(
                name,
                GoNames.exported(name),
                HttpContext.readerMethod(model, field),
                HttpContext.enumType(model, n.ref(), a, field)));
      }
      queryString.append(Api.LIMIT).append("=&").append(Api.CURSOR).append("=");
      list.add(
          new QueryEndpoint(
              query.name(),
              GoNames.member(query.name()),
              queryString.toString(),
              List.copyOf(filters)));
    }
    return new HttpAggregate(
        a.name(),
        n.ref(),
        n.path(),
        List.copyOf(useCases),
        List.copyOf(routes),
        List.copyOf(requests),
        List.copyOf(entities),
        List.copyOf(fields),
        List.copyOf(commands),
        List.copyOf(get),
        List.copyOf(list));
  }

  static ValueObjectRequest valueObject(GoProject p, ValueObject vo) {
    String receiver = ValueObjectViews.receiver(vo);
    List<RequestField> fields = new ArrayList<>();
    for (Field field : vo.fields()) {
      fields.add(
          new RequestField(
              field.name(),
              GoNames.exported(field.name()),
              GoTypes.ofShared(p.model(), field, vo.name()).request(),
              receiver,
              HttpContext.composite(p.model(), field),
              HttpContext.adaptedType(p.model(), field)));
    }
    return new ValueObjectRequest(
        vo.name(),
        DomainContext.article(vo.name()),
        Names.lowerFirst(vo.name()) + "Request",
        receiver,
        List.copyOf(fields));
  }

  /** A member of a request on {@code receiver}, owned by the aggregate or by {@code owner}. */
  private static RequestField requestField(
      GoProject p, Aggregate a, String owner, Field field, String receiver) {
    String enumType = GoTypes.enumTypeName(a, owner, field);
    return new RequestField(
        field.name(),
        GoNames.exported(field.name()),
        GoTypes.of(p.model(), p.names(a).ref(), field, enumType).request(),
        receiver,
        HttpContext.composite(p.model(), field),
        HttpContext.adaptedType(p.model(), field));
  }
}
