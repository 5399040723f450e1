package dev.dddgen.stack.go;

import dev.dddgen.model.Aggregate;
import dev.dddgen.model.DomainModel;
import dev.dddgen.model.Field;
import dev.dddgen.model.FieldType;
import dev.dddgen.model.Scalar;
import dev.dddgen.model.ValueObject;
import dev.dddgen.naming.Names;

/**
 * The Go type of a field in each layer. {@code enumType} is the name of the field's enum type when
 * it has one (declared in the aggregate package, or in {@code shared} for value-object parts).
 *
 * @param domain the stored field, spelled inside the owning package (aggregate package or shared)
 * @param param the field in a {@code Params} struct (always a pointer; simple value objects take
 *     their wrapped value, composite ones their {@code Params})
 * @param command the same spelled from package {@code command}
 * @param dto the JSON type in package {@code dto}
 * @param request the request-body type in package {@code handler}
 */
public record GoTypes(
    String domain, String param, String command, String dto, String request, String enumType) {

  /** The scalar Go type of a built-in, spelled outside package shared. */
  public static String scalar(Scalar scalar) {
    return switch (scalar) {
      case STRING, TEXT -> "string";
      case INT -> "int32";
      case LONG -> "int64";
      case DECIMAL -> "shared.Decimal";
      case BOOL -> "bool";
      case UUID -> "uuid.UUID";
      case DATE -> "shared.Date";
      case TIMESTAMP -> "time.Time";
    };
  }

  /**
   * The type in package dto that gives a domain scalar its JSON form ({@code JSONDecimal}), for the
   * scalars whose domain type knows nothing of encoding/json.
   */
  public static java.util.Optional<String> jsonAdapter(Scalar scalar) {
    return switch (scalar) {
      case DECIMAL -> java.util.Optional.of("JSONDecimal");
      case DATE -> java.util.Optional.of("JSONDate");
      default -> java.util.Optional.empty();
    };
  }

  /**
   * Types of a field owned by an aggregate (or its entity, command or event).
   *
   * @param ref how the aggregate package is spelled from other packages
   * @param enumType the enum type's name when the field is an enum (see {@link #enumTypeName})
   */
  public static GoTypes of(DomainModel model, String ref, Field field, String enumType) {
    FieldType type = field.type();
    boolean pointer = field.optional() && field.defaultValue().isEmpty();
    String domain;
    String param;
    String command;
    String dto;
    String request;
    if (type instanceof FieldType.Builtin builtin) {
      domain = scalar(builtin.scalar());
      param = "*" + domain;
      command = param;
      // Decimal and Date are written and read through dto's JSON adapters.
      dto = jsonAdapter(builtin.scalar()).orElse(domain);
      request = jsonAdapter(builtin.scalar()).map(t -> "*dto." + t).orElse(param);
    } else if (type instanceof FieldType.Reference) {
      domain = "uuid.UUID";
      param = "*uuid.UUID";
      command = param;
      dto = domain;
      request = param;
    } else if (type instanceof FieldType.Enumeration) {
      domain = enumType;
      param = "*" + enumType;
      // A shared enum's name already carries its package.
      command = enumType.startsWith("shared.") ? "*" + enumType : "*" + ref + "." + enumType;
      dto = "string";
      request = command;
    } else {
      ValueObject vo = model.valueObject(((FieldType.ValueObjectType) type).name()).orElseThrow();
      domain = "shared." + vo.name();
      if (vo.simple()) {
        Field wrappedField = vo.wrapped();
        GoTypes wrapped =
            of(
                model,
                "shared",
                wrappedField,
                wrappedField.type() instanceof FieldType.Enumeration
                    ? "shared." + vo.name() + "Value"
                    : null);
        param = wrapped.param();
        command = wrapped.command();
        dto = wrapped.dto();
        request = wrapped.request();
      } else {
        param = "*shared." + vo.name() + "Params";
        command = param;
        dto = vo.name();
        request = "*" + Names.lowerFirst(vo.name()) + "Request";
      }
    }
    return new GoTypes(
        pointer ? "*" + domain : domain,
        param,
        command,
        pointer ? "*" + dto : dto,
        request,
        enumType);
  }

  /**
   * Types of a value object's part, in package shared (no {@code shared.} prefix in the domain and
   * param types). An enum part has the shared type {@code <ValueObject><Field>}; a simple value
   * object's enum is named like the value object.
   */
  public static GoTypes ofShared(DomainModel model, Field field, String valueObject) {
    String enumType = null;
    if (field.type() instanceof FieldType.Enumeration) {
      enumType =
          field.name().equals("value")
              ? valueObject + "Value"
              : valueObject + GoNames.exported(field.name());
    }
    GoTypes outside = of(model, "shared", field, enumType == null ? null : "shared." + enumType);
    return new GoTypes(
        inShared(outside.domain()),
        inShared(outside.param()),
        outside.command(),
        outside.dto(),
        outside.request(),
        enumType);
  }

  private static String inShared(String type) {
    return type.replace("shared.", "");
  }

  /**
   * The name of the enum type of field {@code field}: aggregate fields name it after the field
   * ({@code status} → {@code Status}); entity fields, command parameters and event fields prefix
   * the owner's name ({@code PortKind}) unless an aggregate field of the same name has the same
   * values, whose type they share.
   */
  public static String enumTypeName(Aggregate aggregate, String owner, Field field) {
    if (!(field.type() instanceof FieldType.Enumeration values)) {
      return null;
    }
    for (Field aggregateField : aggregate.fields()) {
      if (aggregateField.name().equals(field.name())
          && aggregateField.type() instanceof FieldType.Enumeration same
          && same.values().equals(values.values())) {
        return GoNames.exported(field.name());
      }
    }
    for (dev.dddgen.model.Command command : aggregate.commands()) {
      for (Field param : command.params()) {
        if (!command.name().equals(owner)
            && param.name().equals(field.name())
            && param.type() instanceof FieldType.Enumeration same
            && same.values().equals(values.values())) {
          // An event field filled from a command parameter shares the parameter's type.
          return GoNames.exported(command.name()) + GoNames.exported(field.name());
        }
      }
    }
    return owner == null
        ? GoNames.exported(field.name())
        : GoNames.exported(owner) + GoNames.exported(field.name());
  }
}
