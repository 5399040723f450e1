package dev.dddgen.definition;

import dev.dddgen.definition.Definition.AggregateDef;
import dev.dddgen.definition.Definition.EntityDef;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Entity;
import dev.dddgen.model.Event;
import dev.dddgen.naming.Names;
import dev.dddgen.naming.Routes;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of names: what a type, field, command, query or event may be called, and the names (use
 * cases, tables, routes) no two items of a definition may share.
 */
record NameRules(Validation run) {
  /** Type names the generated code uses for packages of its own. */
  static final Set<String> RESERVED_TYPE_NAMES =
      Set.of("shared", "dto", "command", "query", "event", "events");

  /**
   * Schemas every OpenAPI document dddgen writes has, whatever the stack: an aggregate, entity or
   * value object is a schema of its own name, and two of one name would be one YAML key twice.
   */
  static final Set<String> SPEC_SCHEMA_NAMES = Set.of("problem", "fielderror");

  /**
   * Aggregates and value objects share one namespace; an entity is local to its aggregate, so two
   * aggregates may each declare one of the same name. The aggregate declared first keeps the bare
   * name; a later one's entity is generated qualified by its aggregate ({@code Invoice.Line}
   * becomes {@code InvoiceLine}, table {@code invoice_lines}), so that a definition without such a
   * clash, and the entity that was there first when one appears later, keep their code and tables.
   */
  void checkTypeNames(Definition definition) {
    Map<String, Text> seen = new HashMap<>();
    Map<String, Text> firstEntity = new HashMap<>();
    List<Text> names = new ArrayList<>();
    definition.valueObjects().forEach(v -> names.add(v.name()));
    definition.aggregates().forEach(a -> names.add(a.name()));
    Set<Text> packaged = new HashSet<>();
    definition.aggregates().forEach(a -> packaged.add(a.name()));
    for (Text name : names) {
      if (checkTypeName(name, packaged.contains(name))) {
        refuseTwice(seen, name);
      } else {
        run.badNames.add(name);
      }
    }
    List<Clash> clashes = new ArrayList<>();
    for (AggregateDef aggregate : definition.aggregates()) {
      Map<String, Text> local = new HashMap<>();
      for (EntityDef entity : aggregate.entities()) {
        Text name = entity.name();
        if (!checkTypeName(name, false)) {
          run.badNames.add(name);
          continue;
        }
        String key = name.value().toLowerCase(Locale.ROOT);
        if (seen.containsKey(key) || local.containsKey(key)) {
          Map<String, Text> scope = seen.containsKey(key) ? seen : local;
          refuseTwice(scope, name);
          continue;
        }
        local.put(key, name);
        Text first = firstEntity.putIfAbsent(key, name);
        if (first == null) {
          run.entityNames.put(name, name.value());
        } else if (!first.value().equals(name.value())) {
          refuseTwice(firstEntity, name);
        } else {
          clashes.add(new Clash(aggregate.name(), name, first));
        }
      }
    }
    Map<String, Text> generated = new HashMap<>(firstEntity);
    clashes.forEach(clash -> qualify(clash, seen, generated));
    definition.valueObjects().stream()
        .filter(v -> !run.badNames.contains(v.name()))
        .forEach(v -> run.valueObjectDefs.putIfAbsent(v.name().value(), v));
    definition.aggregates().stream()
        .filter(a -> !run.badNames.contains(a.name()))
        .forEach(a -> run.aggregateDefs.putIfAbsent(a.name().value(), a));
  }

  /** Reports {@code name} when {@code scope} already holds its (case-folded) spelling. */
  private void refuseTwice(Map<String, Text> scope, Text name) {
    Text first = scope.putIfAbsent(name.value().toLowerCase(Locale.ROOT), name);
    if (first == null) {
      return;
    }
    run.badNames.add(name);
    run.report(
        name.at(),
        "'"
            + name.value()
            + "' is already defined at line "
            + first.at().line()
            + (first.value().equals(name.value())
                ? ""
                : " as '" + first.value() + "' (names may not differ only in case)"),
        "give each aggregate and value object its own name, and each entity a name its aggregate"
            + " and the value objects do not use");
  }

  /**
   * Entity {@code name} of {@code aggregate}, whose bare name the entity {@code first} of an
   * earlier aggregate keeps.
   */
  private record Clash(Text aggregate, Text name, Text first) {}

