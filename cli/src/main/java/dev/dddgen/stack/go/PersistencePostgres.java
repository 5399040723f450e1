package dev.dddgen.stack.go;

import dev.dddgen.api.Api;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Entity;
import dev.dddgen.model.Field;
import dev.dddgen.model.FieldType;
import dev.dddgen.model.Query;
import dev.dddgen.model.Scalar;
import dev.dddgen.model.ValueObject;
import dev.dddgen.naming.Names;
import dev.dddgen.schema.RelationalSchema;
import dev.dddgen.schema.SchemaBuilder;
import dev.dddgen.schema.Sql;
import dev.dddgen.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The view of aggregate_postgres: its tables, columns, list conditions and row readers. */
final class PersistencePostgres {
  /**
   * The domain types a row holds as an adapter of package postgres (sql.Scanner and driver.Valuer),
   * so that the domain imports no database package.
   */
  private static final Map<String, String> ADAPTERS =
      Map.of("shared.Decimal", "postgres.Decimal", "shared.Date", "postgres.Date");

  private static final Map<String, String> ADAPTED =
      Map.of("postgres.Decimal", "shared.Decimal", "postgres.Date", "shared.Date");

  private PersistencePostgres() {}

  /** The view of aggregate_postgres. */
  static GoPersistenceViews.PostgresRepository postgres(GoProject p, Aggregate a) {
    GoProject.AggregateNames n = p.names(a);
    RelationalSchema schema = p.schema();
    String rv = n.receiver();
    String lower = Names.lowerFirst(a.name());

    List<GoPersistenceViews.ConstraintField> constraints = new ArrayList<>();
    addConstraints(p, schema, a.table(), a.fields(), null, constraints);
    for (Entity e : a.entities()) {
      addConstraints(p, schema, e.table(), e.fields(), Names.lowerFirst(e.plural()), constraints);
    }

    List<GoPersistenceViews.OptionalBuilder> optionalBuilders = new ArrayList<>();
    // The root's field columns follow id, version, created_at and updated_at ($1 to $4).
    Cols root = columns(p, a, null, a.fields(), rv, "r.", 5, optionalBuilders);

    List<GoPersistenceViews.ListCondition> conditions = new ArrayList<>();
    List<GoPersistenceViews.ListArgument> listFilters = new ArrayList<>();
    Query list = a.query(Query.Kind.LIST).orElse(null);
    if (list != null) {
      for (String filter : list.filters()) {
        Field field = a.field(filter).orElseThrow();
        for (SchemaBuilder.FieldColumn column : SchemaBuilder.columnsOf(p.model(), field)) {
          String type =
              schema
                  .table(a.table())
                  .flatMap(t -> t.column(column.column()))
                  .map(Table.Column::type)
                  .orElse("text");
          conditions.add(
              new GoPersistenceViews.ListCondition(
                  conditions.size() + 1, type, Sql.id(column.column()), conditions.isEmpty()));
        }
        Field leaf = HttpTestsBodies.leaf(p.model(), field);
        String adapter =
            leaf.type() instanceof FieldType.Builtin b
                    && (b.scalar() == Scalar.DECIMAL || b.scalar() == Scalar.DATE)
                ? ADAPTERS.get(b.scalar() == Scalar.DECIMAL ? "shared.Decimal" : "shared.Date")
                : "";
        listFilters.add(new GoPersistenceViews.ListArgument(GoNames.exported(filter), adapter));
      }
    }

    List<GoPersistenceViews.PostgresEntity> entities = new ArrayList<>();
    for (int i = 0; i < a.entities().size(); i++) {
      Entity e = a.entities().get(i);
      String itemVar = rv.equals("e") ? "item" : "e";
      // An entity's field columns follow its parent's id, its id and its position ($1 to $3).
      Cols cols = columns(p, a, e, e.fields(), itemVar, "", 4, optionalBuilders);
      String parentColumn = Names.snake(a.name()) + "_id";
      entities.add(
          new GoPersistenceViews.PostgresEntity(
              e.name(),
              e.plural(),
              GoNames.local(Api.listProperty(e)),
              GoNames.exported(e.plural()),
              Sql.id(e.table()),
              e.table(),
              parentColumn,
              GoNames.local(GoNames.lowerCamel(parentColumn)),
              itemVar,
              cols.columns(),
              cols.fieldValues(),
              i == a.entities().size() - 1));
    }
    return new GoPersistenceViews.PostgresRepository(
        a.name(),
        n.plural(),
        n.ref(),
        Names.human(a.name()),
        Names.human(a.plural()),
        "Err" + a.name() + "NotFound",
        rv,
        Sql.id(a.table()),
        a.table(),
        constraints,
        lower + "Values",
        lower + "Table",
        lower + "Row",
        root.columns(),
        root.fieldValues(),
        conditions,
        listFilters,
        conditions.size() + 1,
        conditions.size() + 2,
        entities,
        optionalBuilders,
        GoEventViews.outbox(p, a)
            ? Optional.of(GoPersistenceViews.OutboxParams.after(4 + root.columns().size()))
            : Optional.empty());
  }

