package dev.dddgen.definition;

import dev.dddgen.definition.Definition.AggregateDef;
import dev.dddgen.definition.Definition.AssignmentDef;
import dev.dddgen.definition.Definition.CommandDef;
import dev.dddgen.definition.Definition.EventDef;
import dev.dddgen.definition.Definition.FieldDef;
import dev.dddgen.definition.Definition.GuardDef;
import dev.dddgen.definition.Definition.QueryDef;
import dev.dddgen.model.Command;
import dev.dddgen.model.Constraints;
import dev.dddgen.model.Event;
import dev.dddgen.model.Field;
import dev.dddgen.model.FieldType;
import dev.dddgen.model.Query;
import dev.dddgen.model.Scalar;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Resolves an aggregate's events, commands (with guards and assignments) and queries. */
record UseCaseRules(
    Validation run, NameRules names, FieldRules fieldRules, ConstraintRules constraintRules) {
  /** What every event carries besides its fields, in every target: the envelope's members. */
  private static final Set<String> EVENT_MEMBERS = Set.of("aggregateId", "occurredAt");

  List<Event> events(AggregateDef def, List<Field> fields) {
    Map<String, Text> seen = new HashMap<>();
    List<Event> events = new ArrayList<>();
    for (EventDef eventDef : def.events()) {
      Text name = eventDef.name();
      if (!names.checkUseCaseName(name, seen, "event")) {
        continue;
      }
      if (run.valueObjectDefs.containsKey(name.value())
          || run.aggregateDefs.containsKey(name.value())
          || def.entities().stream().anyMatch(e -> e.name().value().equals(name.value()))) {
        run.report(
            name.at(),
            "event '" + name.value() + "' has the name of a type",
            "name events in the past tense, e.g. '" + name.value() + "Changed'");
        continue;
      }
      List<Event.EventField> eventFields = new ArrayList<>();
      Set<String> copied = new HashSet<>();
      Set<String> reserved = new HashSet<>(EVENT_MEMBERS);
      reserved.addAll(run.generatedMembers(StackRules.Container.EVENT));
      for (Text ref : eventDef.copied()) {
        Optional<Field> field =
            fields.stream().filter(f -> f.name().equals(ref.value())).findFirst();
        if (field.isEmpty()) {
          if (Validation.declaresBroken(def, fields, ref.value())) {
            continue;
          }
          run.report(
              ref.at(),
              "event '"
                  + name.value()
                  + "' copies '"
                  + ref.value()
                  + "', which is not a field of '"
                  + def.name().value()
                  + "'",
              Suggestions.hint(ref.value(), fields.stream().map(Field::name).toList()));
        } else if (reserved.contains(ref.value())) {
          run.report(
              ref.at(),
              "'"
                  + ref.value()
                  + "' is generated for every event and cannot be copied into event '"
                  + name.value()
                  + "'",
              "rename the field of '" + def.name().value() + "', or leave it out of the event");
        } else if (!copied.add(ref.value())) {
          run.report(ref.at(), "'" + ref.value() + "' is listed twice", "");
        } else {
          eventFields.add(new Event.EventField(field.get(), true));
        }
      }
      for (Field field : fieldRules.fields(eventDef.declared(), reserved, "event", true)) {
        eventFields.add(new Event.EventField(field, false));
      }
      events.add(new Event(name.value(), List.copyOf(eventFields)));
    }
    return List.copyOf(events);
  }

  static List<Command> conventionalCommands(String aggregate) {
    return List.of(
        new Command(
            "Create" + aggregate,
            Command.Kind.CREATE,
            List.of(),
            List.of(),
            List.of(),
            Optional.empty(),
            true),
        new Command(
            "Update" + aggregate,
            Command.Kind.UPDATE,
            List.of(),
            List.of(),
            List.of(),
            Optional.empty(),
            true),
        new Command(
            "Delete" + aggregate,
            Command.Kind.DELETE,
            List.of(),
            List.of(),
            List.of(),
            Optional.empty(),
            true));
  }

  /**
   * The names a list's pagination takes (query parameters and repository filter fields): no filter
   * may use them.
   */
  private static final List<String> PAGINATION_NAMES = List.of("limit", "cursor", "after");

  static List<Query> conventionalQueries(String aggregate, String plural, List<Field> fields) {
    List<String> filters =
        fields.stream()
            .filter(
                f ->
                    f.type() instanceof FieldType.Reference
                        || f.type() instanceof FieldType.Enumeration
                        || f.type() instanceof FieldType.Builtin b && b.scalar() == Scalar.BOOL)
            .map(Field::name)
            .filter(name -> !PAGINATION_NAMES.contains(name))
            .toList();
    return List.of(
        new Query("Get" + aggregate, Query.Kind.BY_ID, List.of(), false, true),
        new Query("List" + plural, Query.Kind.LIST, filters, true, true));
  }

  List<Command> commands(AggregateDef def, List<Field> fields, List<Event> events) {
    Map<String, Text> seen = new HashMap<>();
    Map<Command.Kind, Text> kinds = new HashMap<>();
    List<Command> commands = new ArrayList<>();
    for (CommandDef commandDef : def.commands()) {
      if (!names.checkUseCaseName(commandDef.name(), seen, "command")) {
        continue;
      }
      Command command = command(def, commandDef, fields, events);
      if (command == null) {
        continue;
      }
      if (command.kind() != Command.Kind.ACTION) {
        Text first = kinds.putIfAbsent(command.kind(), commandDef.name());
        if (first != null) {
          run.report(
              commandDef.name().at(),
              "aggregate '"
                  + def.name().value()
                  + "' already has a "
                  + command.kind().name().toLowerCase(Locale.ROOT)
                  + " command, '"
                  + first.value()
                  + "'",
              "keep one");
          continue;
        }
      }
      commands.add(command);
    }
    return List.copyOf(commands);
  }

  private Command command(AggregateDef def, CommandDef c, List<Field> fields, List<Event> events) {
    String name = c.name().value();
    List<Text> flags = new ArrayList<>();
    Command.Kind kind = Command.Kind.ACTION;
    for (var flag :
        List.of(
            Map.entry(Command.Kind.CREATE, Optional.ofNullable(c.create())),
            Map.entry(Command.Kind.UPDATE, Optional.ofNullable(c.update())),
            Map.entry(Command.Kind.DELETE, Optional.ofNullable(c.delete())))) {
      if (flag.getValue().filter(Definition::isTrue).isPresent()) {
        flags.add(flag.getValue().get());
        kind = flag.getKey();
      }
    }
    if (flags.size() > 1) {
      run.report(
          flags.get(1).at(),
          "command '" + name + "' can be only one of create, update and delete",
          "");
      return null;
    }
    boolean ok = true;
    if (kind == Command.Kind.CREATE || kind == Command.Kind.UPDATE) {
      if (!c.params().isEmpty()) {
        ok =
            run.report(
                c.params().get(0).name().at(),
                "a "
                    + kind.name().toLowerCase(Locale.ROOT)
                    + " command takes every field of the aggregate; it has no 'params'",
                "remove 'params'");
      }
    }
    if (kind != Command.Kind.ACTION && !c.set().isEmpty()) {
      ok =
          run.report(
              c.set().get(0).field().at(),
              "only action commands (not create, update or delete) can 'set' fields",
              "");
    }
    if (kind == Command.Kind.CREATE && !c.when().isEmpty()) {
      ok =
          run.report(
              c.when().get(0).field().at(),
              "a create command has no state to guard with 'when'",
              "remove 'when'");
    }
    List<Field> params =
        fieldRules.fields(c.params(), DefinitionValidator.RESERVED_FIELDS, "command", true);
    for (Field param : params) {
      Optional<Field> target =
          fields.stream().filter(f -> f.name().equals(param.name())).findFirst();
      if (target.isPresent() && !target.get().type().equals(param.type())) {
        ok =
            run.report(
                paramAt(c, param.name()),
                "parameter '"
                    + param.name()
                    + "' assigns the field of the same name, "
                    + "so it must have the field's type",
                "declare it with the type of '" + param.name() + "'");
      }
    }
    List<Command.Guard> guards = new ArrayList<>();
    for (GuardDef guard : c.when()) {
      Optional<Field> field = lookupField(guard.field(), fields, def, "guard");
      if (field.isEmpty()) {
        ok = false;
        continue;
      }
      if (!(field.get().type() instanceof FieldType.Enumeration || isBool(field.get().type()))) {
        ok =
            run.report(
                guard.field().at(),
                "'when' can test enum and bool fields; '" + guard.field().value() + "' is neither",
                "");
        continue;
      }
      if (guard.values().isEmpty()) {
        ok =
            run.report(
                guard.field().at(), "'when: " + guard.field().value() + "' lists no values", "");
      }
      for (Text value : guard.values()) {
        ok &= constraintRules.checkLiteral(value, field.get().type(), Constraints.NONE, "value");
      }
      guards.add(
          new Command.Guard(
              guard.field().value(), guard.values().stream().map(Text::value).toList()));
    }
    List<Command.Assignment> assignments = new ArrayList<>();
    for (AssignmentDef assignment : c.set()) {
      Optional<Field> field = lookupField(assignment.field(), fields, def, "'set'");
      if (field.isEmpty()) {
        ok = false;
        continue;
      }
      if (params.stream().anyMatch(p -> p.name().equals(assignment.field().value()))) {
        ok =
            run.report(
                assignment.field().at(),
                "'" + assignment.field().value() + "' is both a parameter and set to a fixed value",
                "keep one");
        continue;
      }
      ok &=
          constraintRules.checkLiteral(
              assignment.value(), field.get().type(), field.get().constraints(), "value");
      assignments.add(
          new Command.Assignment(assignment.field().value(), assignment.value().value()));
    }
    Optional<String> emits = Optional.empty();
    if (c.emits() != null) {
      String eventName = c.emits().value();
      Optional<Event> event = events.stream().filter(e -> e.name().equals(eventName)).findFirst();
      if (event.isEmpty()) {
        ok =
            run.report(
                c.emits().at(),
                "command '"
                    + name
                    + "' emits '"
                    + eventName
                    + "', which is not an event of '"
                    + def.name().value()
                    + "'",
                def.events().isEmpty()
                    ? "declare it under 'events:' of the aggregate"
                    : Suggestions.hint(eventName, events.stream().map(Event::name).toList()));
      } else {
        for (Event.EventField eventField : event.get().fields()) {
          if (eventField.fromAggregate()) {
            continue;
          }
          Field needed = eventField.field();
          Optional<Field> param =
              params.stream().filter(p -> p.name().equals(needed.name())).findFirst();
          if (param.isEmpty() || !param.get().type().equals(needed.type())) {
            ok =
                run.report(
                    c.emits().at(),
                    "event '"
                        + eventName
                        + "' needs '"
                        + needed.name()
                        + "', which command '"
                        + name
                        + "' does not take as a parameter of the same type",
                    "add it to 'params' of '" + name + "'");
          }
        }
        emits = Optional.of(eventName);
      }
    }
    return ok
        ? new Command(
            name, kind, params, List.copyOf(guards), List.copyOf(assignments), emits, false)
        : null;
  }

  private static SourceLocation paramAt(CommandDef c, String param) {
    return c.params().stream()
        .filter(p -> p.name().value().equals(param))
        .findFirst()
        .map(FieldDef::at)
        .orElse(c.at());
  }

  private static boolean isBool(FieldType type) {
    return type instanceof FieldType.Builtin b && b.scalar() == Scalar.BOOL;
  }

  private Optional<Field> lookupField(
      Text name, List<Field> fields, AggregateDef def, String what) {
    Optional<Field> field = fields.stream().filter(f -> f.name().equals(name.value())).findFirst();
    if (field.isEmpty() && !Validation.declaresBroken(def, fields, name.value())) {
      run.report(
          name.at(),
          what
              + " names '"
              + name.value()
              + "', which is not a field of '"
              + def.name().value()
              + "'",
          Suggestions.hint(name.value(), fields.stream().map(Field::name).toList()));
    }
    return field;
  }

  List<Query> queries(AggregateDef def, List<Field> fields) {
    Map<String, Text> seen = new HashMap<>();
    Map<Query.Kind, Text> kinds = new HashMap<>();
    List<Query> queries = new ArrayList<>();
    for (QueryDef q : def.queries()) {
      if (!names.checkUseCaseName(q.name(), seen, "query")) {
        continue;
      }
      Query.Kind kind = q.by() != null ? Query.Kind.BY_ID : Query.Kind.LIST;
      boolean ok = true;
      if (q.by() != null && !q.by().value().equals("id")) {
        ok =
            run.report(
                q.by().at(),
                "queries can look up by 'id' only",
                "write 'by: id', or use 'filter:' for a list");
      }
      if (q.by() != null && (!q.filter().isEmpty() || q.paginate() != null)) {
        ok =
            run.report(
                q.by().at(),
                "a query 'by: id' returns one aggregate; it has no 'filter' or 'paginate'",
                "");
      }
      Set<String> filterNames = new HashSet<>();
      for (Text filter : q.filter()) {
        Optional<Field> field = lookupField(filter, fields, def, "filter");
        if (field.isEmpty()) {
          ok = false;
        } else if (field.get().type() instanceof FieldType.ValueObjectType vo
            && !run.isSimple(vo.name())) {
          ok =
              run.report(
                  filter.at(),
                  "cannot filter on composite value object '" + filter.value() + "'",
                  "");
        } else if (PAGINATION_NAMES.contains(filter.value())) {
          ok =
              run.report(
                  filter.at(),
                  "cannot filter on '"
                      + filter.value()
                      + "': 'limit', 'cursor' and 'after' are taken by"
                      + " the list's pagination",
                  "rename the field, e.g. '" + filter.value() + "Value'");
        } else if (!filterNames.add(filter.value())) {
          ok = run.report(filter.at(), "filter '" + filter.value() + "' is listed twice", "");
        }
      }
      Text first = kinds.putIfAbsent(kind, q.name());
      if (first != null && ok) {
        ok =
            run.report(
                q.name().at(),
                "aggregate '"
                    + def.name().value()
                    + "' already has a "
                    + (kind == Query.Kind.BY_ID ? "'by: id'" : "list")
                    + " query, '"
                    + first.value()
                    + "'",
                "each has its own route; keep one");
      }
      if (ok) {
        queries.add(
            new Query(
                q.name().value(),
                kind,
                q.filter().stream().map(Text::value).toList(),
                Definition.isTrue(q.paginate()),
                false));
      }
    }
    return List.copyOf(queries);
  }
}
