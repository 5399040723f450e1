package dev.dddgen.schema;

import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Columns;
import dev.dddgen.model.DomainModel;
import dev.dddgen.model.Entity;
import dev.dddgen.model.Event;
import dev.dddgen.model.Field;
import dev.dddgen.model.FieldType;
import dev.dddgen.model.Query;
import dev.dddgen.model.Scalar;
import dev.dddgen.model.ValueObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Derives the relational schema from the model; the same for every target. Conventions: an
 * aggregate's table has {@code id, version, created_at, updated_at} then its fields; a composite
 * value object spreads into {@code <field>_<part>} columns; an enum is text with a CHECK; a ref is
 * a uuid with a foreign key and an index; a child entity's table starts with {@code <aggregate>_id}
 * (cascade delete), {@code id} and {@code position}. Filtered fields get an index.
 */
public final class SchemaBuilder {
  /** PostgreSQL's NAMEDATALEN - 1: longer identifiers are silently truncated. */
  private static final int MAX_NAME = 63;

  private final DomainModel model;

  private SchemaBuilder(DomainModel model) {
    this.model = model;
  }

  /** One column of a field: a composite value object yields one per leaf, named by its path. */
  public record FieldColumn(String column, List<String> path, Field leaf, boolean nullable) {}

  public static RelationalSchema build(DomainModel model) {
    return new SchemaBuilder(model).schema();
  }

  /** The columns a field is stored in, in order. */
  public static List<FieldColumn> columnsOf(DomainModel model, Field field) {
    return Columns.of(model::valueObject, field).stream()
        .map(c -> new FieldColumn(c.name(), c.path(), c.leaf(), c.nullable()))
        .toList();
  }

  private RelationalSchema schema() {
    List<Table> tables = new ArrayList<>();
    for (Aggregate aggregate : creationOrder()) {
      tables.add(rootTable(aggregate));
      for (Entity entity : aggregate.entities()) {
        tables.add(entityTable(aggregate, entity));
      }
    }
    if (model.publishesEvents()) {
      tables.add(outboxTable());
    }
    return new RelationalSchema(List.copyOf(tables));
  }

  /**
   * The transactional outbox: each recorded event, written in the transaction of the change that
   * records it. {@code position} orders the events (each aggregate's in the order they were
   * recorded: two changes of one aggregate cannot both commit, its version is checked); {@code
   * sent_at} marks what the relay has published, to be deleted after the retention. A relay claims
   * rows by locking them ({@code FOR UPDATE SKIP LOCKED}), so several instances share the work.
   */
  private static Table outboxTable() {
    String table = Event.OUTBOX_TABLE;
    return new Table(
        table,
        table,
        List.of(
            new Table.Column("id", "uuid", false, ""),
            new Table.Column("position", "bigserial", false, ""),
            new Table.Column("aggregate_type", "text", false, ""),
            new Table.Column("aggregate_id", "uuid", false, ""),
            new Table.Column("type", "text", false, ""),
            new Table.Column("payload", "jsonb", false, ""),
            new Table.Column("occurred_at", "timestamptz", false, ""),
            new Table.Column("recorded_at", "timestamptz", false, "now()"),
            new Table.Column("sent_at", "timestamptz", true, "")),
        List.of(
            primaryKey(table),
            constraint(
                table + "_position",
                Table.Constraint.Kind.UNIQUE,
                List.of("position"),
                "UNIQUE (position)")),
        List.of(
            new Table.Index(objectName(table + "_pending", "idx"), List.of("sent_at", "position")),
            new Table.Index(
                objectName(table + "_aggregate", "idx"), List.of("aggregate_id", "position"))));
  }

  /** Definition order, except that an aggregate comes after every aggregate it refers to. */
  private List<Aggregate> creationOrder() {
    Map<String, Aggregate> byName = new LinkedHashMap<>();
    model.aggregates().forEach(a -> byName.put(a.name(), a));
    Set<String> placed = new LinkedHashSet<>();
    for (Aggregate aggregate : model.aggregates()) {
      place(aggregate, byName, placed, new LinkedHashSet<>());
    }
    return placed.stream().map(byName::get).toList();
  }

