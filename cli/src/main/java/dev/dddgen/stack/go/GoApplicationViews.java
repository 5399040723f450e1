package dev.dddgen.stack.go;

import dev.dddgen.api.Api;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Command;
import dev.dddgen.model.DomainModel;
import dev.dddgen.model.Entity;
import dev.dddgen.model.Field;
import dev.dddgen.model.FieldType;
import dev.dddgen.model.Lifecycle;
import dev.dddgen.model.Query;
import dev.dddgen.model.ValueObject;
import dev.dddgen.naming.Names;
import dev.dddgen.naming.Routes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The views of the Go application layer's templates (command and query use cases, DTOs): names,
 * types and flags; the statements they render are written in the templates. docs/templates.md
 * documents every component; a test keeps the two equal.
 */
final class GoApplicationViews {
  private GoApplicationViews() {}

  /**
   * The aggregate as the application templates see it, under {@code aggregate}: its stored {@code
   * fields}, and the {@code inputs} of its create and update commands (every field but lifecycle
   * state, which HTTP never sends and the domain starts at its default).
   */
  record AppAggregate(
      String name,
      String article,
      String ref,
      String receiver,
      String plural,
      String pluralLocal,
      String notFound,
      List<AppField> fields,
      List<AppField> inputs,
      List<AppEntity> entities,
      Optional<OwnerField> owner) {}

  /**
   * The owner field of an aggregate that is {@code ownedBy}: its Go member, the owner of the
   * aggregate at hand ({@code value}, read from the receiver) and of a command ({@code
   * commandValue}, given when not nil), the caller function comparing the subject with it ({@code
   * owns}), and the caller function reading a token's subject as the field's type ({@code parse}).
   */
  record OwnerField(
      String exported, String value, String commandValue, String owns, String parse) {}

  /**
   * A stored field: its JSON {@code name}, Go member, type in a command ({@code commandType}) and
   * in a DTO ({@code dtoType}), how the DTO reads it ({@code fromDomain}), and the {@code
   * dto.JSONWriter} method that writes its value ({@code jsonWriter}: {@code Text}, {@code Int},
   * {@code Time}...; empty for a composite value object, whose DTO writes itself).
   */
  record AppField(
      String name,
      String exported,
      String commandType,
      String dtoType,
      FromDomain fromDomain,
      Optional<String> jsonWriter) {}

  /** A child entity: its DTO type {@code name}, its list member and JSON property. */
  record AppEntity(
      String name, String article, String listExported, String listName, List<AppField> fields) {}

  /**
   * How a stored field becomes its DTO member, spelled by {@code go/application/dto/from_domain}:
   * {@code getter} reads it, {@code optional} tells a nil-able pointer, and exactly one way is set:
   * {@code plain} (the value itself), {@code enumeration}, a simple value object wrapping an enum
   * ({@code enumValue}) or another value ({@code simpleValue}), or a {@code composite} value
   * object; {@code valueObject} names the value object's type (empty otherwise). A decimal or a
   * date, plain or wrapped, goes through dto's JSON {@code adapter}.
   */
  record FromDomain(
      String getter,
      boolean optional,
      boolean plain,
      boolean enumeration,
      boolean enumValue,
      boolean simpleValue,
      boolean composite,
      String valueObject,
      Optional<String> adapter) {}

  /**
   * A command use case; {@code errorFormat} is the Go string literal its errors are wrapped in
   * ({@code "place order: %w"}), {@code params} are an action's parameters.
   */
  record CommandView(
      String name,
      String handler,
      String errorFormat,
      String method,
      String paramsType,
      boolean hasParams,
      boolean hasDomainMethod,
      List<Param> params,
      boolean outbox) {}

  record Param(String exported, String commandType) {}

  /** A query use case: as a command's, and a list query's {@code filters}. */
  record QueryView(String name, String handler, String errorFormat, List<Filter> filters) {}

  /**
   * A list filter: its JSON name, Go member and pointer type, and the function listing the allowed
   * values when it is an enum ({@code values}).
   */
  record Filter(String name, String exported, String queryType, Optional<String> values) {}