  /**
   * Names the clashing entity after its aggregate and itself; refused when an aggregate, value
   * object or entity (bare or qualified) already has that name.
   */
  private void qualify(Clash clash, Map<String, Text> seen, Map<String, Text> generated) {
    Text aggregate = clash.aggregate();
    Text name = clash.name();
    Text first = clash.first();
    String value = aggregate.value() + name.value();
    String key = value.toLowerCase(Locale.ROOT);
    Text taken = seen.containsKey(key) ? seen.get(key) : generated.putIfAbsent(key, name);
    if (taken != null || value.length() > DefinitionValidator.MAX_NAME_LENGTH) {
      run.badNames.add(name);
      run.report(
          name.at(),
          "entity '"
              + name.value()
              + "' of '"
              + aggregate.value()
              + "' is generated as '"
              + value
              + "' (an entity of an earlier aggregate, line "
              + first.at().line()
              + ", keeps the name '"
              + name.value()
              + "'), "
              + (taken != null
                  ? "which is already defined at line " + taken.at().line()
                  : "which is longer than " + DefinitionValidator.MAX_NAME_LENGTH + " characters"),
          "rename one of them");
      return;
    }
    run.entityNames.put(name, value);
  }

  /** {@code [A-Z][A-Za-z0-9]*}, checked by hand: names are checked by the thousand, cold. */
  static boolean isTypeName(String value) {
    return !value.isEmpty()
        && value.charAt(0) >= 'A'
        && value.charAt(0) <= 'Z'
        && isAlphanumeric(value);
  }

  /** {@code [a-z][A-Za-z0-9]*}, checked by hand (see {@link #isTypeName}). */
  static boolean isFieldName(String value) {
    return !value.isEmpty()
        && value.charAt(0) >= 'a'
        && value.charAt(0) <= 'z'
        && isAlphanumeric(value);
  }