  private void place(
      Aggregate aggregate,
      Map<String, Aggregate> byName,
      Set<String> placed,
      Set<String> visiting) {
    if (placed.contains(aggregate.name()) || !visiting.add(aggregate.name())) {
      return; // a reference cycle: the foreign key is still created, as the table order allows
    }
    for (String referenced : references(aggregate)) {
      if (!referenced.equals(aggregate.name())) {
        place(byName.get(referenced), byName, placed, visiting);
      }
    }
    placed.add(aggregate.name());
  }

  private static List<String> references(Aggregate aggregate) {
    List<Field> fields = new ArrayList<>(aggregate.fields());
    aggregate.entities().forEach(e -> fields.addAll(e.fields()));
    return fields.stream()
        .filter(f -> f.type() instanceof FieldType.Reference)
        .map(f -> ((FieldType.Reference) f.type()).aggregate())
        .collect(Collectors.toCollection(LinkedHashSet::new))
        .stream()
        .toList();
  }

  private Table rootTable(Aggregate aggregate) {
    String table = aggregate.table();
    List<Table.Column> columns = ownColumns(Columns.ROOT_OWN);
    List<Table.Constraint> constraints = new ArrayList<>();
    constraints.add(primaryKey(table));
    List<Table.Index> indexes = new ArrayList<>();
    addFields(table, aggregate.fields(), columns, constraints, indexes);
    Set<String> indexed = indexes.stream().map(i -> i.columns().get(0)).collect(Collectors.toSet());
    for (Query query : aggregate.queries()) {
      for (String filter : query.filters()) {
        Field field = aggregate.field(filter).orElseThrow();
        for (FieldColumn column : columnsOf(model, field)) {
          if (indexed.add(column.column())) {
            indexes.add(
                new Table.Index(
                    objectName(table + "_" + column.column(), "idx"), List.of(column.column())));
          }
        }
      }
    }
    return new Table(
        table,
        aggregate.name(),
        List.copyOf(columns),
        List.copyOf(constraints),
        List.copyOf(indexes));
  }

  /** A table's own columns, in the order given: each not null, of the type its name says. */
  private static List<Table.Column> ownColumns(List<String> names) {
    List<Table.Column> columns = new ArrayList<>();
    for (String name : names) {
      String type =
          switch (name) {
            case "version" -> "bigint";
            case "created_at", "updated_at" -> "timestamptz";
            case "position" -> "integer";
            default -> "uuid"; // the row's id, or its aggregate's
          };
      columns.add(new Table.Column(name, type, false, ""));
    }
    return columns;
  }

  private Table entityTable(Aggregate aggregate, Entity entity) {
    String table = entity.table();
    String parent = Columns.parent(aggregate);
    List<Table.Column> columns = ownColumns(Columns.entityOwn(aggregate));
    List<Table.Constraint> constraints = new ArrayList<>();
    constraints.add(primaryKey(table));
    constraints.add(
        constraint(
            table + "_" + parent,
            Table.Constraint.Kind.FOREIGN_KEY,
            List.of(parent),
            "FOREIGN KEY ("
                + parent
                + ") REFERENCES "
                + Sql.id(aggregate.table())
                + " (id) ON DELETE CASCADE"));
    constraints.add(
        constraint(
            table + "_" + parent + "_position",
            Table.Constraint.Kind.UNIQUE,
            List.of(parent, "position"),
            "UNIQUE (" + parent + ", position)"));
    List<Table.Index> indexes = new ArrayList<>();
    addFields(table, entity.fields(), columns, constraints, indexes);
    return new Table(
        table,
        aggregate.name(),
        List.copyOf(columns),
        List.copyOf(constraints),
        List.copyOf(indexes));
  }