  /** A composite value object's DTO, under {@code valueObject}. */
  record AppValueObject(String name, String article, String receiver, List<AppField> fields) {}

  static AppAggregate aggregate(GoProject p, Aggregate a) {
    GoProject.AggregateNames n = p.names(a);
    List<AppField> fields = new ArrayList<>();
    List<AppField> inputs = new ArrayList<>();
    for (Field field : a.fields()) {
      AppField view = field(p, n.ref(), field, GoTypes.enumTypeName(a, null, field), n.receiver());
      fields.add(view);
      if (!Lifecycle.readOnly(a, field)) {
        inputs.add(view);
      }
    }
    List<AppEntity> entities = new ArrayList<>();
    for (Entity entity : a.entities()) {
      List<AppField> entityFields = new ArrayList<>();
      for (Field field : entity.fields()) {
        entityFields.add(
            field(p, n.ref(), field, GoTypes.enumTypeName(a, entity.name(), field), "e"));
      }
      entities.add(
          new AppEntity(
              entity.name(),
              DomainContext.article(entity.name()),
              GoNames.exported(entity.plural()),
              Api.listProperty(entity),
              List.copyOf(entityFields)));
    }
    return new AppAggregate(
        a.name(),
        DomainContext.article(a.name()),
        n.ref(),
        n.receiver(),
        n.plural(),
        n.pluralLocal(),
        "Err" + a.name() + "NotFound",
        List.copyOf(fields),
        List.copyOf(inputs),
        List.copyOf(entities),
        a.owner().map(f -> owner(f, n.receiver())));
  }

  private static OwnerField owner(Field field, String receiver) {
    String exported = GoNames.exported(field.name());
    boolean text = field.type() instanceof FieldType.Builtin b && b.scalar().isTextual();
    return new OwnerField(
        exported,
        receiver + "." + exported + "()",
        "*cmd." + exported,
        text ? "caller.Owns" : "caller.OwnsUUID",
        text ? "caller.Text" : "caller.UUID");
  }

  static AppValueObject valueObject(GoProject p, ValueObject vo) {
    String receiver = ValueObjectViews.receiver(vo);
    List<AppField> fields = new ArrayList<>();
    for (Field field : vo.fields()) {
      GoTypes types = GoTypes.ofShared(p.model(), field, vo.name());
      fields.add(
          new AppField(
              field.name(),
              GoNames.exported(field.name()),
              types.command(),
              types.dto(),
              fromDomain(p.model(), field, receiver),
              jsonWriter(p.model(), field)));
    }
    return new AppValueObject(
        vo.name(), DomainContext.article(vo.name()), receiver, List.copyOf(fields));
  }

  static CommandView command(GoProject p, Aggregate a, Command command) {
    List<Param> params = new ArrayList<>();
    for (Field param : command.params()) {
      String enumType = GoTypes.enumTypeName(a, command.name(), param);
      params.add(
          new Param(
              GoNames.exported(param.name()),
              GoTypes.of(p.model(), p.names(a).ref(), param, enumType).command()));
    }
    return new CommandView(
        command.name(),
        command.name() + "Handler",
        errorFormat(command.name()),
        switch (command.kind()) {
          case CREATE -> "New" + a.name();
          case UPDATE -> "Update";
          case DELETE -> "Delete";
          case ACTION -> Routes.actionVerb(a.name(), command.name());
        },
        command.name() + "Params",
        !command.params().isEmpty(),
        switch (command.kind()) {
          case ACTION -> true;
          case DELETE -> !command.guards().isEmpty() || command.emits().isPresent();
          default -> false;
        },
        List.copyOf(params),
        GoEventViews.outbox(p, a));
  }