  private static void addConstraints(
      GoProject p,
      RelationalSchema schema,
      String table,
      List<Field> fields,
      String entityField,
      List<GoPersistenceViews.ConstraintField> out) {
    Table t = schema.table(table).orElse(null);
    if (t == null) {
      return;
    }
    for (Table.Constraint c : t.constraints()) {
      if (c.kind() != Table.Constraint.Kind.UNIQUE
          && c.kind() != Table.Constraint.Kind.FOREIGN_KEY) {
        continue;
      }
      String field = null;
      for (Field f : fields) {
        for (SchemaBuilder.FieldColumn column : SchemaBuilder.columnsOf(p.model(), f)) {
          if (c.columns().size() == 1 && c.columns().get(0).equals(column.column())) {
            field = f.name();
          }
        }
      }
      if (field == null) {
        continue;
      }
      out.add(
          new GoPersistenceViews.ConstraintField(
              GoNames.quote(c.name()), GoNames.quote(entityField == null ? field : entityField)));
    }
  }

  record Cols(List<GoPersistenceViews.Column> columns, List<String> fieldValues) {}

  private static Cols columns(
      GoProject p,
      Aggregate a,
      Entity e,
      List<Field> fields,
      String rv,
      String rowPrefix,
      int firstParam,
      List<GoPersistenceViews.OptionalBuilder> optionalBuilders) {
    List<GoPersistenceViews.Column> columns = new ArrayList<>();
    List<String> fieldValues = new ArrayList<>();
    for (Field field : fields) {
      List<SchemaBuilder.FieldColumn> fcs = SchemaBuilder.columnsOf(p.model(), field);
      List<String> locals = new ArrayList<>();
      for (SchemaBuilder.FieldColumn fc : fcs) {
        String local = GoNames.local(GoNames.lowerCamel(fc.column()));
        locals.add(rowPrefix + local);
        String rowType = rowType(p, a, e, field, fc);
        columns.add(
            new GoPersistenceViews.Column(
                Sql.id(fc.column()),
                firstParam + columns.size(),
                local,
                rowType,
                value(p, rv, field, fc, rowType)));
      }
      Ctx ctx =
          new Ctx(
              p,
              fcs,
              rowPrefix,
              Names.lowerFirst(e == null ? a.name() : e.name()),
              e == null ? a.name() : e.name(),
              optionalBuilders,
              a,
              e);
      fieldValues.add(fieldValue(ctx, field, locals));
    }
    return new Cols(columns, fieldValues);
  }

  private static String rowType(
      GoProject p, Aggregate a, Entity e, Field field, SchemaBuilder.FieldColumn fc) {
    Field leaf = fc.leaf();
    String base;
    FieldType type = leaf.type();
    if (type instanceof FieldType.ValueObjectType vo) {
      ValueObject v = p.model().valueObject(vo.name()).orElseThrow();
      Field wrapped = v.wrapped();
      if (wrapped.type() instanceof FieldType.Enumeration) {
        base = "shared." + v.name() + "Value";
      } else {
        base = GoTypes.of(p.model(), "shared", wrapped, null).domain().replace("*", "");
      }
    } else if (type instanceof FieldType.Enumeration) {
      if (fc.path().size() > 1) {
        String voName = compositeName(p, field);
        base = "shared." + voName + GoNames.exported(leaf.name());
      } else {
        base = p.names(a).ref() + "." + GoTypes.enumTypeName(a, e == null ? null : e.name(), field);
      }
    } else {
      base = GoTypes.of(p.model(), p.names(a).ref(), leaf, null).domain().replace("*", "");
    }
    base = ADAPTERS.getOrDefault(base, base);
    return fc.nullable() ? "*" + base : base;
  }

