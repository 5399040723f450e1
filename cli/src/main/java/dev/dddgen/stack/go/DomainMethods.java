package dev.dddgen.stack.go;

import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Command;
import dev.dddgen.model.Event;
import dev.dddgen.model.Field;
import dev.dddgen.model.FieldType;
import dev.dddgen.model.Lifecycle;
import dev.dddgen.model.Scalar;
import dev.dddgen.naming.Names;
import dev.dddgen.naming.Routes;
import dev.dddgen.stack.go.GoDomainViews.Effect;
import dev.dddgen.stack.go.GoDomainViews.EventValue;
import dev.dddgen.stack.go.GoDomainViews.Guard;
import dev.dddgen.stack.go.GoDomainViews.Recording;
import dev.dddgen.stack.go.GoDomainViews.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The command methods of the aggregate root's view: guards, effects, recorded events, action
 * parameters' validation and doc comments. The package-level vars that parameter checks need are
 * added to the entity's {@code vars}.
 */
final class DomainMethods {
  private final GoProject p;
  private final Aggregate a;
  private final String receiver;
  private final List<Var> vars;

  DomainMethods(GoProject p, Aggregate a, List<Var> vars) {
    this.p = p;
    this.a = a;
    this.receiver = p.names(a).receiver();
    this.vars = vars;
  }

  /** The Go method (or constructor) that applies {@code command}. */
  static String method(Aggregate a, Command command) {
    return switch (command.kind()) {
      case CREATE -> "New" + a.name();
      case UPDATE -> "Update";
      case DELETE -> "Delete";
      case ACTION -> Routes.actionVerb(a.name(), command.name());
    };
  }

  /** The states the command's guards allow, in words: "status is OPEN and paid is true". */
  static String allowedWhen(Aggregate a, Command command) {
    return String.join(
        " and ",
        command.guards().stream()
            .map(guard -> guard.field() + " is " + String.join(", ", guard.values()))
            .toList());
  }

  Optional<GoDomainViews.Create> create() {
    return first(Command.Kind.CREATE)
        .map(command -> new GoDomainViews.Create(command.name(), recording(command)));
  }

  Optional<GoDomainViews.Update> update() {
    return first(Command.Kind.UPDATE)
        .map(
            command -> {
              List<Guard> guards = guards(command);
              List<Field> kept = Lifecycle.readOnlyFields(a);
              return new GoDomainViews.Update(
                  command.name(),
                  !guards.isEmpty(),
                  allowedWhen(a, command),
                  guards,
                  recording(command),
                  kept.stream()
                      .map(
                          f ->
                              new GoDomainViews.Kept(
                                  GoNames.exported(f.name()), GoNames.local(f.name())))
                      .toList(),
                  String.join(", ", kept.stream().map(Field::name).toList()));
            });
  }

  Optional<GoDomainViews.Delete> delete() {
    return first(Command.Kind.DELETE)
        .map(
            command -> {
              List<Guard> guards = guards(command);
              Optional<Recording> record = recording(command);
              List<String> effectWords = new ArrayList<>();
              effects(command, effectWords);
              return new GoDomainViews.Delete(
                  !guards.isEmpty() || record.isPresent(),
                  doc(command, effectWords, !guards.isEmpty()),
                  guards,
                  record);
            });
  }

  List<GoDomainViews.Action> actions() {
    List<GoDomainViews.Action> actions = new ArrayList<>();
    for (Command command : a.commands()) {
      if (command.kind() != Command.Kind.ACTION) {
        continue;
      }
      List<GoDomainViews.Param> params = new ArrayList<>();
      boolean validates = false;
      for (Field param : command.params()) {
        String enumType = GoTypes.enumTypeName(a, command.name(), param);
        Optional<GoDomainViews.ParamValidation> validation =
            DomainAssignments.validation(
                param,
                enumType,
                uses(command, param),
                Names.lowerFirst(command.name()) + GoNames.exported(param.name()),
                vars);
        validates |= validation.isPresent();
        params.add(
            new GoDomainViews.Param(
                param.name(),
                GoNames.exported(param.name()),
                GoNames.local(param.name()),
                GoTypes.of(p.model(), p.names(a).ref(), param, enumType).param(),
                validation));
      }
      List<Guard> guards = guards(command);
      List<String> effectWords = new ArrayList<>();
      List<Effect> effects = effects(command, effectWords);
      actions.add(
          new GoDomainViews.Action(
              command.name(),
              method(a, command),
              command.name() + "Params",
              !command.params().isEmpty(),
              doc(command, effectWords, !guards.isEmpty()),
              List.copyOf(params),
              validates,
              guards,
              effects,
              recording(command)));
    }
    return List.copyOf(actions);
  }

  private Optional<Command> first(Command.Kind kind) {
    return a.commands().stream().filter(c -> c.kind() == kind).findFirst();
  }

  /** Whether the action reads the parameter: it assigns a field, or fills an event. */
  private boolean uses(Command command, Field param) {
    if (a.field(param.name()).isPresent()) {
      return true;
    }
    return command
        .emits()
        .flatMap(name -> a.events().stream().filter(e -> e.name().equals(name)).findFirst())
        .map(
            event ->
                event.fields().stream()
                    .anyMatch(f -> !f.fromAggregate() && f.field().name().equals(param.name())))
        .orElse(false);
  }

