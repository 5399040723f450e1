package dev.dddgen.stack.go;

import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Entity;
import dev.dddgen.model.Field;
import dev.dddgen.model.FieldType;
import dev.dddgen.model.Scalar;
import dev.dddgen.model.ValueObject;
import dev.dddgen.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Keys of the persistence adapters: {@code postgres} and {@code memory}. */
final class PersistenceContext {
  private PersistenceContext() {}

  static void contribute(GoProject p, Aggregate a, Map<String, Object> aggregate) {
    aggregate.put("memory", memory(p, a, aggregate));
    PersistencePostgres.contribute(p, a, aggregate);
  }

  private static Map<String, Object> memory(
      GoProject p, Aggregate a, Map<String, Object> aggregate) {
    String receiver = p.names(a).receiver();
    List<Map<String, Object>> filters = new ArrayList<>();
    for (Map<String, Object> filter : Maps.list(aggregate, "filters")) {
      Field field = a.field((String) filter.get("name")).orElseThrow();
      String exported = (String) filter.get("exported");
      String value = receiver + "." + exported + "()" + simpleSuffix(p, field);
      // Decimals and times are compared by value, not by representation.
      Field leaf = HttpTestsBodies.leaf(p.model(), field);
      boolean byMethod =
          leaf.type() instanceof FieldType.Builtin b
              && (b.scalar() == Scalar.DECIMAL || b.scalar() == Scalar.TIMESTAMP);
      String mismatch;
      if (field.optional()
          && field.defaultValue().isEmpty()
          && !(field.type() instanceof FieldType.ValueObjectType)) {
        String getter = receiver + "." + exported + "()";
        mismatch =
            "("
                + getter
                + " == nil || "
                + (byMethod
                    ? "!" + getter + ".Equal(*filter." + exported + ")"
                    : "*" + getter + " != *filter." + exported)
                + ")";
      } else if (field.optional() && field.defaultValue().isEmpty()) {
        // An optional simple value object: its getter returns a pointer, nil when unset.
        String getter = receiver + "." + exported + "()";
        mismatch =
            "("
                + getter
                + " == nil || "
                + (byMethod
                    ? "!" + value + ".Equal(*filter." + exported + ")"
                    : value + " != *filter." + exported)
                + ")";
      } else {
        mismatch =
            byMethod
                ? "!" + value + ".Equal(*filter." + exported + ")"
                : value + " != *filter." + exported;
      }
      filters.add(Maps.of("exported", exported, "mismatch", mismatch));
    }
    List<Map<String, Object>> unique = new ArrayList<>();
    for (Field field : a.fields()) {
      if (!field.unique()) {
        continue;
      }
      String getter = "." + GoNames.exported(field.name()) + "()" + simpleSuffix(p, field);
      Field leaf = HttpTestsBodies.leaf(p.model(), field);
      boolean byMethod =
          compositeValueObject(p, field).isPresent()
              || leaf.type() instanceof FieldType.Builtin b
                  && (b.scalar() == Scalar.DECIMAL || b.scalar() == Scalar.TIMESTAMP);
      String same;
      if (field.optional() && field.defaultValue().isEmpty()) {
        // Unset optional values never collide; set ones are compared by value, not by pointer.
        String plain = "." + GoNames.exported(field.name()) + "()";
        boolean pointerValue = !(field.type() instanceof FieldType.ValueObjectType);
        String l = (pointerValue && !byMethod ? "*" : "") + "other" + getter;
        String r =
            (pointerValue || compositeValueObject(p, field).isPresent() ? "*" : "")
                + receiver
                + getter;
        same =
            "other"
                + plain
                + " != nil && "
                + receiver
                + plain
                + " != nil && "
                + (byMethod ? l + ".Equal(" + r + ")" : l + " == " + r);
      } else if (byMethod) {
        same = "other" + getter + ".Equal(" + receiver + getter + ")";
      } else {
        same = "other" + getter + " == " + receiver + getter;
      }
      unique.add(Maps.of("name", field.name(), "same", same));
    }
    return Maps.of(
        "filters",
        filters,
        "unique",
        unique,
        "hasUnique",
        !unique.isEmpty(),
        "imports",
        Boolean.TRUE);
  }

  /** {@code .Value()} for a simple value object, else empty. */
  static String simpleSuffix(GoProject p, Field field) {
    if (field.type() instanceof FieldType.ValueObjectType vo
        && p.model().valueObject(vo.name()).map(ValueObject::simple).orElse(false)) {
      return ".Value()";
    }
    return "";
  }

  static Optional<ValueObject> compositeValueObject(GoProject p, Field field) {
    if (field.type() instanceof FieldType.ValueObjectType vo) {
      return p.model().valueObject(vo.name()).filter(v -> !v.simple());
    }
    return Optional.empty();
  }

  private static boolean hasOptionalPart(GoProject p, ValueObject vo) {
    for (Field part : vo.fields()) {
      if (part.optional()) {
        return true;
      }
      Optional<ValueObject> nested = compositeValueObject(p, part);
      if (nested.isPresent() && nested.get() != vo && hasOptionalPart(p, nested.get())) {
        return true;
      }
    }
    return false;
  }

  /** The {@code tables} of migrate_test.go. */
  static String tables(GoProject p) {
    return p.schema().tables().stream()
        .map(Table::name)
        .map(GoNames::quote)
        .collect(Collectors.joining(", "));
  }

  /** Whether repository/optional.go is needed: optional value objects are stored. */
  static boolean needsOptionalBuilders(GoProject p) {
    for (Aggregate a : p.model().aggregates()) {
      List<Field> fields = new ArrayList<>(a.fields());
      for (Entity e : a.entities()) {
        fields.addAll(e.fields());
      }
      for (Field field : fields) {
        if (field.optional()
            && field.defaultValue().isEmpty()
            && field.type() instanceof FieldType.ValueObjectType) {
          return true;
        }
        if (compositeValueObject(p, field).isPresent()
            && hasOptionalPart(p, compositeValueObject(p, field).get())) {
          return true;
        }
      }
    }
    return false;
  }
}