  /**
   * A column local read back as its domain type: an adapter of package postgres converts to the
   * shared type it stands for ({@code shared.Decimal(r.total)}); {@code dereference} reads a
   * NULL-able column known to be set.
   */
  private static String fromColumn(String rowType, String local, boolean dereference) {
    String base = rowType.replace("*", "");
    String domain = ADAPTED.get(base);
    if (domain == null) {
      return (dereference ? "*" : "") + local;
    }
    if (dereference) {
      return domain + "(*" + local + ")";
    }
    return rowType.startsWith("*")
        ? "(*" + domain + ")(" + local + ")"
        : domain + "(" + local + ")";
  }

  /** A domain value written to a column: through the column's adapter, if it has one. */
  private static String toColumn(String rowType, String value, boolean pointer) {
    String adapter = rowType.replace("*", "");
    if (!ADAPTED.containsKey(adapter)) {
      return value;
    }
    return pointer ? "(*" + adapter + ")(" + value + ")" : adapter + "(" + value + ")";
  }

  /** The type of a column's local, for the field of the context that holds it. */
  private static String columnType(Ctx ctx, SchemaBuilder.FieldColumn fc) {
    return rowType(ctx.p(), ctx.a(), ctx.e(), fieldOf(ctx, fc), fc);
  }

  private static String compositeName(GoProject p, Field field) {
    return ((FieldType.ValueObjectType) field.type()).name();
  }

  private static String value(
      GoProject p, String rv, Field field, SchemaBuilder.FieldColumn fc, String rowType) {
    String cur = rv + "." + GoNames.exported(field.name()) + "()";
    boolean pointer = field.optional() && field.defaultValue().isEmpty();
    Field node = field;
    for (int i = 1; i <= fc.path().size(); i++) {
      if (!(node.type() instanceof FieldType.ValueObjectType vo)) {
        break;
      }
      ValueObject v = p.model().valueObject(vo.name()).orElseThrow();
      Field part;
      String method;
      if (v.simple()) {
        if (i != fc.path().size()) {
          break;
        }
        part = null;
        method = "Value";
      } else {
        if (i >= fc.path().size()) {
          break;
        }
        String partName = fc.path().get(i);
        part = v.fields().stream().filter(f -> f.name().equals(partName)).findFirst().orElseThrow();
        method = GoNames.exported(partName);
      }
      boolean partOptional = part != null && part.optional();
      if (pointer) {
        cur =
            (partOptional ? "flatPart(" : "optionalPart(")
                + cur
                + ", shared."
                + v.name()
                + "."
                + method
                + ")";
      } else {
        cur = cur + "." + method + "()";
        pointer = partOptional;
      }
      if (part == null) {
        break;
      }
      node = part;
    }
    return toColumn(rowType, cur, pointer);
  }

  record Ctx(
      GoProject p,
      List<SchemaBuilder.FieldColumn> fcs,
      String prefix,
      String ownerLower,
      String owner,
      List<GoPersistenceViews.OptionalBuilder> builders,
      Aggregate a,
      Entity e) {
    String local(SchemaBuilder.FieldColumn fc) {
      return GoNames.local(GoNames.lowerCamel(fc.column()));
    }

    List<SchemaBuilder.FieldColumn> under(List<String> path) {
      return fcs.stream()
          .filter(
              fc ->
                  fc.path().size() >= path.size() && fc.path().subList(0, path.size()).equals(path))
          .toList();
    }
  }

  private static String fieldValue(Ctx ctx, Field field, List<String> locals) {
    if (field.type() instanceof FieldType.ValueObjectType) {
      List<String> path = List.of(field.name());
      if (field.optional() && field.defaultValue().isEmpty()) {
        return builderCall(ctx, field, path);
      }
      return nodeExpr(ctx, field, path, false, ctx.prefix());
    }
    return fromColumn(columnType(ctx, ctx.fcs().get(0)), locals.get(0), false);
  }

