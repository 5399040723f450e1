package dev.dddgen.stack.go;

import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Command;
import dev.dddgen.model.DomainModel;
import dev.dddgen.model.Field;
import dev.dddgen.model.FieldType;
import dev.dddgen.model.Query;
import dev.dddgen.model.Scalar;
import dev.dddgen.model.ValueObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Keys of the HTTP interface: {@code http}, command routes, request types. */
final class HttpContext {
  private HttpContext() {}

  /** Every command but a plain delete saves the aggregate and publishes its recorded events. */
  static boolean publishes(Command command) {
    return command.kind() != Command.Kind.DELETE
        || command.emits().isPresent()
        || !command.guards().isEmpty();
  }

  static boolean composite(DomainModel model, Field field) {
    return field.type() instanceof FieldType.ValueObjectType vot
        && !model.valueObject(vot.name()).orElseThrow().simple();
  }

  /**
   * The domain type of a decimal or date: it arrives as dto's JSON adapter, the same value under
   * another type, and is converted back.
   */
  static Optional<String> adaptedType(DomainModel model, Field field) {
    return unwrap(model, field).type() instanceof FieldType.Builtin b
            && GoTypes.jsonAdapter(b.scalar()).isPresent()
        ? Optional.of(GoTypes.scalar(b.scalar()))
        : Optional.empty();
  }

  /** The scalar a query-string filter is read as, or null for strings/enums/uuids. */
  private static Field unwrap(DomainModel model, Field field) {
    if (field.type() instanceof FieldType.ValueObjectType vot) {
      ValueObject vo = model.valueObject(vot.name()).orElseThrow();
      if (vo.simple()) {
        return vo.wrapped();
      }
    }
    return field;
  }

  /**
   * The query reader's method a filter is read with: {@code string}, {@code uuid}, {@code int32}...
   */
  static String readerMethod(DomainModel model, Field field) {
    Field f = unwrap(model, field);
    if (f.type() instanceof FieldType.Reference) {
      return "uuid";
    }
    if (f.type() instanceof FieldType.Builtin b) {
      return readerName(b.scalar());
    }
    return "string";
  }

  /** The enum type a filter's string is converted to, when it is an enum. */
  static Optional<String> enumType(DomainModel model, String ref, Aggregate a, Field field) {
    if (field.type() instanceof FieldType.Enumeration) {
      return Optional.of(ref + "." + GoTypes.enumTypeName(a, null, field));
    }
    if (field.type() instanceof FieldType.ValueObjectType vot) {
      ValueObject vo = model.valueObject(vot.name()).orElseThrow();
      if (vo.simple() && vo.wrapped().type() instanceof FieldType.Enumeration) {
        return Optional.of("shared." + vo.name() + "Value");
      }
    }
    return Optional.empty();
  }

  private static String readerName(Scalar s) {
    return switch (s) {
      case STRING, TEXT -> "string";
      case INT -> "int32";
      case LONG -> "int64";
      case DECIMAL -> "decimal";
      case BOOL -> "bool";
      case UUID -> "uuid";
      case DATE -> "date";
      case TIMESTAMP -> "timestamp";
    };
  }

  /** Which typed query-string readers request.go needs. */
  static Map<String, Object> readers(GoProject p) {
    Map<String, Object> readers = new LinkedHashMap<>();
    for (String r : List.of("bool", "int32", "int64", "decimal", "date", "timestamp")) {
      readers.put(r, false);
    }
    for (Aggregate a : p.model().aggregates()) {
      a.query(Query.Kind.LIST)
          .ifPresent(
              list -> {
                for (String name : list.filters()) {
                  Field f = unwrap(p.model(), a.field(name).orElseThrow());
                  if (f.type() instanceof FieldType.Builtin b) {
                    String r = readerName(b.scalar());
                    if (readers.containsKey(r)) {
                      readers.put(r, true);
                    }
                  }
                }
              });
    }
    return readers;
  }
}
