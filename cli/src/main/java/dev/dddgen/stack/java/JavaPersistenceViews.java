package dev.dddgen.stack.java;

import static dev.dddgen.stack.java.JavaContexts.importOf;
import static dev.dddgen.stack.java.JavaContexts.javaString;

import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Query;
import dev.dddgen.naming.Names;
import dev.dddgen.schema.SchemaBuilder;
import dev.dddgen.schema.Table;
import dev.dddgen.stack.java.JavaProject.JField;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The view of an aggregate's JDBC repository: its columns with the parameters and values bound to
 * them, the expressions that read a row back, and the constraints' fields. The SQL is written in
 * the template.
 */
final class JavaPersistenceViews {
  private final JavaProject p;
  private final JavaContexts contexts;

  JavaPersistenceViews(JavaProject project, JavaContexts contexts) {
    this.p = project;
    this.contexts = contexts;
  }

  /**
   * A leaf of a composite value object as a JDBC parameter: null when any value on the way is
   * absent.
   */
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
      return "Jdbc.enumValue("
          + f.enumType().simpleName()
          + ".class, rs.getString("
          + column
          + "))";
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
    dev.dddgen.model.ValueObject vo =
        p.model().valueObject(f.composite().simpleName()).orElseThrow();
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
        parts.add(
            "Jdbc.enumValue("
                + pf.enumType().simpleName()
                + ".class, rs.getString(\""
                + partColumn
                + "\"))");
      } else if (pf.isValueObject()) {
        imports.add(pf.valueObject().canonicalName());
        parts.add(
            "Jdbc.wrap("
                + readScalar(pf, partColumn, false)
                + ", "
                + pf.valueObject().simpleName()
                + "::new)");
      } else {
        importLeaf(pf, imports);
        parts.add(readScalar(pf, partColumn, !nullable && !part.optional()));
      }
    }
    String built = "new " + f.composite().simpleName() + "(" + String.join(", ", parts) + ")";
    return nullable && presence != null
        ? "rs.getObject(\"" + presence + "\") == null ? null : " + built
        : built;
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
      case INT ->
          primitive ? "rs.getInt(" + column + ")" : "rs.getObject(" + column + ", Integer.class)";
      case LONG ->
          primitive ? "rs.getLong(" + column + ")" : "rs.getObject(" + column + ", Long.class)";
      case BOOL ->
          primitive
              ? "rs.getBoolean(" + column + ")"
              : "rs.getObject(" + column + ", Boolean.class)";
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

  JavaViews.Persistence persistence(Aggregate aggregate, String var, List<JField> fields) {
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
                "org.springframework.jdbc.core.simple.JdbcClient"));
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
          new String[] {
            javaString(f.sqlColumn()), f.column(), bind(f, var + "." + f.ident() + "()")
          });
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
          importOf(
              contexts.filterType(aggregate, filter), p.pkg("infrastructure.persistence"), imports);
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
      imports.add("org.springframework.transaction.TransactionDefinition");
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
    if (p.writesInTransactions(aggregate)) {
      imports.add("org.springframework.transaction.support.TransactionTemplate");
    }
    return new JavaViews.Persistence(
        "Jdbc" + aggregate.name() + "Repository",
        javaString(dev.dddgen.schema.Sql.id(table.name())),
        columns(columns),
        columns(assignments),
        JavaViews.parts(reads),
        List.copyOf(constraintFields),
        List.copyOf(children),
        p.writesOutbox(aggregate),
        List.copyOf(imports));
  }
}