  private static String nodeExpr(
      Ctx ctx, Field node, List<String> path, boolean underOptional, String prefix) {
    ValueObject v =
        ctx.p().model().valueObject(((FieldType.ValueObjectType) node.type()).name()).orElseThrow();
    List<String> args = new ArrayList<>();
    if (v.simple()) {
      SchemaBuilder.FieldColumn fc = ctx.under(path).get(0);
      args.add(fromColumn(columnType(ctx, fc), prefix + ctx.local(fc), underOptional));
    } else {
      for (Field part : v.fields()) {
        List<String> sub = new ArrayList<>(path);
        sub.add(part.name());
        if (part.type() instanceof FieldType.ValueObjectType) {
          // A value-object part, simple or composite, is rebuilt from its own columns.
          if (part.optional()) {
            args.add(builderCall(ctx, part, sub, prefix));
          } else {
            args.add(nodeExpr(ctx, part, sub, underOptional, prefix));
          }
        } else {
          SchemaBuilder.FieldColumn fc = ctx.under(sub).get(0);
          args.add(
              fromColumn(
                  columnType(ctx, fc), prefix + ctx.local(fc), underOptional && !part.optional()));
        }
      }
    }
    return "shared.Unmarshal" + v.name() + "FromDatabase(" + String.join(", ", args) + ")";
  }

  private static String builderCall(Ctx ctx, Field node, List<String> path) {
    return builderCall(ctx, node, path, ctx.prefix());
  }

  private static String builderCall(Ctx ctx, Field node, List<String> path, String prefix) {
    String name =
        ctx.ownerLower()
            + path.stream().map(GoNames::exported).collect(Collectors.joining())
            + "FromColumns";
    List<SchemaBuilder.FieldColumn> cols = ctx.under(path);
    if (ctx.builders().stream().noneMatch(b -> b.name().equals(name))) {
      String build = nodeExpr(ctx, node, path, true, "");
      List<GoPersistenceViews.BuilderParam> params = new ArrayList<>();
      for (SchemaBuilder.FieldColumn fc : cols) {
        params.add(
            new GoPersistenceViews.BuilderParam(
                ctx.local(fc),
                rowType(ctx.p(), ctx.a(), ctx.e(), fieldOf(ctx, fc), fc),
                params.size() == cols.size() - 1));
      }
      SchemaBuilder.FieldColumn absent = cols.get(0);
      for (SchemaBuilder.FieldColumn fc : cols) {
        if (!optionalBelow(ctx, fc, path.size())) {
          absent = fc;
          break;
        }
      }
      String voName = ((FieldType.ValueObjectType) node.type()).name();
      ctx.builders()
          .add(
              new GoPersistenceViews.OptionalBuilder(
                  name,
                  "the optional "
                      + Names.human(node.name())
                      + " of "
                      + DomainContext.article(ctx.owner())
                      + " "
                      + ctx.owner(),
                  params,
                  "shared." + voName,
                  ctx.local(absent),
                  build));
    }
    return name
        + "("
        + cols.stream().map(fc -> prefix + ctx.local(fc)).collect(Collectors.joining(", "))
        + ")";
  }

  private static Field fieldOf(Ctx ctx, SchemaBuilder.FieldColumn fc) {
    List<Field> fields = ctx.e() == null ? ctx.a().fields() : ctx.e().fields();
    return fields.stream().filter(f -> f.name().equals(fc.path().get(0))).findFirst().orElseThrow();
  }

  /** Whether a part at depth >= from on the column's path is optional. */
  private static boolean optionalBelow(Ctx ctx, SchemaBuilder.FieldColumn fc, int from) {
    Field node = fieldOf(ctx, fc);
    for (int i = 1; i < fc.path().size(); i++) {
      ValueObject v =
          ctx.p()
              .model()
              .valueObject(((FieldType.ValueObjectType) node.type()).name())
              .orElseThrow();
      String partName = fc.path().get(i);
      node = v.fields().stream().filter(f -> f.name().equals(partName)).findFirst().orElseThrow();
      if (i >= from && node.optional()) {
        return true;
      }
    }
    return false;
  }
}