  private void addFields(
      String table,
      List<Field> fields,
      List<Table.Column> columns,
      List<Table.Constraint> constraints,
      List<Table.Index> indexes) {
    for (Field field : fields) {
      for (FieldColumn column : columnsOf(model, field)) {
        Field leaf = column.leaf();
        String name = column.column();
        columns.add(
            new Table.Column(name, sqlType(leaf.type()), column.nullable(), defaultSql(leaf)));
        String quoted = Sql.id(name);
        if (field.unique()) {
          constraints.add(
              constraint(
                  table + "_" + name,
                  Table.Constraint.Kind.UNIQUE,
                  List.of(name),
                  "UNIQUE (" + quoted + ")"));
        }
        if (leaf.type() instanceof FieldType.Reference ref) {
          String referenced = model.aggregate(ref.aggregate()).orElseThrow().table();
          constraints.add(
              constraint(
                  table + "_" + name,
                  Table.Constraint.Kind.FOREIGN_KEY,
                  List.of(name),
                  "FOREIGN KEY (" + quoted + ") REFERENCES " + Sql.id(referenced) + " (id)"));
          if (!field.unique()) {
            indexes.add(new Table.Index(objectName(table + "_" + name, "idx"), List.of(name)));
          }
        }
        FieldType type = leaf.type();
        if (type instanceof FieldType.ValueObjectType vo) {
          type = model.valueObject(vo.name()).orElseThrow().wrapped().type();
        }
        if (type instanceof FieldType.Enumeration enumeration) {
          constraints.add(
              constraint(
                  table + "_" + name,
                  Table.Constraint.Kind.CHECK,
                  List.of(name),
                  "CHECK ("
                      + quoted
                      + " IN ("
                      + enumeration.values().stream()
                          .map(Sql::literal)
                          .collect(Collectors.joining(", "))
                      + "))"));
        }
      }
    }
  }

  /** The table's primary key: its {@code id}. */
  private static Table.Constraint primaryKey(String table) {
    return constraint(table, Table.Constraint.Kind.PRIMARY_KEY, List.of("id"), "PRIMARY KEY (id)");
  }

  /**
   * A constraint named, as PostgreSQL names its own, after {@code base} and its kind: {@code
   * _pkey}, {@code _fkey}, {@code _key} or {@code _check}.
   */
  private static Table.Constraint constraint(
      String base, Table.Constraint.Kind kind, List<String> columns, String definition) {
    String suffix =
        switch (kind) {
          case PRIMARY_KEY -> "pkey";
          case FOREIGN_KEY -> "fkey";
          case UNIQUE -> "key";
          case CHECK -> "check";
        };
    return new Table.Constraint(objectName(base, suffix), kind, columns, definition);
  }

  /**
   * The name of a constraint or index: {@code <base>_<suffix>}. PostgreSQL keeps only the first 63
   * bytes of a name, so two long names could end up the same (a unique constraint's index and a
   * filter index on one long column); a longer name is shortened to 63, keeping its suffix, with a
   * hash of the full name so that it stays distinct and deterministic.
   */
  static String objectName(String base, String suffix) {
    String name = base + "_" + suffix;
    if (name.length() <= MAX_NAME) {
      return name;
    }
    String hash;
    try {
      byte[] digest =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      hash = java.util.HexFormat.of().formatHex(digest, 0, 4);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    return base.substring(0, MAX_NAME - suffix.length() - hash.length() - 2)
        + "_"
        + hash
        + "_"
        + suffix;
  }

  private String sqlType(FieldType type) {
    if (type instanceof FieldType.Builtin builtin) {
      return sqlType(builtin.scalar());
    }
    if (type instanceof FieldType.Enumeration) {
      return "text";
    }
    if (type instanceof FieldType.Reference) {
      return "uuid";
    }
    ValueObject valueObject =
        model.valueObject(((FieldType.ValueObjectType) type).name()).orElseThrow();
    return sqlType(valueObject.wrapped().type());
  }

  public static String sqlType(Scalar scalar) {
    return switch (scalar) {
      case STRING, TEXT -> "text";
      case INT -> "integer";
      case LONG -> "bigint";
      case DECIMAL -> "numeric";
      case BOOL -> "boolean";
      case UUID -> "uuid";
      case DATE -> "date";
      case TIMESTAMP -> "timestamptz";
    };
  }

  private static String defaultSql(Field field) {
    if (field.defaultValue().isEmpty()) {
      return "";
    }
    String value = field.defaultValue().get();
    if (field.type() instanceof FieldType.Builtin builtin) {
      return switch (builtin.scalar()) {
        case INT, LONG, DECIMAL -> value.replace("_", "");
        case BOOL -> value.toLowerCase(java.util.Locale.ROOT);
        default -> Sql.literal(value);
      };
    }
    return Sql.literal(value);
  }
}
