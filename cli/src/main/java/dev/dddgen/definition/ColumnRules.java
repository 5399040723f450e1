package dev.dddgen.definition;

import dev.dddgen.definition.Definition.EntityDef;
import dev.dddgen.definition.Definition.FieldDef;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Columns;
import dev.dddgen.model.Entity;
import dev.dddgen.model.Field;
import dev.dddgen.model.ValueObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Each column of a table holds one thing. A value object's parts are flattened into columns named
 * {@code field_part}, so a part can land on another field's column ({@code probe.value} and {@code
 * probeValue}) or on one the table has anyway ({@code created.at}); the migration would then fail.
 */
final class ColumnRules {
  private final Validation run;

  ColumnRules(Validation run) {
    this.run = run;
  }

  void check(List<Aggregate> aggregates, List<ValueObject> valueObjects) {
    Map<String, ValueObject> byName = new HashMap<>();
    valueObjects.forEach(v -> byName.put(v.name(), v));
    Function<String, Optional<ValueObject>> lookup = name -> Optional.ofNullable(byName.get(name));
    for (Aggregate aggregate : aggregates) {
      Definition.AggregateDef def = run.aggregateDefs.get(aggregate.name());
      check(aggregate.table(), Columns.ROOT_OWN, aggregate.fields(), def.fields(), lookup);
      for (Entity entity : aggregate.entities()) {
        run.entityDef(def, entity.name())
            .map(EntityDef::fields)
            .ifPresent(
                fields ->
                    check(
                        entity.table(),
                        Columns.entityOwn(aggregate),
                        entity.fields(),
                        fields,
                        lookup));
      }
    }
  }

  private void check(
      String table,
      List<String> own,
      List<Field> fields,
      List<FieldDef> defs,
      Function<String, Optional<ValueObject>> lookup) {
    Map<String, String> holders = new HashMap<>();
    own.forEach(column -> holders.put(column, "is one of the table's own columns"));
    for (Field field : fields) {
      for (Columns.Column column : Columns.of(lookup, field)) {
        String previous =
            holders.putIfAbsent(column.name(), "already holds field '" + field.name() + "'");
        if (previous != null) {
          run.report(
              at(defs, field.name()),
              "field '"
                  + field.name()
                  + "' is stored in column '"
                  + column.name()
                  + "' of table '"
                  + table
                  + "', which "
                  + previous,
              "rename one of them");
          break;
        }
      }
    }
  }

  private static SourceLocation at(List<FieldDef> defs, String field) {
    return defs.stream()
        .filter(d -> d.name().value().equals(field))
        .map(d -> d.name().at())
        .findFirst()
        .orElseThrow();
  }
}
