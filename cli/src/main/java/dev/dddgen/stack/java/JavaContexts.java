package dev.dddgen.stack.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.dddgen.api.Api;
import dev.dddgen.api.Request;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Command;
import dev.dddgen.model.Query;
import dev.dddgen.naming.Names;
import dev.dddgen.stack.java.JavaProject.JField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The views of the Java target's Mustache templates ({@link JavaViews}): every name, type and
 * expression computed here so that templates stay logic-less, while the statements are theirs.
 */
final class JavaContexts {
  private final JavaProject p;

  JavaContexts(JavaProject project) {
    this.p = project;
  }

  /** The aggregate as every per-aggregate template sees it. */
  JavaViews.Aggregate aggregate(Aggregate aggregate) {
    String var = Names.camel(aggregate.name());
    List<JField> fields = p.fields(aggregate);
    List<JavaViews.Field> fieldViews =
        fields.stream()
            .map(f -> new JavaViews.Field(f.name(), f.ident(), f.column(), f.required()))
            .toList();
    TreeSet<String> repositoryImports =
        new TreeSet<>(List.of("java.util.Optional", "java.util.UUID"));
    if (aggregate.queries().stream().anyMatch(q -> q.kind() == Query.Kind.LIST)) {
      repositoryImports.add("java.util.List");
    }
    for (Query query : aggregate.queries()) {
      for (String filter : query.filters()) {
        importOf(filterType(aggregate, filter), p.domainPackage(aggregate), repositoryImports);
      }
    }
    return new JavaViews.Aggregate(
        aggregate.name(),
        var,
        aggregate.plural(),
        p.domainPackage(aggregate),
        aggregate.name() + "Repository",
        p.dto(aggregate).simpleName(),
        fieldViews,
        commands(aggregate),
        queries(aggregate),
        lists(aggregate),
        List.copyOf(repositoryImports),
        new JavaPersistenceViews(p, this).persistence(aggregate, var, fields),
        http(aggregate),
        JavaTests.aggregate(p, aggregate),
        JavaSecurityViews.owner(p, aggregate, p.security().isPresent()));
  }

  TypeName filterType(Aggregate aggregate, String filter) {
    JField f = p.field(aggregate, aggregate.field(filter).orElseThrow());
    // A value object is filtered by the value it wraps.
    return f.isEnum() ? f.enumType() : JavaProject.boxed(f.scalar());
  }

  static void importOf(TypeName type, String samePackage, TreeSet<String> imports) {
    if (type instanceof ClassName c
        && !c.packageName().equals("java.lang")
        && !c.packageName().equals(samePackage)) {
      imports.add(c.canonicalName());
    }
  }

  private List<JavaViews.CommandView> commands(Aggregate aggregate) {
    List<JavaViews.CommandView> out = new ArrayList<>();
    for (Command command : aggregate.commands()) {
      boolean action = command.kind() == Command.Kind.ACTION;
      List<String> inputs = new ArrayList<>();
      List<JField> fields =
          action
              ? command.params().stream().map(f -> p.field(aggregate, f)).toList()
              : p.inputs(aggregate);
      fields.forEach(f -> inputs.add(f.ident()));
      if (command.kind() == Command.Kind.CREATE || command.kind() == Command.Kind.UPDATE) {
        p.entities(aggregate).forEach(e -> inputs.add(e.ident()));
      }
      out.add(
          new JavaViews.CommandView(
              command.name(),
              command.kind().name().toLowerCase(Locale.ROOT),
              command.name() + "Handler",
              Names.camel(command.name()) + "Handler",
              action
                  ? JavaDomainTypes.actionMethod(aggregate, command)
                  : JavaProject.ident(Names.camel(command.name())),
              List.copyOf(inputs)));
    }
    return List.copyOf(out);
  }

