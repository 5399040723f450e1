package dev.dddgen.stack.go;

import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Entity;
import dev.dddgen.model.Field;
import dev.dddgen.model.FieldType;
import dev.dddgen.model.Query;
import dev.dddgen.model.Scalar;
import dev.dddgen.model.ValueObject;
import dev.dddgen.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The in-memory repository's view and the project-wide facts of the persistence files. */
final class PersistenceContext {
  private PersistenceContext() {}

  /** The view of aggregate_memory. */
  static GoPersistenceViews.MemoryRepository memory(GoProject p, Aggregate a) {
    GoProject.AggregateNames n = p.names(a);
    List<GoPersistenceViews.MemoryFilter> filters = new ArrayList<>();
    List<String> filterNames = a.query(Query.Kind.LIST).map(Query::filters).orElse(List.of());
    for (String name : filterNames) {
      Field field = a.field(name).orElseThrow();
      boolean optional = field.optional() && field.defaultValue().isEmpty();
      boolean pointer = optional && !(field.type() instanceof FieldType.ValueObjectType);
      boolean byMethod = comparedByMethod(p, field);
      filters.add(
          new GoPersistenceViews.MemoryFilter(
              GoNames.exported(name),
              optional,
              !simpleSuffix(p, field).isEmpty(),
              byMethod,
              pointer && !byMethod,
              filters.size() == filterNames.size() - 1));
    }
    List<GoPersistenceViews.MemoryUnique> unique = new ArrayList<>();
    for (Field field : a.fields()) {
      if (!field.unique()) {
        continue;
      }
      boolean composite = compositeValueObject(p, field).isPresent();
      boolean byMethod = composite || comparedByMethod(p, field);
      // Unset optional values never collide; set ones are compared by value, not by pointer.
      boolean optional = field.optional() && field.defaultValue().isEmpty();
      boolean pointerValue = !(field.type() instanceof FieldType.ValueObjectType);
      unique.add(
          new GoPersistenceViews.MemoryUnique(
              field.name(),
              GoNames.exported(field.name()),
              optional,
              !simpleSuffix(p, field).isEmpty(),
              byMethod,
              optional && pointerValue && !byMethod,
              optional && (pointerValue || composite)));
    }
    return new GoPersistenceViews.MemoryRepository(
        a.name(),
        n.plural(),
        n.ref(),
        n.receiver(),
        n.pluralLocal(),
        "Err" + a.name() + "NotFound",
        a.fields().stream().map(f -> GoNames.exported(f.name())).toList(),
        a.entities().stream().map(e -> GoNames.exported(e.plural())).toList(),
        filters,
        unique,
        GoEventViews.outbox(p, a));
  }

  /** The view of the repository package's shared PostgreSQL code. */
  static GoPersistenceViews.RepositoryHelpers helpers(GoProject p) {
    boolean plain = false;
    boolean withEvents = false;
    for (Aggregate a : p.model().aggregates()) {
      boolean outbox = GoEventViews.outbox(p, a);
      plain |= !outbox;
      withEvents |= outbox;
    }
    return new GoPersistenceViews.RepositoryHelpers(plain, withEvents);
  }

  /** Decimals and times are compared by value (Equal), not by representation. */
  private static boolean comparedByMethod(GoProject p, Field field) {
    Field leaf = HttpTestsBodies.leaf(p.model(), field);
    return leaf.type() instanceof FieldType.Builtin b
        && (b.scalar() == Scalar.DECIMAL || b.scalar() == Scalar.TIMESTAMP);
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
