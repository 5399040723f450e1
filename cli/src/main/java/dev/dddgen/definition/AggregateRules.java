package dev.dddgen.definition;

import dev.dddgen.definition.Definition.AggregateDef;
import dev.dddgen.definition.Definition.CommandDef;
import dev.dddgen.definition.Definition.EntityDef;
import dev.dddgen.definition.Definition.FieldDef;
import dev.dddgen.definition.Definition.ValueObjectDef;
import dev.dddgen.model.Access;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Command;
import dev.dddgen.model.Entity;
import dev.dddgen.model.Event;
import dev.dddgen.model.Field;
import dev.dddgen.model.FieldType;
import dev.dddgen.model.Query;
import dev.dddgen.model.ValueObject;
import dev.dddgen.naming.Names;
import dev.dddgen.naming.Plurals;
import dev.dddgen.naming.Routes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Resolves value objects and aggregates (with their entities), and checks what they contain. */
record AggregateRules(
    Validation run, FieldRules fieldRules, UseCaseRules useCases, SecurityRules security) {
  private static final Pattern TABLE_NAME = Pattern.compile("[a-z][a-z0-9_]*");

  ValueObject valueObject(ValueObjectDef def) {
    String name = def.name().value();
    if (def.isSimple()) {
      FieldDef wrapped = def.wrapped();
      for (Text misplaced :
          new Text[] {
            wrapped.unique(),
            wrapped.renamedFrom(),
            wrapped.defaultValue(),
            wrapped.optional(),
            wrapped.writable()
          }) {
        if (misplaced != null) {
          run.report(
              misplaced.at(),
              "a value object cannot be unique, optional, renamed, writable or have a default",
              "put it on the field that uses '" + name + "'");
        }
      }
      Field field = fieldRules.field(wrapped, "value", Set.of(), false);
      if (field != null
          && !(field.type() instanceof FieldType.Builtin
              || field.type() instanceof FieldType.Enumeration)) {
        run.report(
            wrapped.type().at(),
            "a simple value object wraps a built-in type or an enum, not '"
                + wrapped.type().value()
                + "'",
            "use 'fields:' for a value object made of other values");
      }
      if (field != null) {
        run.simpleValueObjects.put(name, field);
      }
      return field == null ? null : new ValueObject(name, true, List.of(field), field.pii());
    }
    if (def.fields().isEmpty()) {
      run.report(
          def.at(),
          "value object '" + name + "' has no fields",
          "give it 'fields:', or a 'type:' for a single value");
    }
    List<Field> fields =
        fieldRules.fields(
            def.fields(),
            run.generatedMembers(StackRules.Container.VALUE_OBJECT),
            "value object",
            false);
    fields.stream()
        .filter(f -> f.type() instanceof FieldType.Reference)
        .forEach(
            f ->
                run.report(
                    def.at(),
                    "value object '" + name + "' cannot refer to an aggregate ('" + f.name() + "')",
                    "keep references on the aggregate or entity"));
    return new ValueObject(
        name, false, fields, fields.stream().allMatch(Field::pii) && !fields.isEmpty());
  }

  void checkValueObjectCycles(List<ValueObjectDef> defs) {
    Map<String, List<String>> uses = new HashMap<>();
    for (ValueObjectDef def : defs) {
      List<String> used = new ArrayList<>();
      for (FieldDef field : def.fields()) {
        if (field.type() != null && run.valueObjectDefs.containsKey(field.type().value())) {
          used.add(field.type().value());
        }
      }
      uses.put(def.name().value(), used);
    }
    Set<String> reported = new HashSet<>();
    for (ValueObjectDef def : defs) {
      List<String> path = new ArrayList<>();
      if (cycle(def.name().value(), uses, path, new HashSet<>())
          && reported.add(new TreeSet<>(path).toString())) {
        run.report(
            def.at(),
            "value objects contain each other in a cycle: " + String.join(" → ", path),
            "a value object cannot contain itself, directly or through others");
      }
    }
  }

  private static boolean cycle(
      String node, Map<String, List<String>> uses, List<String> path, Set<String> visiting) {
    path.add(node);
    if (!visiting.add(node)) {
      return path.indexOf(node) == 0;
    }
    for (String next : uses.getOrDefault(node, List.of())) {
      if (cycle(next, uses, path, visiting)) {
        return true;
      }
    }
    path.remove(path.size() - 1);
    return false;
  }

  Aggregate aggregate(AggregateDef def) {
    int problemsBefore = run.problems.size();
    String name = def.name().value();
    if (def.fields().isEmpty()) {
      run.report(
          def.at(),
          "aggregate '" + name + "' has no fields",
          "add 'fields:' with at least one field");
    }
    Set<String> reserved = new HashSet<>(DefinitionValidator.RESERVED_FIELDS);
    reserved.addAll(run.generatedMembers(StackRules.Container.AGGREGATE));
    List<Field> fields = fieldRules.fields(def.fields(), reserved, "aggregate", true);
    checkRenames(def.fields());
    String plural = pluralOf(def.name(), def.plural());
    String table = tableOf(plural, def.table());
    List<Entity> entities = new ArrayList<>();
    Set<String> entityReserved = new HashSet<>(DefinitionValidator.RESERVED_FIELDS);
    entityReserved.add("position");
    entityReserved.addAll(run.generatedMembers(StackRules.Container.ENTITY));
    entityReserved.add(Names.lowerFirst(name) + "Id");
    for (EntityDef entityDef : def.entities()) {
      if (run.badNames.contains(entityDef.name())) {
        continue;
      }
      if (entityDef.fields().isEmpty()) {
        run.report(
            entityDef.at(),
            "entity '" + entityDef.name().value() + "' has no fields",
            "add 'fields:'");
      }
      List<Field> entityFields =
          fieldRules.fields(entityDef.fields(), entityReserved, "entity", true);
      checkRenames(entityDef.fields());
      String entityName = run.entityNames.get(entityDef.name());
      String entityPlural = pluralOf(entityDef.name(), entityDef.plural());
      if (!entityName.equals(entityDef.name().value())) { // qualified: its plural is too
        entityPlural = name + entityPlural;
      }
      entities.add(
          new Entity(
              entityName, entityPlural, tableOf(entityPlural, entityDef.table()), entityFields));
    }
    checkEntityListNames(def, fields, entities);
    checkEnumTypeNames(def, fields, entities);
    List<Event> events = useCases.events(def, fields);
    List<Command> commands =
        def.commands() == null
            ? useCases.conventionalCommands(name)
            : useCases.commands(def, fields, events);
    checkActionMethods(def, fields, entities, commands);
    checkCreatable(def, commands);
    List<Query> queries =
        def.queries() == null
            ? useCases.conventionalQueries(name, plural, fields)
            : useCases.queries(def, fields);
    Map<String, Access> access = security.access(def, commands, queries);
    Optional<String> ownedBy = security.ownedBy(def, fields, commands, access);
    if (ownedBy.isPresent()) {
      queries = SecurityRules.filteredByOwner(queries, ownedBy.get());
    }
    Aggregate aggregate =
        new Aggregate(
            name,
            plural,
            table,
            fields,
            List.copyOf(entities),
            commands,
            queries,
            events,
            ownedBy,
            access);
    // A field or command that did not resolve would make states look unreachable that are not.
    if (run.problems.size() == problemsBefore) {
      new LifecycleRules(run).check(def, aggregate);
    }
    return aggregate;
  }

  /**
   * Commands written out without one that creates: the service could never hold such an aggregate,
   * and its other commands and queries would have nothing to act on.
   */
  private void checkCreatable(AggregateDef def, List<Command> commands) {
    if (def.commands() == null || commands.size() != def.commands().size()) {
      return; // the conventional set creates; a command that did not resolve has its own problem
    }
    // No commands at all is a choice (rows written elsewhere); some, none creating, is a slip.
    if (!commands.isEmpty() && commands.stream().noneMatch(c -> c.kind() == Command.Kind.CREATE)) {
      String aggregate = def.name().value();
      run.report(
          def.name().at(),
          "aggregate '"
              + aggregate
              + "' has commands but none with 'create: true': nothing could"
              + " ever create one",
          "add a command such as 'Create" + aggregate + ": { create: true }'");
    }
  }

  private void checkEntityListNames(AggregateDef def, List<Field> fields, List<Entity> entities) {
    for (Entity entity : entities) {
      String listName = Names.lowerFirst(entity.plural());
      if (fields.stream().anyMatch(f -> f.name().equalsIgnoreCase(listName))) {
        run.report(
            def.at(),
            "field '"
                + listName
                + "' of aggregate '"
                + def.name().value()
                + "' clashes with the list of entity '"
                + entity.name()
                + "'",
            "rename the field");
      }
    }
  }

  /**
   * An enum field of an aggregate gives its type its name ({@code status} → {@code Status}) in the
   * aggregate's package, beside the aggregate's own type and its entities': the same name twice
   * would not compile.
   */
  private void checkEnumTypeNames(AggregateDef def, List<Field> fields, List<Entity> entities) {
    List<String> types = new ArrayList<>(List.of(def.name().value()));
    entities.forEach(e -> types.add(e.name()));
    for (FieldDef fieldDef : def.fields()) {
      String typeName = Names.pascal(fieldDef.name().value());
      boolean isEnum =
          fields.stream()
              .anyMatch(
                  f ->
                      f.name().equals(fieldDef.name().value())
                          && f.type() instanceof FieldType.Enumeration);
      types.stream()
          .filter(type -> isEnum && type.equalsIgnoreCase(typeName))
          .findFirst()
          .ifPresent(
              type ->
                  run.report(
                      fieldDef.name().at(),
                      "enum field '"
                          + fieldDef.name().value()
                          + "' would name its type '"
                          + typeName
                          + "', as "
                          + (type.equals(def.name().value()) ? "aggregate '" : "entity '")
                          + type
                          + "' is named",
                      "rename the field, e.g. '"
                          + fieldDef.name().value()
                          + "State', or the "
                          + (type.equals(def.name().value()) ? "aggregate" : "entity")));
    }
  }

  /**
   * An action becomes a method of the aggregate and a route segment, both named after the command
   * without a trailing aggregate name ({@code CancelOrder} → {@code Cancel}, {@code /cancel}): that
   * name must not be a getter (a field, an entity list, the generated ones), a generated method, or
   * another action's.
   */
  private void checkActionMethods(
      AggregateDef def, List<Field> fields, List<Entity> entities, List<Command> commands) {
    Map<String, String> taken = new HashMap<>();
    for (String generated : List.of("id", "version", "createdAt", "updatedAt")) {
      taken.put(generated.toLowerCase(Locale.ROOT), "a method every aggregate has");
    }
    for (Command command : commands) {
      if (command.kind() == Command.Kind.UPDATE || command.kind() == Command.Kind.DELETE) {
        taken.put(
            command.kind().name().toLowerCase(Locale.ROOT),
            "the method of command '" + command.name() + "'");
      }
    }
    run.generatedMembers(StackRules.Container.AGGREGATE)
        .forEach(m -> taken.put(m.toLowerCase(Locale.ROOT), "a method every aggregate has"));
    fields.forEach(
        f ->
            taken.put(f.name().toLowerCase(Locale.ROOT), "the getter of field '" + f.name() + "'"));
    entities.forEach(
        e ->
            taken.put(
                e.plural().toLowerCase(Locale.ROOT), "the list of entity '" + e.name() + "'"));
    String aggregate = def.name().value();
    for (Command command : commands) {
      if (command.kind() != Command.Kind.ACTION) {
        continue;
      }
      String name = command.name();
      String method = Routes.actionVerb(aggregate, name);
      String owner =
          taken.putIfAbsent(
              method.toLowerCase(Locale.ROOT), "the method of command '" + name + "'");
      if (owner != null) {
        Text at =
            def.commands().stream()
                .map(CommandDef::name)
                .filter(t -> t.value().equals(name))
                .findFirst()
                .orElse(def.name());
        run.report(
            at.at(),
            "command '"
                + name
                + "' becomes the method and route '"
                + method
                + "' of aggregate '"
                + aggregate
                + "', which is already "
                + owner,
            "rename the command or what it clashes with");
      }
    }
  }

  private String pluralOf(Text name, Text plural) {
    if (plural == null) {
      String made = Plurals.plural(name.value());
      // A plural name gets a plural of the plural (Persons → /personses), which no one meant.
      Plurals.singularOf(name.value())
          .ifPresent(
              singular ->
                  run.warn(
                      name.at(),
                      "'"
                          + name.value()
                          + "' reads as a plural, so its collection would be '"
                          + made
                          + "'",
                      "name it in the singular, '"
                          + singular
                          + "'; or, if it is singular, give its 'plural:'"));
      return made;
    }
    if (!NameRules.isTypeName(plural.value())) {
      run.report(
          plural.at(),
          "plural '" + plural.value() + "' must be PascalCase like the name",
          NameRules.suggestedPascal(plural.value()));
    }
    return plural.value();
  }

  private String tableOf(String plural, Text table) {
    if (table == null) {
      return Names.snake(plural);
    }
    if (!TABLE_NAME.matcher(table.value()).matches() || table.value().length() > 63) {
      run.report(
          table.at(),
          "table '" + table.value() + "' must be lower_snake_case, at most 63 characters",
          "");
    }
    return table.value();
  }

  private void checkRenames(List<FieldDef> defs) {
    Set<String> names = new HashSet<>();
    defs.forEach(f -> names.add(f.name().value()));
    Map<String, Text> sources = new HashMap<>();
    for (FieldDef def : defs) {
      Text from = def.renamedFrom();
      if (from == null) {
        continue;
      }
      if (!NameRules.isFieldName(from.value())) {
        run.report(from.at(), "renamedFrom '" + from.value() + "' is not a field name", "");
      } else if (names.contains(from.value())) {
        run.report(
            from.at(),
            "renamedFrom '" + from.value() + "' names a field that still exists",
            "remove 'renamedFrom' or the old field");
      } else if (sources.putIfAbsent(from.value(), from) != null) {
        run.report(from.at(), "two fields are renamed from '" + from.value() + "'", "");
      }
    }
  }
}