  private List<JavaViews.QueryView> queries(Aggregate aggregate) {
    List<JavaViews.QueryView> out = new ArrayList<>();
    for (Query query : aggregate.queries()) {
      TreeSet<String> imports =
          new TreeSet<>(
              List.of(
                  p.pkg("application.dto.Page"),
                  p.pkg("application.dto." + p.dto(aggregate).simpleName()),
                  p.domainPackage(aggregate) + "." + aggregate.name() + "Repository"));
      if (query.paginate()) {
        imports.add("java.util.UUID");
      }
      for (String name : query.filters()) {
        importOf(filterType(aggregate, name), p.pkg("application.query"), imports);
      }
      out.add(
          new JavaViews.QueryView(
              query.name(),
              query.kind() == Query.Kind.BY_ID ? "get" : "list",
              query.name() + "Handler",
              Names.camel(query.name()) + "Handler",
              Names.camel(query.name()),
              query.paginate(),
              filters(aggregate, query),
              List.copyOf(imports)));
    }
    return List.copyOf(out);
  }

  /**
   * The names list_handler's {@code handle} and the JDBC repository's list method spell (their
   * parameters, locals and the fields they read): a filter's local is allocated around them.
   */
  private static final String[] LIST_LOCALS = {
    "query",
    "params",
    "limit",
    "after",
    "found",
    "repository",
    "caller",
    "owner",
    "sql",
    "jdbc",
    "snapshots",
    "tx"
  };

  /** The locals of a list query's filters, in both methods that take them. */
  private JavaLocals filterLocals(Aggregate aggregate, Query query) {
    return JavaLocals.around(LIST_LOCALS).fields(filterFields(aggregate, query));
  }

  private List<JField> filterFields(Aggregate aggregate, Query query) {
    return query.filters().stream()
        .map(name -> p.field(aggregate, aggregate.field(name).orElseThrow()))
        .toList();
  }

  private List<JavaViews.Filter> filters(Aggregate aggregate, Query query) {
    List<JavaViews.Filter> out = new ArrayList<>();
    JavaLocals names = filterLocals(aggregate, query);
    for (JField f : filterFields(aggregate, query)) {
      String type = ((ClassName) filterType(aggregate, f.name())).simpleName();
      out.add(new JavaViews.Filter(type, names.of(f), parse(f, "query." + f.ident() + "()")));
    }
    return List.copyOf(out);
  }

  private static String parse(JField f, String raw) {
    String name = '"' + f.name() + '"';
    if (f.isEnum()) {
      return "oneOf(" + name + ", " + raw + ", " + f.enumType().simpleName() + ".class)";
    }
    String method =
        switch (f.scalar()) {
          case STRING, TEXT -> "text";
          case INT -> "integer";
          case LONG -> "longValue";
          case DECIMAL -> "decimal";
          case BOOL -> "bool";
          case UUID -> "uuid";
          case DATE -> "date";
          case TIMESTAMP -> "timestamp";
        };
    return method + "(" + name + ", " + raw + ")";
  }

  /** The list methods of the repository port, one per list query. */
  private List<JavaViews.ListMethod> lists(Aggregate aggregate) {
    List<JavaViews.ListMethod> out = new ArrayList<>();
    for (Query query : aggregate.queries()) {
      if (query.kind() != Query.Kind.LIST) {
        continue;
      }
      List<JavaViews.Condition> conditions = new ArrayList<>();
      JavaLocals names = filterLocals(aggregate, query);
      for (JField f : filterFields(aggregate, query)) {
        String local = names.of(f);
        String value =
            f.isEnum()
                ? "Jdbc.name(" + local + ")"
                : f.scalar() == dev.dddgen.model.Scalar.TIMESTAMP
                    ? "Jdbc.time(" + local + ")"
                    : local;
        conditions.add(
            new JavaViews.Condition(local, javaString(f.sqlColumn()), f.column(), value));
      }
      out.add(
          new JavaViews.ListMethod(
              aggregate.name(),
              aggregate.plural(),
              Names.camel(query.name()),
              filters(aggregate, query),
              List.copyOf(conditions)));
    }
    return List.copyOf(out);
  }