  private static boolean isAlphanumeric(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Checks a type's name; {@code packaged} when it names an aggregate, whose lower-case name is
   * also the name of its package (Go) or folder (Java).
   */
  private boolean checkTypeName(Text name, boolean packaged) {
    String value = name.value();
    if (!isTypeName(value)) {
      return run.report(
          name.at(),
          "'" + value + "' is not a valid name: use PascalCase letters and digits",
          suggestedPascal(value));
    }
    if (value.length() > DefinitionValidator.MAX_NAME_LENGTH) {
      return run.report(
          name.at(),
          "'" + value + "' is longer than " + DefinitionValidator.MAX_NAME_LENGTH + " characters",
          "");
    }
    String lower = value.toLowerCase(Locale.ROOT);
    if (DefinitionValidator.BUILTIN_TYPES.contains(lower)) {
      return run.report(
          name.at(), "'" + value + "' is the name of a built-in type", "choose another name");
    }
    Optional<StackRules> reserving =
        run.stack.filter(s -> packaged && s.reservedWords().contains(lower));
    if (reserving.isPresent() || RESERVED_TYPE_NAMES.contains(lower)) {
      return run.report(
          name.at(),
          "'"
              + value
              + "' cannot be used: "
              + (packaged
                  ? "its package name '"
                      + lower
                      + "' is reserved "
                      + reserving.map(s -> "in " + s.language() + " or ").orElse("")
                      + "by dddgen"
                  : "the code dddgen generates has a package named '" + lower + "'"),
          "choose a more specific name, e.g. '" + value + "Item'");
    }
    if (SPEC_SCHEMA_NAMES.contains(lower)) {
      return run.report(
          name.at(),
          "'"
              + value
              + "' cannot be used: the OpenAPI document dddgen writes names its error schemas"
              + " 'Problem' and 'FieldError'",
          "choose a more specific name, e.g. '" + value + "Item'");
    }
    Optional<StackRules> taking = run.stack.filter(s -> s.takenTypeNames().contains(lower));
    if (taking.isPresent()) {
      return run.report(
          name.at(),
          "'"
              + value
              + "' cannot be used: the "
              + taking.get().language()
              + " code dddgen generates has a file or type of that name already",
          "choose a more specific name, e.g. '" + value + "Item'");
    }
    return true;
  }

  static String suggestedPascal(String value) {
    String candidate = Names.pascal(asciiWords(value));
    return isTypeName(candidate) ? "try '" + candidate + "'" : "";
  }

  /** The name's letters without their accents ('Café' → 'Cafe'), digits and word separators. */
  private static String asciiWords(String value) {
    return Normalizer.normalize(value, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .replaceAll("[^A-Za-z0-9_ -]", "");
  }

  boolean checkFieldName(
      Text name, Map<String, Text> seen, Set<String> reserved, String container) {
    String value = name.value();
    if (!isFieldName(value)) {
      String candidate = Names.camel(asciiWords(value));
      return run.report(
          name.at(),
          "'" + value + "' is not a valid field name: use camelCase letters and digits",
          isFieldName(candidate) ? "try '" + candidate + "'" : "");
    }
    if (value.length() > DefinitionValidator.MAX_NAME_LENGTH) {
      return run.report(
          name.at(),
          "'" + value + "' is longer than " + DefinitionValidator.MAX_NAME_LENGTH + " characters",
          "");
    }
    if (reserved.contains(value)) {
      return run.report(
          name.at(),
          "'" + value + "' is generated for every " + container + " and cannot be declared",
          "remove it, or rename it (e.g. '"
              + Names.camel(container)
              + Names.upperFirst(value)
              + "')");
    }
    Text first = seen.putIfAbsent(value.toLowerCase(Locale.ROOT), name);
    if (first != null) {
      return run.report(
          name.at(),
          "'"
              + value
              + "' is already declared at line "
              + first.at().line()
              + (first.value().equals(value)
                  ? ""
                  : " as '" + first.value() + "' (names may not differ only in case)"),
          "");
    }
    return true;
  }

  void checkProjectWideNames(Definition definition, List<Aggregate> aggregates) {
    Map<String, String> useCases = new HashMap<>();
    Map<String, Text> declared = new HashMap<>();
    for (AggregateDef def : definition.aggregates()) {
      if (def.commands() != null) {
        def.commands().forEach(c -> declared.put(c.name().value(), c.name()));
      }
      if (def.queries() != null) {
        def.queries().forEach(q -> declared.put(q.name().value(), q.name()));
      }
    }
    Map<String, String> tables = new HashMap<>();
    tables.put(Event.OUTBOX_TABLE, "the event outbox");
    Map<String, String> routes = new HashMap<>();
    for (Aggregate aggregate : aggregates) {
      List<String> names = new ArrayList<>();
      aggregate.commands().forEach(c -> names.add(c.name()));
      aggregate.queries().forEach(q -> names.add(q.name()));
      for (String name : names) {
        String previous = useCases.putIfAbsent(name.toLowerCase(Locale.ROOT), aggregate.name());
        if (previous != null) {
          Text at = declared.get(name);
          run.report(
              at != null ? at.at() : run.aggregateDefs.get(aggregate.name()).name().at(),
              "use case '" + name + "' is also defined for aggregate '" + previous + "'",
              "command and query names must be unique across the definition");
        }
      }
      AggregateDef def = run.aggregateDefs.get(aggregate.name());
      claim(
          tables,
          aggregate.table(),
          aggregate.name(),
          def.table() != null ? def.table().at() : def.name().at(),
          "table");
      claim(
          routes,
          Routes.resourceSegment(aggregate.plural()),
          aggregate.name(),
          def.plural() != null ? def.plural().at() : def.name().at(),
          "route");
      for (Entity entity : aggregate.entities()) {
        EntityDef entityDef = run.entityDef(def, entity.name()).orElseThrow();
        claim(
            tables,
            entity.table(),
            entity.name(),
            entityDef.table() != null ? entityDef.table().at() : entityDef.name().at(),
            "table");
      }
    }
  }

  private void claim(
      Map<String, String> taken, String key, String owner, SourceLocation at, String what) {
    String previous = taken.putIfAbsent(key, owner);
    if (previous != null && !previous.equals(owner)) {
      run.report(
          at,
          what + " '" + key + "' of '" + owner + "' is also used by '" + previous + "'",
          "set 'plural:' or 'table:' to tell them apart");
    }
  }

  boolean checkUseCaseName(Text name, Map<String, Text> seen, String kind) {
    if (!isTypeName(name.value())) {
      return run.report(
          name.at(),
          "'" + name.value() + "' is not a valid " + kind + " name: use PascalCase",
          suggestedPascal(name.value()));
    }
    if (name.value().length() > DefinitionValidator.MAX_NAME_LENGTH) {
      return run.report(
          name.at(),
          "'"
              + name.value()
              + "' is longer than "
              + DefinitionValidator.MAX_NAME_LENGTH
              + " characters",
          "");
    }
    Text first = seen.putIfAbsent(name.value().toLowerCase(Locale.ROOT), name);
    if (first != null) {
      return run.report(
          name.at(),
          kind + " '" + name.value() + "' is already defined at line " + first.at().line(),
          "");
    }
    return true;
  }
}
