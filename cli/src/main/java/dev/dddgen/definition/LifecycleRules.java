package dev.dddgen.definition;

import dev.dddgen.definition.Definition.AggregateDef;
import dev.dddgen.definition.Definition.AssignmentDef;
import dev.dddgen.definition.Definition.CommandDef;
import dev.dddgen.definition.Definition.FieldDef;
import dev.dddgen.definition.Definition.GuardDef;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Field;
import dev.dddgen.model.FieldType;
import dev.dddgen.model.Lifecycle;
import dev.dddgen.model.Scalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks the lifecycles of a resolved aggregate: a state field (one a command's {@code set} assigns
 * or a {@code when} tests) needs a default, since create cannot set it; every state of it must be
 * reachable from that default through commands; a command that sets the one state its guard
 * requires is a no-op transition (a warning). {@code writable: true} belongs on state fields only.
 */
record LifecycleRules(Validation run) {

  void check(AggregateDef def, Aggregate aggregate) {
    for (FieldDef fieldDef : def.fields()) {
      Optional<Field> field = aggregate.field(fieldDef.name().value());
      if (field.isPresent()) {
        check(def, aggregate, fieldDef, field.get());
      }
    }
  }

  private void check(AggregateDef def, Aggregate aggregate, FieldDef fieldDef, Field field) {
    String name = field.name();
    boolean state = Lifecycle.isStateField(aggregate, name);
    if (fieldDef.writable() != null && !state) {
      run.report(
          fieldDef.writable().at(),
          "'writable' is for a field that a command's 'set' assigns or a 'when' tests;"
              + " create and update already write '"
              + name
              + "'",
          "remove 'writable'");
      return;
    }
    if (!state || field.writable()) {
      return;
    }
    if (field.defaultValue().isEmpty()) {
      run.report(
          fieldDef.name().at(),
          "'"
              + name
              + "' is lifecycle state (only commands change it), so create needs its 'default'",
          firstState(field).map(v -> "add 'default: " + v + "'").orElse("add a 'default'")
              + ", or 'writable: true' to let create and update write it");
      return;
    }
    for (Lifecycle lifecycle : Lifecycle.of(aggregate)) {
      if (lifecycle.field().name().equals(name)) {
        reportUnreachable(def, fieldDef, lifecycle);
        reportNoOps(def, lifecycle);
      }
    }
  }

  /**
   * Each unreachable state where it is written: in the guards that wait for it, or else among the
   * enum's values (a bool's states have no place of their own: the field's name).
   */
  private void reportUnreachable(AggregateDef def, FieldDef fieldDef, Lifecycle lifecycle) {
    String field = lifecycle.field().name();
    String start =
        "create starts '"
            + field
            + "' at "
            + lifecycle.initial().orElseThrow()
            + " and no chain of commands leads from there to it";
    String hint = "add a command that sets '" + field + ": STATE', or 'writable: true'";
    for (String state : lifecycle.unreachable()) {
      List<Text> guards = guardValues(def, field, state);
      for (Text guard : guards) {
        run.report(
            guard.at(),
            "state " + state + " of '" + field + "' is unreachable: " + start,
            hint.replace("STATE", state));
      }
      if (guards.isEmpty()) {
        SourceLocation at =
            fieldDef.values().stream()
                .filter(v -> v.value().equals(state))
                .map(Text::at)
                .findFirst()
                .orElse(fieldDef.name().at());
        run.report(
            at,
            "state " + state + " of '" + field + "' is unreachable: " + start,
            hint.replace("STATE", state));
      }
    }
  }

  private void reportNoOps(AggregateDef def, Lifecycle lifecycle) {
    String field = lifecycle.field().name();
    if (def.commands() == null) {
      return;
    }
    for (String command : lifecycle.noOpTransitions()) {
      for (CommandDef commandDef : def.commands()) {
        if (!commandDef.name().value().equals(command)) {
          continue;
        }
        for (AssignmentDef set : commandDef.set()) {
          if (set.field().value().equals(field)) {
            run.warn(
                set.value().at(),
                "no-op transition: command '"
                    + command
                    + "' sets '"
                    + field
                    + "' to "
                    + set.value().value()
                    + ", where its 'when' already requires it to be",
                "set another state, or remove '" + field + "' from its 'set'");
          }
        }
      }
    }
  }

  private static List<Text> guardValues(AggregateDef def, String field, String state) {
    List<Text> found = new ArrayList<>();
    if (def.commands() == null) {
      return found;
    }
    for (CommandDef command : def.commands()) {
      for (GuardDef guard : command.when()) {
        if (guard.field().value().equals(field)) {
          guard.values().stream().filter(v -> v.value().equals(state)).forEach(found::add);
        }
      }
    }
    return found;
  }

  private static Optional<String> firstState(Field field) {
    if (field.type() instanceof FieldType.Enumeration e) {
      return Optional.of(e.values().get(0));
    }
    if (field.type() instanceof FieldType.Builtin b && b.scalar() == Scalar.BOOL) {
      return Optional.of("false");
    }
    return Optional.empty();
  }
}