  static QueryView query(GoProject p, Aggregate a, Query query) {
    List<Filter> filters = new ArrayList<>();
    if (query.kind() == Query.Kind.LIST) {
      String ref = p.names(a).ref();
      for (String name : query.filters()) {
        Field field = a.field(name).orElseThrow();
        String enumType = GoTypes.enumTypeName(a, null, field);
        String type = GoTypes.of(p.model(), ref, field, enumType).command();
        Optional<String> values;
        if (enumType != null) {
          values = Optional.of(ref + "." + enumType + "Values");
        } else {
          values =
              simpleValueObject(p.model(), field)
                  .filter(vo -> vo.wrapped().type() instanceof FieldType.Enumeration)
                  .map(vo -> "shared." + vo.name() + "ValueValues");
        }
        filters.add(
            new Filter(
                name, GoNames.exported(name), type.startsWith("*") ? type : "*" + type, values));
      }
    }
    return new QueryView(
        query.name(), query.name() + "Handler", errorFormat(query.name()), List.copyOf(filters));
  }

  /** The format a use case wraps its errors in: its name in words, then the cause. */
  private static String errorFormat(String useCase) {
    return GoNames.quote(Names.human(useCase) + ": %w");
  }

  private static AppField field(
      GoProject p, String ref, Field field, String enumType, String receiver) {
    GoTypes types = GoTypes.of(p.model(), ref, field, enumType);
    return new AppField(
        field.name(),
        GoNames.exported(field.name()),
        types.command(),
        types.dto(),
        fromDomain(p.model(), field, receiver),
        jsonWriter(p.model(), field));
  }

  /**
   * The dto.JSONWriter method writing the field's DTO value; empty for a composite value object.
   */
  static Optional<String> jsonWriter(DomainModel model, Field field) {
    FieldType type = field.type();
    if (type instanceof FieldType.Enumeration) {
      return Optional.of("Text");
    }
    if (type instanceof FieldType.Reference) {
      return Optional.of("UUID");
    }
    if (type instanceof FieldType.ValueObjectType voType) {
      ValueObject vo = model.valueObject(voType.name()).orElseThrow();
      return vo.simple() ? jsonWriter(model, vo.wrapped()) : Optional.empty();
    }
    return Optional.of(
        switch (((FieldType.Builtin) type).scalar()) {
          case STRING, TEXT -> "Text";
          case INT -> "Int32";
          case LONG -> "Int";
          case DECIMAL -> "Decimal";
          case BOOL -> "Bool";
          case UUID -> "UUID";
          case DATE -> "Date";
          case TIMESTAMP -> "Time";
        });
  }

  /** The conversion of a stored field, read through its getter on {@code receiver}, to its DTO. */
  static FromDomain fromDomain(DomainModel model, Field field, String receiver) {
    return fromValue(model, field, receiver + "." + GoNames.exported(field.name()) + "()");
  }

  /** The conversion of a field's value, read by the expression {@code getter}, to its DTO. */
  static FromDomain fromValue(DomainModel model, Field field, String getter) {
    boolean optional = field.optional() && field.defaultValue().isEmpty();
    if (field.type() instanceof FieldType.Enumeration) {
      return new FromDomain(
          getter, optional, false, true, false, false, false, "", Optional.empty());
    }
    if (field.type() instanceof FieldType.ValueObjectType voType) {
      ValueObject vo = model.valueObject(voType.name()).orElseThrow();
      boolean enumValue = vo.simple() && vo.wrapped().type() instanceof FieldType.Enumeration;
      boolean simpleValue = vo.simple() && !enumValue;
      return new FromDomain(
          getter,
          optional,
          false,
          false,
          enumValue,
          simpleValue,
          !vo.simple(),
          vo.name(),
          simpleValue ? adapter(vo.wrapped()) : Optional.empty());
    }
    return new FromDomain(getter, optional, true, false, false, false, false, "", adapter(field));
  }

  private static Optional<String> adapter(Field field) {
    return field.type() instanceof FieldType.Builtin b
        ? GoTypes.jsonAdapter(b.scalar())
        : Optional.empty();
  }

  private static Optional<ValueObject> simpleValueObject(DomainModel model, Field field) {
    return field.type() instanceof FieldType.ValueObjectType voType
        ? model.valueObject(voType.name()).filter(ValueObject::simple)
        : Optional.empty();
  }
}