  static String javaString(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  private JavaViews.Http http(Aggregate aggregate) {
    TreeSet<String> imports =
        new TreeSet<>(
            List.of(
                p.pkg("application.dto." + p.dto(aggregate).simpleName()),
                "com.fasterxml.jackson.databind.ObjectMapper",
                "jakarta.servlet.http.HttpServletRequest",
                "jakarta.servlet.http.HttpServletResponse",
                "java.io.IOException",
                "java.util.UUID",
                "org.springframework.http.HttpHeaders",
                "org.springframework.web.bind.annotation.RequestMapping",
                "org.springframework.web.bind.annotation.RestController"));
    List<JavaViews.Handler> handlers = new ArrayList<>();
    List<JavaViews.Endpoint> creates = new ArrayList<>();
    List<JavaViews.Endpoint> updates = new ArrayList<>();
    List<JavaViews.Endpoint> deletes = new ArrayList<>();
    List<JavaViews.Endpoint> actions = new ArrayList<>();
    List<JavaViews.QueryEndpoint> gets = new ArrayList<>();
    List<JavaViews.QueryEndpoint> lists = new ArrayList<>();
    for (Command command : aggregate.commands()) {
      String field = JavaProject.ident(Names.camel(command.name()));
      handlers.add(new JavaViews.Handler(command.name() + "Handler", field, handlers.isEmpty()));
      imports.add(p.pkg("application.command." + command.name() + "Handler"));
      String segment =
          command.kind() == Command.Kind.ACTION ? JavaDomainTypes.segment(aggregate, command) : "";
      JavaViews.Endpoint endpoint =
          new JavaViews.Endpoint(field, field, command.name(), command.name() + "Request", segment);
      switch (command.kind()) {
        case CREATE -> {
          creates.add(endpoint);
          imports.add(p.pkg("application.command." + command.name()));
          imports.add("java.net.URI");
          imports.add("org.springframework.http.ResponseEntity");
          imports.add("org.springframework.web.bind.annotation.PostMapping");
        }
        case UPDATE -> {
          updates.add(endpoint);
          imports.add("org.springframework.web.bind.annotation.PutMapping");
          imports.add("org.springframework.web.bind.annotation.PathVariable");
        }
        case DELETE -> {
          deletes.add(endpoint);
          imports.add(p.pkg("application.command." + command.name()));
          imports.add("org.springframework.http.ResponseEntity");
          imports.add("org.springframework.web.bind.annotation.DeleteMapping");
          imports.add("org.springframework.web.bind.annotation.PathVariable");
        }
        case ACTION -> {
          actions.add(endpoint);
          imports.add("org.springframework.web.bind.annotation.PostMapping");
          imports.add("org.springframework.web.bind.annotation.PathVariable");
        }
      }
    }
    List<JavaViews.ReadOnlyMember> readOnly = new ArrayList<>();
    if (!creates.isEmpty() || !updates.isEmpty()) {
      for (Request.ReadOnlyField f : Api.readOnlyFields(aggregate)) {
        readOnly.add(
            new JavaViews.ReadOnlyMember(
                f.field().name(),
                JavaConformanceTests.javaString(f.message()),
                readOnly.isEmpty()));
      }
    }
    if (!readOnly.isEmpty()) {
      imports.add("java.util.Map");
    }
    for (Query query : aggregate.queries()) {
      String field = Names.camel(query.name());
      handlers.add(new JavaViews.Handler(query.name() + "Handler", field, handlers.isEmpty()));
      imports.add(p.pkg("application.query." + query.name() + "Handler"));
      imports.add(p.pkg("application.query." + query.name()));
      imports.add("org.springframework.web.bind.annotation.GetMapping");
      if (query.kind() == Query.Kind.BY_ID) {
        imports.add("org.springframework.web.bind.annotation.PathVariable");
        gets.add(new JavaViews.QueryEndpoint(field, field, query.name(), List.of()));
      } else {
        imports.add(p.pkg("application.dto.Page"));
        List<JavaViews.RequestParam> params = new ArrayList<>();
        for (String name : query.filters()) {
          String reader = reader(p.field(aggregate, aggregate.field(name).orElseThrow()));
          params.add(new JavaViews.RequestParam(name, reader, params.isEmpty()));
        }
        if (query.paginate()) {
          // The Go service reads the limit as an int (64 bits) and checks its range later.
          params.add(new JavaViews.RequestParam("limit", "int64", params.isEmpty()));
          params.add(new JavaViews.RequestParam("cursor", "text", false));
        }
        lists.add(new JavaViews.QueryEndpoint(field, field, query.name(), List.copyOf(params)));
      }
    }
    return new JavaViews.Http(
        JavaDomainTypes.route(aggregate),
        aggregate.name() + "Controller",
        List.copyOf(handlers),
        List.copyOf(creates),
        List.copyOf(updates),
        List.copyOf(deletes),
        List.copyOf(actions),
        List.copyOf(gets),
        List.copyOf(lists),
        readOnly,
        List.copyOf(imports));
  }

  /**
   * The QueryString method that reads a filter: its form is checked in the web layer, as the Go
   * service checks it; enums (and the values of enum value objects) are text there.
   */
  private static String reader(JField f) {
    if (f.isEnum()) {
      return "text";
    }
    return switch (f.scalar()) {
      case STRING, TEXT -> "text";
      case INT -> "int32";
      case LONG -> "int64";
      case DECIMAL -> "decimal";
      case BOOL -> "bool";
      case UUID -> "uuid";
      case DATE -> "date";
      case TIMESTAMP -> "timestamp";
    };
  }

  /** The view of the wiring configuration: every repository and handler bean. */
  JavaViews.Wiring wiring() {
    TreeSet<String> imports =
        new TreeSet<>(
            List.of(
                p.pkg("application.command.EventPublisher"),
                p.pkg("infrastructure.messaging.InProcessEventPublisher"),
                p.pkg("infrastructure.persistence.QueryDeadline"),
                "java.time.Clock",
                "javax.sql.DataSource",
                "org.springframework.jdbc.core.JdbcTemplate",
                "org.springframework.context.ApplicationEventPublisher",
                "org.springframework.context.annotation.Bean",
                "org.springframework.context.annotation.Configuration",
                "org.springframework.jdbc.core.simple.JdbcClient"));
    if (p.publishesEvents()) {
      imports.add("org.springframework.transaction.support.TransactionTemplate");
    }
    List<JavaViews.WiredAggregate> aggregates = new ArrayList<>();
    for (Aggregate aggregate : p.model().aggregates()) {
      imports.add(p.domainPackage(aggregate) + "." + aggregate.name() + "Repository");
      imports.add(p.pkg("infrastructure.persistence.Jdbc" + aggregate.name() + "Repository"));
      boolean transactional = p.writesInTransactions(aggregate);
      if (transactional) {
        imports.add("org.springframework.transaction.support.TransactionTemplate");
      }
      aggregate
          .commands()
          .forEach(c -> imports.add(p.pkg("application.command." + c.name() + "Handler")));
      aggregate
          .queries()
          .forEach(q -> imports.add(p.pkg("application.query." + q.name() + "Handler")));
      aggregates.add(
          new JavaViews.WiredAggregate(
              aggregate.name() + "Repository",
              Names.camel(aggregate.name()) + "Repository",
              "Jdbc" + aggregate.name() + "Repository",
              commands(aggregate),
              queries(aggregate),
              p.security().isPresent() && aggregate.ownedBy().isPresent(),
              p.writesOutbox(aggregate),
              transactional));
    }
    return new JavaViews.Wiring(List.copyOf(imports), List.copyOf(aggregates));
  }

  /**
   * Schema-derived facts the generated tests need (tables to empty, in an order that respects
   * references).
   */
  List<String> tables() {
    List<String> tables = new ArrayList<>();
    p.schema().tables().forEach(t -> tables.add(dev.dddgen.schema.Sql.id(t.name())));
    return tables;
  }
}