  private List<Guard> guards(Command command) {
    String sentinel = "Err" + command.name() + "NotAllowed";
    List<Guard> guards = new ArrayList<>();
    for (Command.Guard guard : command.guards()) {
      Field field = a.field(guard.field()).orElseThrow();
      String access = receiver + "." + GoNames.local(field.name());
      boolean pointer = field.optional() && field.defaultValue().isEmpty();
      String value = pointer ? "*" + access : access;
      String condition;
      if (field.type() instanceof FieldType.Enumeration) {
        String type = GoTypes.enumTypeName(a, null, field);
        List<String> constants =
            guard.values().stream()
                .map(v -> type + Names.pascal(v.toLowerCase(Locale.ROOT)))
                .toList();
        condition =
            "!slices.Contains([]" + type + "{" + String.join(", ", constants) + "}, " + value + ")";
      } else if (guard.values().contains("true") && guard.values().contains("false")) {
        // Either value is allowed: only an unset optional field is refused, a required one never.
        if (pointer) {
          guards.add(new Guard(access + " == nil", sentinel));
        }
        continue;
      } else if (guard.values().equals(List.of("true"))) {
        condition = "!" + value;
      } else if (guard.values().equals(List.of("false"))) {
        condition = value;
      } else {
        condition =
            "!slices.Contains([]string{"
                + String.join(", ", guard.values().stream().map(GoNames::quote).toList())
                + "}, "
                + value
                + ")";
      }
      // An unset optional field satisfies no guard.
      guards.add(new Guard(pointer ? access + " == nil || " + condition : condition, sentinel));
    }
    return List.copyOf(guards);
  }

  /** The fields the action sets; {@code words} gets what it does, for its doc comment. */
  private List<Effect> effects(Command command, List<String> words) {
    List<Effect> effects = new ArrayList<>();
    for (Command.Assignment assignment : command.assignments()) {
      Field field = a.field(assignment.field()).orElseThrow();
      String value =
          field.type() instanceof FieldType.Enumeration
              ? GoTypes.enumTypeName(a, null, field)
                  + Names.pascal(assignment.value().toLowerCase(Locale.ROOT))
              : assignment.value();
      String local = GoNames.local(field.name());
      boolean pointer = field.optional() && field.defaultValue().isEmpty();
      effects.add(
          new Effect(
              local, value, pointer ? Optional.of(local + "Value") : Optional.empty(), false));
      words.add("sets " + field.name() + " to " + assignment.value());
    }
    for (Field param : command.params()) {
      if (command.kind() != Command.Kind.ACTION || a.field(param.name()).isEmpty()) {
        continue;
      }
      String local = GoNames.local(param.name());
      Field field = a.field(param.name()).get();
      // An optional parameter (without a default) is bound to a pointer, the others to a value.
      boolean pointer = param.optional() && param.defaultValue().isEmpty();
      boolean timestamp = DomainFields.scalar(field) == Scalar.TIMESTAMP;
      boolean fieldPointer = field.optional() && field.defaultValue().isEmpty();
      if (pointer && !fieldPointer) {
        // An absent optional parameter leaves a required field as it is.
        String value = timestamp ? "shared.NormalizeTime(*" + local + ")" : "*" + local;
        effects.add(new Effect(local, value, Optional.empty(), true));
      } else {
        String value = local;
        if (timestamp) {
          value =
              fieldPointer
                  ? "shared.NormalizeTimePtr(" + (pointer ? "" : "&") + local + ")"
                  : "shared.NormalizeTime(" + local + ")";
        } else if (fieldPointer && !pointer) {
          value = "&" + local;
        }
        effects.add(new Effect(local, value, Optional.empty(), false));
      }
      words.add("assigns " + param.name());
    }
    return List.copyOf(effects);
  }

  private Optional<Recording> recording(Command command) {
    return command
        .emits()
        .map(
            emits -> {
              List<EventValue> values = new ArrayList<>();
              a.events().stream()
                  .filter(e -> e.name().equals(emits))
                  .findFirst()
                  .ifPresent(event -> event.fields().forEach(f -> values.add(eventValue(f))));
              return new Recording(receiver, emits, List.copyOf(values));
            });
  }

  private EventValue eventValue(Event.EventField ef) {
    String name = ef.field().name();
    boolean pointer = ef.field().optional() && ef.field().defaultValue().isEmpty();
    String value = ef.fromAggregate() ? receiver + "." + GoNames.local(name) : GoNames.local(name);
    if (!ef.fromAggregate() && DomainFields.scalar(ef.field()) == Scalar.TIMESTAMP) {
      value = (pointer ? "shared.NormalizeTimePtr(" : "shared.NormalizeTime(") + value + ")";
    }
    if (ef.fromAggregate() && pointer) {
      value = "shared.CopyPtr(" + value + ")";
    }
    return new EventValue(GoNames.exported(name), value);
  }

  /** The doc comment of a delete or action method, wrapped. */
  private List<String> doc(Command command, List<String> effectWords, boolean guarded) {
    List<String> clauses = new ArrayList<>(effectWords);
    command.emits().ifPresent(emits -> clauses.add("records " + emits));
    StringBuilder text =
        new StringBuilder(method(a, command) + " applies the " + command.name() + " command.");
    if (guarded) {
      text.append(" It is allowed only while ").append(allowedWhen(a, command));
      if (!clauses.isEmpty()) {
        text.append("; it ").append(join(clauses));
      }
      text.append('.');
    } else if (!clauses.isEmpty()) {
      text.append(" It ").append(join(clauses)).append('.');
    }
    return DomainDocs.lines(text.toString());
  }

  private static String join(List<String> clauses) {
    if (clauses.size() == 1) {
      return clauses.get(0);
    }
    return String.join(", ", clauses.subList(0, clauses.size() - 1))
        + " and "
        + clauses.get(clauses.size() - 1);
  }
}
