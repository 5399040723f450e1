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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
  Map<String, Object> aggregate(Aggregate aggregate) {
    Map<String, Object> agg = new LinkedHashMap<>();
    String var = Names.camel(aggregate.name());
    agg.put("name", aggregate.name());
    agg.put("var", var);
    agg.put("plural", aggregate.plural());
    agg.put("package", p.domainPackage(aggregate));
    agg.put("repository", aggregate.name() + "Repository");
    agg.put("dto", p.dto(aggregate).simpleName());
    List<JField> fields = p.fields(aggregate);
    List<Map<String, Object>> fieldList = new ArrayList<>();
    for (JField f : fields) {
      Map<String, Object> field = new LinkedHashMap<>();
      field.put("name", f.name());
      field.put("ident", f.ident());
      field.put("column", f.column());
      field.put("required", f.required());
      fieldList.add(field);
    }
    agg.put("fields", fieldList);
    agg.put("commands", commands(aggregate));
    agg.put("queries", queries(aggregate));
    agg.put("lists", lists(aggregate));
    TreeSet<String> repositoryImports = new TreeSet<>(List.of("java.util.Optional", "java.util.UUID"));
    if (aggregate.queries().stream().anyMatch(q -> q.kind() == Query.Kind.LIST)) {
      repositoryImports.add("java.util.List");
    }
    for (Query query : aggregate.queries()) {
      for (String filter : query.filters()) {
        importOf(filterType(aggregate, filter), p.domainPackage(aggregate), repositoryImports);
      }
    }
    agg.put("repositoryImports", List.copyOf(repositoryImports));
    agg.put("persistence", persistence(aggregate, var, fields));
    agg.put("http", http(aggregate));
    return agg;
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

  private List<Map<String, Object>> commands(Aggregate aggregate) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Command command : aggregate.commands()) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("name", command.name());
      c.put("kind", command.kind().name().toLowerCase(Locale.ROOT));
      c.put("handler", command.name() + "Handler");
      c.put("bean", Names.camel(command.name()) + "Handler");
      boolean action = command.kind() == Command.Kind.ACTION;
      c.put("method", action ? JavaDomainTypes.actionMethod(aggregate, command) : JavaProject.ident(Names.camel(command.name())));
      List<String> args = new ArrayList<>();
      List<JField> inputs = action ? command.params().stream().map(f -> p.field(aggregate, f)).toList() : p.fields(aggregate);
      for (JField f : inputs) {
        args.add("command." + f.ident() + "()");
      }
      if (command.kind() == Command.Kind.CREATE || command.kind() == Command.Kind.UPDATE) {
        p.entities(aggregate).forEach(e -> args.add("command." + e.ident() + "()"));
      }
      args.add("now");
      c.put("arguments", String.join(", ", args));
      out.add(c);
    }
    return out;
  }

  private List<Map<String, Object>> queries(Aggregate aggregate) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Query query : aggregate.queries()) {
      Map<String, Object> q = new LinkedHashMap<>();
      q.put("name", query.name());
      q.put("kind", query.kind() == Query.Kind.BY_ID ? "get" : "list");
      q.put("handler", query.name() + "Handler");
      q.put("bean", Names.camel(query.name()) + "Handler");
      q.put("method", Names.camel(query.name()));
      q.put("paginate", query.paginate());
      List<Map<String, Object>> filters = new ArrayList<>();
      TreeSet<String> imports = new TreeSet<>(List.of(
          p.pkg("application.dto.Page"), p.pkg("application.dto." + p.dto(aggregate).simpleName()),
          p.domainPackage(aggregate) + "." + aggregate.name() + "Repository", "java.util.List"));
      if (query.paginate()) {
        imports.add("java.util.UUID");
      }
      StringBuilder arguments = new StringBuilder();
      for (String name : query.filters()) {
        JField f = p.field(aggregate, aggregate.field(name).orElseThrow());
        Map<String, Object> filter = new LinkedHashMap<>();
        TypeName type = filterType(aggregate, name);
        importOf(type, p.pkg("application.query"), imports);
        filter.put("type", ((ClassName) type).simpleName());
        filter.put("local", f.local());
        filter.put("parse", parse(f, "query." + f.ident() + "()"));
        filters.add(filter);
        arguments.append(f.local()).append(", ");
      }
      q.put("filters", filters);
      q.put("arguments", arguments.toString());
      q.put("imports", List.copyOf(imports));
      out.add(q);
    }
    return out;
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
  private List<Map<String, Object>> lists(Aggregate aggregate) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Query query : aggregate.queries()) {
      if (query.kind() != Query.Kind.LIST) {
        continue;
      }
      Map<String, Object> list = new LinkedHashMap<>();
      list.put("name", aggregate.name());
      list.put("plural", aggregate.plural());
      list.put("method", Names.camel(query.name()));
      StringBuilder parameters = new StringBuilder();
      List<Map<String, Object>> conditions = new ArrayList<>();
      for (String name : query.filters()) {
        JField f = p.field(aggregate, aggregate.field(name).orElseThrow());
        parameters.append(((ClassName) filterType(aggregate, name)).simpleName()).append(' ').append(f.local()).append(", ");
        Map<String, Object> condition = new LinkedHashMap<>();
        condition.put("local", f.local());
        condition.put("column", javaString(f.sqlColumn()));
        condition.put("param", f.column());
        condition.put("value", f.isEnum() ? "Jdbc.name(" + f.local() + ")"
            : f.scalar() == dev.dddgen.model.Scalar.TIMESTAMP ? "Jdbc.time(" + f.local() + ")" : f.local());
        conditions.add(condition);
      }
      list.put("parameters", parameters.toString());
      list.put("conditions", conditions);
      out.add(list);
    }
    return out;
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

  private Map<String, Object> persistence(Aggregate aggregate, String var, List<JField> fields) {
    Map<String, Object> out = new LinkedHashMap<>();
    Table table = p.schema().table(aggregate.table()).orElseThrow();
    out.put("class", "Jdbc" + aggregate.name() + "Repository");
    out.put("table", javaString(dev.dddgen.schema.Sql.id(table.name())));
    List<String> columns = new ArrayList<>(List.of("id", "version", "created_at", "updated_at"));
    List<String> values = new ArrayList<>(List.of(":id", ":version", ":created_at", ":updated_at"));
    List<String> assignments = new ArrayList<>(List.of("version = :version", "updated_at = :updated_at"));
    List<Map<String, Object>> binds = new ArrayList<>();
    binds.add(Map.of("param", "id", "value", var + ".id()"));
    binds.add(Map.of("param", "version", "value", var + ".version()"));
    binds.add(Map.of("param", "created_at", "value", "Jdbc.time(" + var + ".createdAt())"));
    binds.add(Map.of("param", "updated_at", "value", "Jdbc.time(" + var + ".updatedAt())"));
    List<String> reads = new ArrayList<>(List.of("rs.getObject(\"id\", UUID.class)", "rs.getLong(\"version\")",
        "Jdbc.instant(rs, \"created_at\")", "Jdbc.instant(rs, \"updated_at\")"));
    TreeSet<String> imports = new TreeSet<>(List.of(
        p.domainPackage(aggregate) + "." + aggregate.name(), p.domainPackage(aggregate) + "." + aggregate.name() + "Repository",
        p.pkg("domain.shared.VersionConflictException"), "java.sql.ResultSet", "java.sql.SQLException",
        "java.util.Map", "java.util.Optional", "java.util.UUID", "org.springframework.dao.DataIntegrityViolationException",
        "org.springframework.jdbc.core.simple.JdbcClient", "org.springframework.transaction.support.TransactionTemplate"));
    for (JField f : fields) {
      if (f.isComposite()) {
        for (SchemaBuilder.FieldColumn fc : SchemaBuilder.columnsOf(p.model(), f.field())) {
          String sqlColumn = javaString(dev.dddgen.schema.Sql.id(fc.column()));
          columns.add(sqlColumn);
          values.add(":" + fc.column());
          assignments.add(sqlColumn + " = :" + fc.column());
          binds.add(Map.of("param", fc.column(), "value", bindPath(var, f, fc)));
        }
        reads.add(readComposite(f, f.column(), f.field().optional(), imports));
        continue;
      }
      columns.add(javaString(f.sqlColumn()));
      values.add(":" + f.column());
      assignments.add(javaString(f.sqlColumn()) + " = :" + f.column());
      binds.add(Map.of("param", f.column(), "value", bind(f, var + "." + f.ident() + "()")));
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
    List<String> entries = new ArrayList<>();
    for (Table.Constraint constraint : table.constraints()) {
      if ((constraint.kind() == Table.Constraint.Kind.UNIQUE || constraint.kind() == Table.Constraint.Kind.FOREIGN_KEY)
          && constraint.columns().size() == 1) {
        for (JField f : fields) {
          if (f.column().equals(constraint.columns().get(0))) {
            entries.add("Map.entry(\"" + constraint.name() + "\", \"" + f.name() + "\")");
          }
        }
      }
    }
    List<Map<String, Object>> children = new ArrayList<>();
    for (JavaProject.JEntity e : p.entities(aggregate)) {
      Table child = p.schema().table(e.entity().table()).orElseThrow();
      Map<String, Object> c = new LinkedHashMap<>();
      String parent = Names.snake(aggregate.name()) + "_id";
      List<String> childColumns = new ArrayList<>(List.of(javaString(dev.dddgen.schema.Sql.id(parent)), "id", "position"));
      List<String> childValues = new ArrayList<>(List.of(":" + parent, ":id", ":position"));
      List<Map<String, Object>> childBinds = new ArrayList<>();
      childBinds.add(Map.of("param", parent, "value", var + ".id()"));
      childBinds.add(Map.of("param", "id", "value", "childRow.id()"));
      childBinds.add(Map.of("param", "position", "value", "i"));
      List<String> childReads = new ArrayList<>(List.of("rs.getObject(\"id\", UUID.class)"));
      for (JField f : e.fields()) {
        if (f.isComposite()) {
          for (SchemaBuilder.FieldColumn fc : SchemaBuilder.columnsOf(p.model(), f.field())) {
            childColumns.add(javaString(dev.dddgen.schema.Sql.id(fc.column())));
            childValues.add(":" + fc.column());
            childBinds.add(Map.of("param", fc.column(), "value", bindPath("childRow", f, fc)));
          }
          childReads.add(readComposite(f, f.column(), f.field().optional(), imports));
          continue;
        }
        childColumns.add(javaString(f.sqlColumn()));
        childValues.add(":" + f.column());
        childBinds.add(Map.of("param", f.column(), "value", bind(f, "childRow." + f.ident() + "()")));
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
        if (constraint.kind() == Table.Constraint.Kind.FOREIGN_KEY && !constraint.columns().equals(List.of(parent))) {
          entries.add("Map.entry(\"" + constraint.name() + "\", \"" + e.json() + "\")");
        }
        if (constraint.kind() == Table.Constraint.Kind.UNIQUE && !constraint.columns().contains("position")) {
          entries.add("Map.entry(\"" + constraint.name() + "\", \"" + e.json() + "\")");
        }
      }
      imports.add(e.type().canonicalName());
      imports.add("java.util.List");
      c.put("type", e.entity().name());
      c.put("ident", e.ident());
      c.put("method", "load" + Names.pascal(e.json()));
      c.put("table", javaString(dev.dddgen.schema.Sql.id(child.name())));
      c.put("parent", javaString(dev.dddgen.schema.Sql.id(parent)));
      c.put("columns", String.join(", ", childColumns));
      c.put("values", String.join(", ", childValues));
      c.put("binds", childBinds);
      c.put("reads", String.join(",\n            ", childReads));
      children.add(c);
      reads.add("load" + Names.pascal(e.json()) + "(rs.getObject(\"id\", UUID.class))");
    }
    out.put("children", children);
    out.put("imports", List.copyOf(imports));
    out.put("columns", String.join(", ", columns));
    out.put("insertValues", String.join(", ", values));
    out.put("assignments", String.join(", ", assignments));
    out.put("binds", binds);
    out.put("reads", String.join(",\n        ", reads));
    out.put("constraintFields", entries.isEmpty() ? "Map.of()" : "Map.ofEntries(\n      " + String.join(",\n      ", entries) + ")");
    return out;
  }

  private Map<String, Object> http(Aggregate aggregate) {
    Map<String, Object> out = new LinkedHashMap<>();
    String route = JavaDomainTypes.route(aggregate);
    out.put("route", route);
    out.put("controller", aggregate.name() + "Controller");
    TreeSet<String> imports = new TreeSet<>(List.of(p.pkg("application.dto." + p.dto(aggregate).simpleName()),
        "org.springframework.web.bind.annotation.RequestMapping", "org.springframework.web.bind.annotation.RestController"));
    List<Map<String, Object>> handlers = new ArrayList<>();
    List<Map<String, Object>> creates = new ArrayList<>();
    List<Map<String, Object>> updates = new ArrayList<>();
    List<Map<String, Object>> deletes = new ArrayList<>();
    List<Map<String, Object>> actions = new ArrayList<>();
    List<Map<String, Object>> gets = new ArrayList<>();
    List<Map<String, Object>> lists = new ArrayList<>();
    for (Command command : aggregate.commands()) {
      String field = JavaProject.ident(Names.camel(command.name()));
      handlers.add(Map.of("type", command.name() + "Handler", "field", field));
      imports.add(p.pkg("application.command." + command.name() + "Handler"));
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("method", field);
      c.put("field", field);
      c.put("command", command.name());
      c.put("request", command.name() + "Request");
      switch (command.kind()) {
        case CREATE -> {
          creates.add(c);
          imports.add(p.pkg("application.command." + command.name()));
          imports.add("java.net.URI");
          imports.add("org.springframework.http.ResponseEntity");
          imports.add("org.springframework.web.bind.annotation.PostMapping");
          imports.add("org.springframework.web.bind.annotation.RequestBody");
        }
        case UPDATE -> {
          updates.add(c);
          imports.add("org.springframework.web.bind.annotation.PutMapping");
          imports.add("org.springframework.web.bind.annotation.PathVariable");
          imports.add("org.springframework.web.bind.annotation.RequestBody");
        }
        case DELETE -> {
          deletes.add(c);
          imports.add(p.pkg("application.command." + command.name()));
          imports.add("org.springframework.http.ResponseEntity");
          imports.add("org.springframework.web.bind.annotation.DeleteMapping");
          imports.add("org.springframework.web.bind.annotation.PathVariable");
        }
        case ACTION -> {
          c.put("segment", JavaDomainTypes.segment(aggregate, command));
          actions.add(c);
          imports.add("org.springframework.web.bind.annotation.PostMapping");
          imports.add("org.springframework.web.bind.annotation.PathVariable");
          imports.add("org.springframework.web.bind.annotation.RequestBody");
        }
      }
    }
    for (Query query : aggregate.queries()) {
      String field = Names.camel(query.name());
      handlers.add(Map.of("type", query.name() + "Handler", "field", field));
      imports.add(p.pkg("application.query." + query.name() + "Handler"));
      imports.add(p.pkg("application.query." + query.name()));
      imports.add("org.springframework.web.bind.annotation.GetMapping");
      Map<String, Object> q = new LinkedHashMap<>();
      q.put("method", field);
      q.put("field", field);
      q.put("query", query.name());
      if (query.kind() == Query.Kind.BY_ID) {
        imports.add("org.springframework.web.bind.annotation.PathVariable");
        gets.add(q);
      } else {
        imports.add("org.springframework.web.bind.annotation.RequestParam");
        imports.add(p.pkg("application.dto.Page"));
        List<String> names = new ArrayList<>(query.filters());
        if (query.paginate()) {
          names.add("limit");
          names.add("cursor");
        }
        List<String> params = new ArrayList<>();
        List<String> args = new ArrayList<>();
        for (String name : names) {
          String local = JavaProject.local(name);
          params.add("@RequestParam(name = \"" + name + "\", required = false) String " + local);
          args.add(local);
        }
        q.put("parameters", String.join(",\n      ", params));
        q.put("arguments", String.join(", ", args));
        q.put("parametersDoc", names.isEmpty() ? "" : "?" + String.join("&", names.stream().map(n -> n + "=").toList()));
        lists.add(q);
      }
    }
    out.put("handlers", handlers);
    out.put("constructorParameters", String.join(",\n      ",
        handlers.stream().map(h -> h.get("type") + " " + h.get("field")).toList()));
    out.put("creates", creates);
    out.put("updates", updates);
    out.put("deletes", deletes);
    out.put("actions", actions);
    out.put("gets", gets);
    out.put("lists", lists);
    out.put("imports", List.copyOf(imports));
    return out;
  }

  /** The context of the wiring configuration: every repository and handler bean. */
  Map<String, Object> wiring() {
    TreeSet<String> imports = new TreeSet<>(List.of(p.pkg("application.command.EventPublisher"),
        p.pkg("infrastructure.messaging.InProcessEventPublisher"), p.pkg("infrastructure.persistence.QueryDeadline"),
        "java.time.Clock", "javax.sql.DataSource", "org.springframework.jdbc.core.JdbcTemplate",
        "org.springframework.context.ApplicationEventPublisher", "org.springframework.context.annotation.Bean",
        "org.springframework.context.annotation.Configuration", "org.springframework.jdbc.core.simple.JdbcClient",
        "org.springframework.transaction.support.TransactionTemplate"));
    List<Map<String, Object>> aggregates = new ArrayList<>();
    for (Aggregate aggregate : p.model().aggregates()) {
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("repository", aggregate.name() + "Repository");
      a.put("repositoryBean", Names.camel(aggregate.name()) + "Repository");
      a.put("jdbcRepository", "Jdbc" + aggregate.name() + "Repository");
      imports.add(p.domainPackage(aggregate) + "." + aggregate.name() + "Repository");
      imports.add(p.pkg("infrastructure.persistence.Jdbc" + aggregate.name() + "Repository"));
      a.put("commands", commands(aggregate));
      a.put("queries", queries(aggregate));
      aggregate.commands().forEach(c -> imports.add(p.pkg("application.command." + c.name() + "Handler")));
      aggregate.queries().forEach(q -> imports.add(p.pkg("application.query." + q.name() + "Handler")));
      aggregates.add(a);
    }
    return Map.of("imports", List.copyOf(imports), "aggregates", aggregates);
  }

  /** Schema-derived facts the generated tests need (tables to empty, in an order that respects references). */
  List<String> tables() {
    List<String> tables = new ArrayList<>();
    p.schema().tables().forEach(t -> tables.add(dev.dddgen.schema.Sql.id(t.name())));
    return tables;
  }
}
