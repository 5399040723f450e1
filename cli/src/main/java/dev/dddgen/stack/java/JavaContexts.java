package dev.dddgen.stack.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Command;
import dev.dddgen.model.Query;
import dev.dddgen.naming.Names;
import dev.dddgen.schema.SchemaBuilder;
import dev.dddgen.schema.Table;
import dev.dddgen.stack.java.JavaProject.JField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The contexts of the Java target's Mustache templates: plain maps and lists, every name and
 * expression computed here so that templates stay logic-less.
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
        persistence(aggregate, var, fields),
        http(aggregate),
        JavaTests.aggregate(p, aggregate));
  }

  private TypeName filterType(Aggregate aggregate, String filter) {
    JField f = p.field(aggregate, aggregate.field(filter).orElseThrow());
    // A value object is filtered by the value it wraps.
    return f.isEnum() ? f.enumType() : JavaProject.boxed(f.scalar());
  }

  private static void importOf(TypeName type, String samePackage, TreeSet<String> imports) {
    if (type instanceof ClassName c && !c.packageName().equals("java.lang") && !c.packageName().equals(samePackage)) {
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
              : p.fields(aggregate);
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
                  p.domainPackage(aggregate) + "." + aggregate.name() + "Repository",
                  "java.util.List"));
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

  private List<JavaViews.Filter> filters(Aggregate aggregate, Query query) {
    List<JavaViews.Filter> out = new ArrayList<>();
    for (String name : query.filters()) {
      JField f = p.field(aggregate, aggregate.field(name).orElseThrow());
      String type = ((ClassName) filterType(aggregate, name)).simpleName();
      out.add(new JavaViews.Filter(type, f.local(), parse(f, "query." + f.ident() + "()")));
    }
    return List.copyOf(out);
  }

  private static String parse(JField f, String raw) {
    String name = '"' + f.name() + '"';
    if (f.isEnum()) {
      return "oneOf(" + name + ", " + raw + ", " + f.enumType().simpleName() + ".class)";
    }
    String method = switch (f.scalar()) {
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
      for (String name : query.filters()) {
        JField f = p.field(aggregate, aggregate.field(name).orElseThrow());
        String value =
            f.isEnum()
                ? "Jdbc.name(" + f.local() + ")"
                : f.scalar() == dev.dddgen.model.Scalar.TIMESTAMP
                    ? "Jdbc.time(" + f.local() + ")"
                    : f.local();
        conditions.add(
            new JavaViews.Condition(f.local(), javaString(f.sqlColumn()), f.column(), value));
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

  private static String javaString(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  /** A leaf of a composite value object as a JDBC parameter: null when any value on the way is absent. */
  private String bindPath(String var, JField root, SchemaBuilder.FieldColumn fc) {
    List<String> chain = new ArrayList<>();
    String get = var;
    for (String part : fc.path()) {
      get = get + "." + JavaProject.ident(part) + "()";
      chain.add(get);
    }
    JField leaf = p.leaf(root.field(), fc);
    String value = leaf.isValueObject() ? get + ".value()" : get;
    if (leaf.isEnum()) {
      value = "Jdbc.name(" + value + ")";
    } else if (leaf.scalar() == dev.dddgen.model.Scalar.TIMESTAMP) {
      value = "Jdbc.time(" + value + ")";
    }
    List<String> checks = new ArrayList<>();
    for (String step : chain.subList(0, chain.size() - 1)) {
      checks.add(step + " == null");
    }
    if (leaf.isValueObject()) {
      checks.add(get + " == null");
    }
    return checks.isEmpty() ? value : String.join(" || ", checks) + " ? null : " + value;
  }

  /** A domain value as a JDBC parameter. */
  private static String bind(JField f, String value) {
    if (f.isEnum()) {
      return "Jdbc.name(" + value + ")";
    }
    if (f.isValueObject()) {
      value = f.required() ? value + ".value()" : value + " == null ? null : " + value + ".value()";
      if (f.scalar() == dev.dddgen.model.Scalar.TIMESTAMP) {
        return "Jdbc.time(" + (f.required() ? value : "(" + value + ")") + ")";
      }
      return value;
    }
    return f.scalar() == dev.dddgen.model.Scalar.TIMESTAMP ? "Jdbc.time(" + value + ")" : value;
  }

  /** A column as a domain value. */
  private static String read(JField f) {
    String column = '"' + f.column() + '"';
    if (f.isEnum()) {
      return "Jdbc.enumValue(" + f.enumType().simpleName() + ".class, rs.getString(" + column + "))";
    }
    if (f.isValueObject()) {
      return "Jdbc.wrap(" + readScalar(f, false) + ", " + f.valueObject().simpleName() + "::new)";
    }
    return readScalar(f, f.required());
  }

  private static String readScalar(JField f, boolean primitive) {
    return readScalar(f, f.column(), primitive);
  }

  /** A composite value object rebuilt from its columns; null when it is optional and absent. */
  private String readComposite(JField f, String column, boolean nullable, TreeSet<String> imports) {
    dev.dddgen.model.ValueObject vo = p.model().valueObject(f.composite().simpleName()).orElseThrow();
    imports.add(f.composite().canonicalName());
    List<String> parts = new ArrayList<>();
    String presence = null;
    for (dev.dddgen.model.Field part : vo.fields()) {
      JField pf = p.part(vo, part);
      String partColumn = column + "_" + Names.snake(part.name());
      if (pf.isComposite()) {
        parts.add(readComposite(pf, partColumn, nullable || part.optional(), imports));
        continue;
      }
      if (presence == null && !part.optional()) {
        presence = partColumn;
      }
      if (pf.isEnum()) {
        imports.add(pf.enumType().canonicalName());
        parts.add("Jdbc.enumValue(" + pf.enumType().simpleName() + ".class, rs.getString(\"" + partColumn + "\"))");
      } else if (pf.isValueObject()) {
        imports.add(pf.valueObject().canonicalName());
        parts.add("Jdbc.wrap(" + readScalar(pf, partColumn, false) + ", " + pf.valueObject().simpleName() + "::new)");
      } else {
        importLeaf(pf, imports);
        parts.add(readScalar(pf, partColumn, !nullable && !part.optional()));
      }
    }
    String built = "new " + f.composite().simpleName() + "(" + String.join(", ", parts) + ")";
    return nullable && presence != null ? "rs.getObject(\"" + presence + "\") == null ? null : " + built : built;
  }

  private static void importLeaf(JField f, TreeSet<String> imports) {
    if (f.scalar() == dev.dddgen.model.Scalar.DATE) {
      imports.add("java.time.LocalDate");
    }
  }

  private static String readScalar(JField f, String columnName, boolean primitive) {
    String column = '"' + columnName + '"';
    return switch (f.scalar()) {
      case STRING, TEXT -> "rs.getString(" + column + ")";
      case INT -> primitive ? "rs.getInt(" + column + ")" : "rs.getObject(" + column + ", Integer.class)";
      case LONG -> primitive ? "rs.getLong(" + column + ")" : "rs.getObject(" + column + ", Long.class)";
      case BOOL -> primitive ? "rs.getBoolean(" + column + ")" : "rs.getObject(" + column + ", Boolean.class)";
      case DECIMAL -> "rs.getBigDecimal(" + column + ")";
      case UUID -> "rs.getObject(" + column + ", UUID.class)";
      case DATE -> "rs.getObject(" + column + ", LocalDate.class)";
      case TIMESTAMP -> "Jdbc.instant(rs, " + column + ")";
    };
  }

  /** Columns with their first flags set, in order. */
  private static List<JavaViews.Column> columns(List<String[]> columns) {
    List<JavaViews.Column> out = new ArrayList<>();
    for (String[] c : columns) {
      out.add(new JavaViews.Column(c[0], c[1], c[2], out.isEmpty()));
    }
    return List.copyOf(out);
  }

  private JavaViews.Persistence persistence(Aggregate aggregate, String var, List<JField> fields) {
    Table table = p.schema().table(aggregate.table()).orElseThrow();
    // name (quoted for a Java string), parameter, bound value
    List<String[]> columns = new ArrayList<>();
    columns.add(new String[] {"id", "id", var + ".id()"});
    columns.add(new String[] {"version", "version", var + ".version()"});
    columns.add(new String[] {"created_at", "created_at", "Jdbc.time(" + var + ".createdAt())"});
    columns.add(new String[] {"updated_at", "updated_at", "Jdbc.time(" + var + ".updatedAt())"});
    List<String> reads =
        new ArrayList<>(
            List.of(
                "rs.getObject(\"id\", UUID.class)",
                "rs.getLong(\"version\")",
                "Jdbc.instant(rs, \"created_at\")",
                "Jdbc.instant(rs, \"updated_at\")"));
    TreeSet<String> imports =
        new TreeSet<>(
            List.of(
                p.domainPackage(aggregate) + "." + aggregate.name(),
                p.domainPackage(aggregate) + "." + aggregate.name() + "Repository",
                p.pkg("domain.shared.VersionConflictException"),
                "java.sql.ResultSet",
                "java.sql.SQLException",
                "java.util.Map",
                "java.util.Optional",
                "java.util.UUID",
                "org.springframework.dao.DataIntegrityViolationException",
                "org.springframework.jdbc.core.simple.JdbcClient",
                "org.springframework.transaction.support.TransactionTemplate"));
    for (JField f : fields) {
      if (f.isComposite()) {
        for (SchemaBuilder.FieldColumn fc : SchemaBuilder.columnsOf(p.model(), f.field())) {
          String sqlColumn = javaString(dev.dddgen.schema.Sql.id(fc.column()));
          columns.add(new String[] {sqlColumn, fc.column(), bindPath(var, f, fc)});
        }
        reads.add(readComposite(f, f.column(), f.field().optional(), imports));
        continue;
      }
      columns.add(
          new String[] {javaString(f.sqlColumn()), f.column(), bind(f, var + "." + f.ident() + "()")});
      reads.add(read(f));
      if (f.isEnum()) {
        imports.add(f.enumType().canonicalName());
      } else if (f.scalar() == dev.dddgen.model.Scalar.DATE) {
        imports.add("java.time.LocalDate");
      }
      if (f.isValueObject()) {
        imports.add(f.valueObject().canonicalName());
      }
    }
    if (aggregate.queries().stream().anyMatch(q -> q.kind() == Query.Kind.LIST)) {
      imports.add("java.util.HashMap");
      imports.add("java.util.List");
      for (Query query : aggregate.queries()) {
        for (String filter : query.filters()) {
          importOf(filterType(aggregate, filter), p.pkg("infrastructure.persistence"), imports);
        }
      }
    }
    List<String[]> entries = new ArrayList<>();
    for (Table.Constraint constraint : table.constraints()) {
      if ((constraint.kind() == Table.Constraint.Kind.UNIQUE
              || constraint.kind() == Table.Constraint.Kind.FOREIGN_KEY)
          && constraint.columns().size() == 1) {
        for (JField f : fields) {
          if (f.column().equals(constraint.columns().get(0))) {
            entries.add(new String[] {constraint.name(), f.name()});
          }
        }
      }
    }
    List<JavaViews.Child> children = new ArrayList<>();
    for (JavaProject.JEntity e : p.entities(aggregate)) {
      Table child = p.schema().table(e.entity().table()).orElseThrow();
      String parent = Names.snake(aggregate.name()) + "_id";
      List<String[]> childColumns = new ArrayList<>();
      childColumns.add(
          new String[] {javaString(dev.dddgen.schema.Sql.id(parent)), parent, var + ".id()"});
      childColumns.add(new String[] {"id", "id", "childRow.id()"});
      childColumns.add(new String[] {"position", "position", "i"});
      List<String> childReads = new ArrayList<>(List.of("rs.getObject(\"id\", UUID.class)"));
      for (JField f : e.fields()) {
        if (f.isComposite()) {
          for (SchemaBuilder.FieldColumn fc : SchemaBuilder.columnsOf(p.model(), f.field())) {
            childColumns.add(
                new String[] {
                  javaString(dev.dddgen.schema.Sql.id(fc.column())),
                  fc.column(),
                  bindPath("childRow", f, fc)
                });
          }
          childReads.add(readComposite(f, f.column(), f.field().optional(), imports));
          continue;
        }
        childColumns.add(
            new String[] {
              javaString(f.sqlColumn()), f.column(), bind(f, "childRow." + f.ident() + "()")
            });
        childReads.add(read(f));
        if (f.isValueObject()) {
          imports.add(f.valueObject().canonicalName());
        }
        if (f.isEnum()) {
          imports.add(f.enumType().canonicalName());
        }
        importLeaf(f, imports);
      }
      for (Table.Constraint constraint : child.constraints()) {
        if (constraint.kind() == Table.Constraint.Kind.FOREIGN_KEY
            && !constraint.columns().equals(List.of(parent))) {
          entries.add(new String[] {constraint.name(), e.json()});
        }
        if (constraint.kind() == Table.Constraint.Kind.UNIQUE
            && !constraint.columns().contains("position")) {
          entries.add(new String[] {constraint.name(), e.json()});
        }
      }
      imports.add(e.type().canonicalName());
      imports.add("java.util.List");
      children.add(
          new JavaViews.Child(
              e.entity().name(),
              e.ident(),
              "load" + Names.pascal(e.json()),
              javaString(dev.dddgen.schema.Sql.id(child.name())),
              javaString(dev.dddgen.schema.Sql.id(parent)),
              columns(childColumns),
              JavaViews.parts(childReads)));
      reads.add("load" + Names.pascal(e.json()) + "(rs.getObject(\"id\", UUID.class))");
    }
    List<JavaViews.ConstraintField> constraintFields = new ArrayList<>();
    for (String[] entry : entries) {
      constraintFields.add(
          new JavaViews.ConstraintField(entry[0], entry[1], constraintFields.isEmpty()));
    }
    // UPDATE sets every column but the id and the creation time.
    List<String[]> assignments = new ArrayList<>(List.of(columns.get(1), columns.get(3)));
    assignments.addAll(columns.subList(4, columns.size()));
    return new JavaViews.Persistence(
        "Jdbc" + aggregate.name() + "Repository",
        javaString(dev.dddgen.schema.Sql.id(table.name())),
        columns(columns),
        columns(assignments),
        JavaViews.parts(reads),
        List.copyOf(constraintFields),
        List.copyOf(children),
        List.copyOf(imports));
  }

  private JavaViews.Http http(Aggregate aggregate) {
    TreeSet<String> imports =
        new TreeSet<>(
            List.of(
                p.pkg("application.dto." + p.dto(aggregate).simpleName()),
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
          imports.add("org.springframework.web.bind.annotation.RequestBody");
        }
        case UPDATE -> {
          updates.add(endpoint);
          imports.add("org.springframework.web.bind.annotation.PutMapping");
          imports.add("org.springframework.web.bind.annotation.PathVariable");
          imports.add("org.springframework.web.bind.annotation.RequestBody");
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
          imports.add("org.springframework.web.bind.annotation.RequestBody");
        }
      }
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
        imports.add("org.springframework.web.bind.annotation.RequestParam");
        imports.add(p.pkg("application.dto.Page"));
        List<String> names = new ArrayList<>(query.filters());
        if (query.paginate()) {
          names.add("limit");
          names.add("cursor");
        }
        List<JavaViews.RequestParam> params = new ArrayList<>();
        for (String name : names) {
          params.add(new JavaViews.RequestParam(name, JavaProject.local(name), params.isEmpty()));
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
        List.copyOf(imports));
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
                "org.springframework.jdbc.core.simple.JdbcClient",
                "org.springframework.transaction.support.TransactionTemplate"));
    List<JavaViews.WiredAggregate> aggregates = new ArrayList<>();
    for (Aggregate aggregate : p.model().aggregates()) {
      imports.add(p.domainPackage(aggregate) + "." + aggregate.name() + "Repository");
      imports.add(p.pkg("infrastructure.persistence.Jdbc" + aggregate.name() + "Repository"));
      aggregate.commands().forEach(c -> imports.add(p.pkg("application.command." + c.name() + "Handler")));
      aggregate.queries().forEach(q -> imports.add(p.pkg("application.query." + q.name() + "Handler")));
      aggregates.add(
          new JavaViews.WiredAggregate(
              aggregate.name() + "Repository",
              Names.camel(aggregate.name()) + "Repository",
              "Jdbc" + aggregate.name() + "Repository",
              commands(aggregate),
              queries(aggregate)));
    }
    return new JavaViews.Wiring(List.copyOf(imports), List.copyOf(aggregates));
  }

  /** Schema-derived facts the generated tests need (tables to empty, in an order that respects references). */
  List<String> tables() {
    List<String> tables = new ArrayList<>();
    p.schema().tables().forEach(t -> tables.add(dev.dddgen.schema.Sql.id(t.name())));
    return tables;
  }
}
