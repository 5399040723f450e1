package dev.dddgen.model;

import dev.dddgen.naming.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The columns a field is stored in: one, named after the field, unless its type is a value object
 * of several parts, whose parts are flattened into columns named {@code field_part} (recursively).
 */
public final class Columns {
  private Columns() {}

  /** The columns every aggregate's table has besides its fields'. */
  public static final List<String> ROOT_OWN = List.of("id", "version", "created_at", "updated_at");

  /**
   * The columns every child entity's table has besides its fields': the aggregate's row it belongs
   * to, its own id and its place in the aggregate's list.
   */
  public static List<String> entityOwn(Aggregate aggregate) {
    return List.of(parent(aggregate), "id", "position");
  }

  /** The column of a child entity's table that refers to the aggregate's row. */
  public static String parent(Aggregate aggregate) {
    return Names.snake(aggregate.name()) + "_id";
  }

  /**
   * A column: its name, the field names from the stored field down to the leaf, the leaf, and
   * whether it may be null (the field or a part on the way is optional).
   */
  public record Column(String name, List<String> path, Field leaf, boolean nullable) {}

  public static List<Column> of(Function<String, Optional<ValueObject>> valueObjects, Field field) {
    List<Column> columns = new ArrayList<>();
    collect(
        valueObjects,
        field,
        Names.snake(field.name()),
        List.of(field.name()),
        field.optional(),
        columns);
    return columns;
  }

  private static void collect(
      Function<String, Optional<ValueObject>> valueObjects,
      Field field,
      String column,
      List<String> path,
      boolean nullable,
      List<Column> out) {
    if (field.type() instanceof FieldType.ValueObjectType vo) {
      Optional<ValueObject> valueObject = valueObjects.apply(vo.name());
      if (valueObject.isPresent() && !valueObject.get().simple()) {
        for (Field part : valueObject.get().fields()) {
          List<String> partPath = new ArrayList<>(path);
          partPath.add(part.name());
          collect(
              valueObjects,
              part,
              column + "_" + Names.snake(part.name()),
              List.copyOf(partPath),
              nullable || part.optional(),
              out);
        }
        return;
      }
    }
    out.add(new Column(column, path, field, nullable));
  }
}
