package dev.dddgen.definition;

import dev.dddgen.definition.Definition.AggregateDef;
import dev.dddgen.definition.Definition.AssignmentDef;
import dev.dddgen.definition.Definition.CommandDef;
import dev.dddgen.definition.Definition.EntityDef;
import dev.dddgen.definition.Definition.EventDef;
import dev.dddgen.definition.Definition.FieldDef;
import dev.dddgen.definition.Definition.GuardDef;
import dev.dddgen.definition.Definition.QueryDef;
import dev.dddgen.definition.Definition.ValueObjectDef;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Command;
import dev.dddgen.model.Constraints;
import dev.dddgen.model.DomainModel;
import dev.dddgen.model.Entity;
import dev.dddgen.model.Event;
import dev.dddgen.model.Field;
import dev.dddgen.model.FieldType;
import dev.dddgen.model.Project;
import dev.dddgen.model.Query;
import dev.dddgen.model.Samples;
import dev.dddgen.model.Scalar;
import dev.dddgen.model.Target;
import dev.dddgen.model.ValueObject;
import dev.dddgen.naming.Names;
import dev.dddgen.naming.Plurals;
import dev.dddgen.naming.ReservedWords;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks what a definition means and, when nothing is wrong, resolves it into a {@link DomainModel}.
 * Every problem is collected; the model is built only from a definition without problems.
 */
public final class DefinitionValidator {
  public static final int SUPPORTED_VERSION = 1;
  public static final String DEFAULT_OUTPUT = "backend";
  static final int MAX_NAME_LENGTH = 50;

  private static final Pattern ENUM_VALUE = Pattern.compile("[A-Z][A-Z0-9_]*");
  private static final Pattern PROJECT_NAME = Pattern.compile("[a-z][a-z0-9-]*");
  private static final Pattern TABLE_NAME = Pattern.compile("[a-z][a-z0-9_]*");
  private static final Pattern GO_MODULE =
      Pattern.compile("[a-z0-9][a-z0-9.-]*(/[A-Za-z0-9][A-Za-z0-9._~-]*)*");
  private static final Pattern JAVA_PACKAGE = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*");
  // Maven's own rule for coordinates ([A-Za-z0-9_\-.]+), without empty dot-separated parts.
  private static final Pattern MAVEN_COORDINATE = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");
  private static final Pattern OUTPUT_PATH = Pattern.compile("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*/?");
  /** Constructs Java accepts and Go's RE2 engine does not; a pattern must work in both targets. */
  private static final Pattern NOT_RE2 = Pattern.compile("\\(\\?[=!>]|\\(\\?<[=!]|\\\\[1-9]|(?<!\\\\)[*+?]\\+|(?<!\\\\p|\\\\P)\\{\\d+(,\\d*)?}\\+");

  public static final List<String> BUILTIN_TYPES =
      List.of("string", "text", "int", "long", "decimal", "bool", "uuid", "date", "timestamp", "enum", "ref");
  /** Names the generated code itself uses for every aggregate or entity. */
  static final Set<String> RESERVED_FIELDS = Set.of("id", "version", "createdAt", "updatedAt");
  /**
   * Methods every generated aggregate has besides the getters of RESERVED_FIELDS (the aggregate base,
   * slog.LogValuer): a field of that name would have a getter of the same name.
   */
  static final Set<String> AGGREGATE_METHODS = Set.of("pullEvents", "record", "incrementVersion", "logValue");
  /** Methods every generated composite value object has (equality, fmt and slog). */
  static final Set<String> VALUE_OBJECT_METHODS = Set.of("equal", "string", "goString", "logValue");
  /** The built-in types by id (a field's type is looked up once per field). */
  private static final Map<String, Scalar> SCALARS = scalarsById();
  /** Type names the generated code uses for packages of its own. */
  static final Set<String> RESERVED_TYPE_NAMES = Set.of("shared", "dto", "command", "query", "event", "events");

  private final List<Problem> problems = new ArrayList<>();
  private final Map<String, ValueObjectDef> valueObjectDefs = new LinkedHashMap<>();
  private final Map<String, AggregateDef> aggregateDefs = new LinkedHashMap<>();
  /** The resolved wrapped field of each simple value object, for checking literals of fields that use it. */
  private final Map<String, Field> simpleValueObjects = new HashMap<>();
  /** Names already reported as unusable: nothing more is said of what they name. */
  private final Set<Text> badNames = new HashSet<>();
  /**
   * Whether a sample can be derived from a field's pattern, and what is wrong with a pattern, by
   * constraints and by pattern: definitions repeat them (a currency code, an e-mail address), and
   * both cost a regular-expression compilation.
   */
  private final Map<Constraints, Boolean> derivable = new HashMap<>();
  private final Map<String, PatternFault> patternFaults = new HashMap<>();

  /** The outcome: a model when {@code problems} is empty. */
  public record Result(Optional<DomainModel> model, List<Problem> problems) {}

  public static Result validate(Definition definition) {
    return new DefinitionValidator().run(definition);
  }

  private Result run(Definition definition) {
    checkVersion(definition);
    Project project = project(definition);
    checkTypeNames(definition);
    List<ValueObject> valueObjects = new ArrayList<>();
    for (ValueObjectDef def : definition.valueObjects()) {
      ValueObject valueObject = badNames.contains(def.name()) ? null : valueObject(def);
      if (valueObject != null) { // null when unusable; the parser or the checks above said why
        valueObjects.add(valueObject);
      }
    }
    checkValueObjectCycles(definition.valueObjects());
    List<Aggregate> aggregates = new ArrayList<>();
    for (AggregateDef def : definition.aggregates()) {
      if (!badNames.contains(def.name())) {
        aggregates.add(aggregate(def));
      }
    }
    checkProjectWideNames(definition, aggregates);

    if (!problems.isEmpty() || project == null) {
      return new Result(Optional.empty(), List.copyOf(problems));
    }
    return new Result(
        Optional.of(new DomainModel(project, List.copyOf(valueObjects), List.copyOf(aggregates))), List.of());
  }

  // --- version and project ---------------------------------------------------------------

  private void checkVersion(Definition definition) {
    Text version = definition.version();
    if (version != null && !(version.kind() == Text.Kind.INT && version.value().equals(String.valueOf(SUPPORTED_VERSION)))) {
      report(version.at(), "unsupported version '" + version.value() + "'",
          "this dddgen reads 'version: " + SUPPORTED_VERSION + "'");
    }
  }

  private Project project(Definition definition) {
    var def = definition.project();
    if (def == null) {
      return null;
    }
    boolean ok = true;
    if (def.name() == null) {
      ok = report(def.at(), "'project' has no 'name'", "add 'name: shop' (lower case, digits and '-')");
    } else if (!PROJECT_NAME.matcher(def.name().value()).matches()) {
      ok = report(def.name().at(), "project name '" + def.name().value() + "' must be lower case letters, digits and '-'",
          "try '" + Names.kebab(def.name().value()).replaceAll("[^a-z0-9-]", "") + "'");
    }
    Target target = null;
    List<String> targets = Arrays.stream(Target.values()).map(Target::id).toList();
    if (def.target() == null) {
      ok = report(def.at(), "'project' has no 'target'", "add 'target: go' or 'target: java'");
    } else if (!targets.contains(def.target().value())) {
      ok = report(def.target().at(), "unknown target '" + def.target().value() + "'",
          Suggestions.hint(def.target().value(), targets));
    } else {
      target = Target.valueOf(def.target().value().toUpperCase(Locale.ROOT));
    }
    if (def.module() == null) {
      ok = report(def.at(), "'project' has no 'module'",
          "add 'module: github.com/acme/shop' (Go) or 'module: com.acme.shop' (Java)");
    } else if (target == Target.GO && !GO_MODULE.matcher(def.module().value()).matches()) {
      ok = report(def.module().at(), "'" + def.module().value() + "' is not a Go module path",
          "use a path like 'github.com/acme/shop'");
    } else if (target == Target.JAVA && (!JAVA_PACKAGE.matcher(def.module().value()).matches()
        || Arrays.stream(def.module().value().split("\\.")).anyMatch(ReservedWords::isJava))) {
      ok = report(def.module().at(), "'" + def.module().value() + "' is not a Java package name",
          "use a package like 'com.acme.shop'");
    }
    String output = DEFAULT_OUTPUT;
    if (def.output() != null) {
      output = def.output().value();
      boolean escapes = Arrays.stream(output.split("/")).anyMatch(s -> s.equals("..") || s.equals("."));
      if (!OUTPUT_PATH.matcher(output).matches() || escapes) {
        ok = report(def.output().at(), "output '" + output + "' must be a relative folder inside the definition's folder",
            "use a name like 'backend', or pass '-o DIR' to generate elsewhere");
      }
    }
    for (Text coordinate : new Text[] {def.group(), def.artifact()}) {
      if (coordinate == null) {
        continue;
      }
      String key = coordinate == def.group() ? "group" : "artifact";
      if (target == Target.GO) {
        ok = report(coordinate.at(), "'" + key + "' is a Maven coordinate of target 'java'; a Go module has none",
            "remove it (the Go module path is 'module')");
      } else if (!MAVEN_COORDINATE.matcher(coordinate.value()).matches()) {
        ok = report(coordinate.at(), "'" + coordinate.value() + "' is not a Maven " + key + "Id",
            "use letters, digits, '_', '-' and dots between them, like '" + (key.equals("group") ? "com.acme" : "shop-service")
                + "'");
      }
    }
    if (!ok || target == null) {
      return null;
    }
    return new Project(def.name().value(), target, def.module().value(), output.replaceAll("/$", ""),
        Optional.ofNullable(def.group()).map(Text::value), Optional.ofNullable(def.artifact()).map(Text::value));
  }

  // --- names -------------------------------------------------------------------------------

  private void checkTypeNames(Definition definition) {
    Map<String, Text> seen = new HashMap<>();
    List<Text> names = new ArrayList<>();
    definition.valueObjects().forEach(v -> names.add(v.name()));
    definition.aggregates().forEach(a -> {
      names.add(a.name());
      a.entities().forEach(e -> names.add(e.name()));
    });
    for (Text name : names) {
      if (!checkTypeName(name)) {
        badNames.add(name);
        continue;
      }
      Text first = seen.putIfAbsent(name.value().toLowerCase(Locale.ROOT), name);
      if (first != null) {
        badNames.add(name);
        report(name.at(), "'" + name.value() + "' is already defined at line " + first.at().line()
            + (first.value().equals(name.value()) ? "" : " as '" + first.value() + "' (names may not differ only in case)"),
            "give each aggregate, entity and value object its own name");
      }
    }
    definition.valueObjects().stream().filter(v -> !badNames.contains(v.name()))
        .forEach(v -> valueObjectDefs.putIfAbsent(v.name().value(), v));
    definition.aggregates().stream().filter(a -> !badNames.contains(a.name()))
        .forEach(a -> aggregateDefs.putIfAbsent(a.name().value(), a));
  }

  /** {@code [A-Z][A-Za-z0-9]*}, checked by hand: names are checked by the thousand, cold. */
  private static boolean isTypeName(String value) {
    return !value.isEmpty() && value.charAt(0) >= 'A' && value.charAt(0) <= 'Z' && isAlphanumeric(value);
  }

  /** {@code [a-z][A-Za-z0-9]*}, checked by hand (see {@link #isTypeName}). */
  private static boolean isFieldName(String value) {
    return !value.isEmpty() && value.charAt(0) >= 'a' && value.charAt(0) <= 'z' && isAlphanumeric(value);
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

  private static Map<String, Scalar> scalarsById() {
    Map<String, Scalar> byId = new HashMap<>();
    for (Scalar scalar : Scalar.values()) {
      byId.putIfAbsent(scalar.id(), scalar);
    }
    return Map.copyOf(byId);
  }

  private boolean checkTypeName(Text name) {
    String value = name.value();
    if (!isTypeName(value)) {
      return report(name.at(), "'" + value + "' is not a valid name: use PascalCase letters and digits",
          suggestedPascal(value));
    }
    if (value.length() > MAX_NAME_LENGTH) {
      return report(name.at(), "'" + value + "' is longer than " + MAX_NAME_LENGTH + " characters", "");
    }
    String lower = value.toLowerCase(Locale.ROOT);
    if (BUILTIN_TYPES.contains(lower)) {
      return report(name.at(), "'" + value + "' is the name of a built-in type", "choose another name");
    }
    if (ReservedWords.isGo(lower) || ReservedWords.isJava(lower) || RESERVED_TYPE_NAMES.contains(lower)) {
      return report(name.at(), "'" + value + "' cannot be used: its package name '" + lower
          + "' is reserved in Go, Java or by dddgen", "choose a more specific name, e.g. '" + value + "Item'");
    }
    return true;
  }

  private static String suggestedPascal(String value) {
    String candidate = Names.pascal(value.replaceAll("[^A-Za-z0-9_ -]", ""));
    return isTypeName(candidate) ? "try '" + candidate + "'" : "";
  }

  private boolean checkFieldName(Text name, Map<String, Text> seen, Set<String> reserved, String container) {
    String value = name.value();
    if (!isFieldName(value)) {
      String candidate = Names.camel(value.replaceAll("[^A-Za-z0-9_ -]", ""));
      return report(name.at(), "'" + value + "' is not a valid field name: use camelCase letters and digits",
          isFieldName(candidate) ? "try '" + candidate + "'" : "");
    }
    if (value.length() > MAX_NAME_LENGTH) {
      return report(name.at(), "'" + value + "' is longer than " + MAX_NAME_LENGTH + " characters", "");
    }
    if (reserved.contains(value)) {
      return report(name.at(), "'" + value + "' is generated for every " + container + " and cannot be declared",
          "remove it, or rename it (e.g. '" + Names.camel(container) + Names.upperFirst(value) + "')");
    }
    Text first = seen.putIfAbsent(value.toLowerCase(Locale.ROOT), name);
    if (first != null) {
      return report(name.at(), "'" + value + "' is already declared at line " + first.at().line()
          + (first.value().equals(value) ? "" : " as '" + first.value() + "' (names may not differ only in case)"), "");
    }
    return true;
  }

  private void checkProjectWideNames(Definition definition, List<Aggregate> aggregates) {
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
    Map<String, String> routes = new HashMap<>();
    for (Aggregate aggregate : aggregates) {
      List<String> names = new ArrayList<>();
      aggregate.commands().forEach(c -> names.add(c.name()));
      aggregate.queries().forEach(q -> names.add(q.name()));
      for (String name : names) {
        String previous = useCases.putIfAbsent(name.toLowerCase(Locale.ROOT), aggregate.name());
        if (previous != null) {
          Text at = declared.get(name);
          report(at != null ? at.at() : aggregateDefs.get(aggregate.name()).name().at(),
              "use case '" + name + "' is also defined for aggregate '" + previous + "'",
              "command and query names must be unique across the definition");
        }
      }
      AggregateDef def = aggregateDefs.get(aggregate.name());
      claim(tables, aggregate.table(), aggregate.name(), def.table() != null ? def.table().at() : def.name().at(), "table");
      claim(routes, Names.kebab(aggregate.plural()), aggregate.name(),
          def.plural() != null ? def.plural().at() : def.name().at(), "route");
      for (Entity entity : aggregate.entities()) {
        EntityDef entityDef = def.entities().stream().filter(e -> e.name().value().equals(entity.name())).findFirst().orElseThrow();
        claim(tables, entity.table(), entity.name(), entityDef.table() != null ? entityDef.table().at() : entityDef.name().at(), "table");
      }
    }
  }

  private void claim(Map<String, String> taken, String key, String owner, SourceLocation at, String what) {
    String previous = taken.putIfAbsent(key, owner);
    if (previous != null && !previous.equals(owner)) {
      report(at, what + " '" + key + "' of '" + owner + "' is also used by '" + previous + "'",
          "set 'plural:' or 'table:' to tell them apart");
    }
  }

  // --- value objects -------------------------------------------------------------------------

  private ValueObject valueObject(ValueObjectDef def) {
    String name = def.name().value();
    if (def.isSimple()) {
      FieldDef wrapped = def.wrapped();
      for (Text misplaced : new Text[] {wrapped.unique(), wrapped.renamedFrom(), wrapped.defaultValue(), wrapped.optional()}) {
        if (misplaced != null) {
          report(misplaced.at(), "a value object cannot be unique, optional, renamed or have a default",
              "put it on the field that uses '" + name + "'");
        }
      }
      Field field = field(wrapped, "value", Set.of(), false);
      if (field != null && !(field.type() instanceof FieldType.Builtin || field.type() instanceof FieldType.Enumeration)) {
        report(wrapped.type().at(), "a simple value object wraps a built-in type or an enum, not '" + wrapped.type().value() + "'",
            "use 'fields:' for a value object made of other values");
      }
      if (field != null) {
        simpleValueObjects.put(name, field);
      }
      return field == null ? null : new ValueObject(name, true, List.of(field), field.pii());
    }
    if (def.fields().isEmpty()) {
      report(def.at(), "value object '" + name + "' has no fields",
          "give it 'fields:', or a 'type:' for a single value");
    }
    List<Field> fields = fields(def.fields(), VALUE_OBJECT_METHODS, "value object", false);
    fields.stream().filter(f -> f.type() instanceof FieldType.Reference).forEach(f ->
        report(def.at(), "value object '" + name + "' cannot refer to an aggregate ('" + f.name() + "')",
            "keep references on the aggregate or entity"));
    return new ValueObject(name, false, fields, fields.stream().allMatch(Field::pii) && !fields.isEmpty());
  }

  private void checkValueObjectCycles(List<ValueObjectDef> defs) {
    Map<String, List<String>> uses = new HashMap<>();
    for (ValueObjectDef def : defs) {
      List<String> used = new ArrayList<>();
      for (FieldDef field : def.fields()) {
        if (field.type() != null && valueObjectDefs.containsKey(field.type().value())) {
          used.add(field.type().value());
        }
      }
      uses.put(def.name().value(), used);
    }
    Set<String> reported = new HashSet<>();
    for (ValueObjectDef def : defs) {
      List<String> path = new ArrayList<>();
      if (cycle(def.name().value(), uses, path, new HashSet<>()) && reported.add(new TreeSet<>(path).toString())) {
        report(def.at(), "value objects contain each other in a cycle: " + String.join(" → ", path),
            "a value object cannot contain itself, directly or through others");
      }
    }
  }

  private static boolean cycle(String node, Map<String, List<String>> uses, List<String> path, Set<String> visiting) {
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

  // --- aggregates ----------------------------------------------------------------------------

  private Aggregate aggregate(AggregateDef def) {
    String name = def.name().value();
    if (def.fields().isEmpty()) {
      report(def.at(), "aggregate '" + name + "' has no fields", "add 'fields:' with at least one field");
    }
    Set<String> reserved = new HashSet<>(RESERVED_FIELDS);
    reserved.addAll(AGGREGATE_METHODS);
    List<Field> fields = fields(def.fields(), reserved, "aggregate", true);
    checkRenames(def.fields());
    String plural = pluralOf(def.name(), def.plural());
    String table = tableOf(plural, def.table());
    List<Entity> entities = new ArrayList<>();
    Set<String> entityReserved = new HashSet<>(RESERVED_FIELDS);
    entityReserved.add("position");
    entityReserved.add("logValue");
    entityReserved.add(Names.lowerFirst(name) + "Id");
    for (EntityDef entityDef : def.entities()) {
      if (badNames.contains(entityDef.name())) {
        continue;
      }
      if (entityDef.fields().isEmpty()) {
        report(entityDef.at(), "entity '" + entityDef.name().value() + "' has no fields", "add 'fields:'");
      }
      List<Field> entityFields = fields(entityDef.fields(), entityReserved, "entity", true);
      checkRenames(entityDef.fields());
      String entityPlural = pluralOf(entityDef.name(), entityDef.plural());
      entities.add(new Entity(entityDef.name().value(), entityPlural, tableOf(entityPlural, entityDef.table()), entityFields));
    }
    checkEntityListNames(def, fields, entities);
    List<Event> events = events(def, fields);
    List<Command> commands = def.commands() == null
        ? conventionalCommands(name)
        : commands(def, fields, events);
    checkActionMethods(def, fields, entities, commands);
    List<Query> queries = def.queries() == null
        ? conventionalQueries(name, plural, fields)
        : queries(def, fields);
    return new Aggregate(name, plural, table, fields, List.copyOf(entities), commands, queries, events);
  }

  private void checkEntityListNames(AggregateDef def, List<Field> fields, List<Entity> entities) {
    for (Entity entity : entities) {
      String listName = Names.lowerFirst(entity.plural());
      if (fields.stream().anyMatch(f -> f.name().equalsIgnoreCase(listName))) {
        report(def.at(), "field '" + listName + "' of aggregate '" + def.name().value()
            + "' clashes with the list of entity '" + entity.name() + "'", "rename the field");
      }
    }
  }

  /**
   * An action becomes a method of the aggregate and a route segment, both named after the command
   * without a trailing aggregate name ({@code CancelOrder} → {@code Cancel}, {@code /cancel}): that
   * name must not be a getter (a field, an entity list, the generated ones), a generated method,
   * or another action's.
   */
  private void checkActionMethods(AggregateDef def, List<Field> fields, List<Entity> entities, List<Command> commands) {
    Map<String, String> taken = new HashMap<>();
    for (String generated : List.of("id", "version", "createdAt", "updatedAt")) {
      taken.put(generated.toLowerCase(Locale.ROOT), "a method every aggregate has");
    }
    for (Command command : commands) {
      if (command.kind() == Command.Kind.UPDATE || command.kind() == Command.Kind.DELETE) {
        taken.put(command.kind().name().toLowerCase(Locale.ROOT), "the method of command '" + command.name() + "'");
      }
    }
    AGGREGATE_METHODS.forEach(m -> taken.put(m.toLowerCase(Locale.ROOT), "a method every aggregate has"));
    fields.forEach(f -> taken.put(f.name().toLowerCase(Locale.ROOT), "the getter of field '" + f.name() + "'"));
    entities.forEach(e -> taken.put(e.plural().toLowerCase(Locale.ROOT), "the list of entity '" + e.name() + "'"));
    String aggregate = def.name().value();
    for (Command command : commands) {
      if (command.kind() != Command.Kind.ACTION) {
        continue;
      }
      String name = command.name();
      String method = name.endsWith(aggregate) && name.length() > aggregate.length()
          ? name.substring(0, name.length() - aggregate.length()) : name;
      String owner = taken.putIfAbsent(method.toLowerCase(Locale.ROOT), "the method of command '" + name + "'");
      if (owner != null) {
        Text at = def.commands().stream().map(CommandDef::name).filter(t -> t.value().equals(name))
            .findFirst().orElse(def.name());
        report(at.at(), "command '" + name + "' becomes the method and route '" + method + "' of aggregate '"
            + aggregate + "', which is already " + owner, "rename the command or what it clashes with");
      }
    }
  }

  private String pluralOf(Text name, Text plural) {
    if (plural == null) {
      return Plurals.plural(name.value());
    }
    if (!isTypeName(plural.value())) {
      report(plural.at(), "plural '" + plural.value() + "' must be PascalCase like the name", suggestedPascal(plural.value()));
    }
    return plural.value();
  }

  private String tableOf(String plural, Text table) {
    if (table == null) {
      return Names.snake(plural);
    }
    if (!TABLE_NAME.matcher(table.value()).matches() || table.value().length() > 63) {
      report(table.at(), "table '" + table.value() + "' must be lower_snake_case, at most 63 characters", "");
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
      if (!isFieldName(from.value())) {
        report(from.at(), "renamedFrom '" + from.value() + "' is not a field name", "");
      } else if (names.contains(from.value())) {
        report(from.at(), "renamedFrom '" + from.value() + "' names a field that still exists",
            "remove 'renamedFrom' or the old field");
      } else if (sources.putIfAbsent(from.value(), from) != null) {
        report(from.at(), "two fields are renamed from '" + from.value() + "'", "");
      }
    }
  }

  // --- fields --------------------------------------------------------------------------------

  private List<Field> fields(List<FieldDef> defs, Set<String> reserved, String container, boolean allowRefs) {
    Map<String, Text> seen = new HashMap<>();
    List<Field> fields = new ArrayList<>();
    for (FieldDef def : defs) {
      boolean nameOk = checkFieldName(def.name(), seen, reserved, container);
      Field field = field(def, def.name().value(), reserved, allowRefs);
      if (nameOk && field != null) {
        fields.add(field);
      }
    }
    return List.copyOf(fields);
  }

  /** Resolves one field's type and constraints; null when it is unusable (problems say why). */
  private Field field(FieldDef def, String name, Set<String> reserved, boolean allowRefs) {
    if (def.type() == null) {
      return null;
    }
    FieldType type = type(def, allowRefs);
    if (type == null) {
      return null;
    }
    Constraints constraints = constraints(def, type);
    boolean pii = def.isPii() || (type instanceof FieldType.ValueObjectType vo
        && valueObjectDefs.get(vo.name()) != null && isPiiValueObject(valueObjectDefs.get(vo.name())));
    Optional<String> defaultValue = Optional.empty();
    if (def.defaultValue() != null) {
      if (checkLiteral(def.defaultValue(), type, constraints, "default")) {
        defaultValue = Optional.of(def.defaultValue().value());
      }
    }
    if (def.isUnique() && type instanceof FieldType.ValueObjectType vo && !isSimple(vo.name())) {
      report(def.unique().at(), "'unique' is not supported on a composite value object", "mark a scalar field unique");
    }
    Optional<String> example = Optional.empty();
    if (def.example() != null && checkLiteral(def.example(), literalType(type), literalConstraints(type, constraints), "example")) {
      example = Optional.of(def.example().value());
    }
    if (constraints.pattern().isPresent() && example.isEmpty() && defaultValue.isEmpty() && def.example() == null
        && !derivable.computeIfAbsent(constraints, Samples::matchesPattern)) {
      report(def.pattern().at(), "no example value can be derived from pattern '" + constraints.pattern().get()
          + "' (generated tests and API docs need one)", "add 'example:' with a value that matches it");
    }
    return new Field(name, type, def.isOptional(), defaultValue, constraints, def.isUnique(), pii,
        Optional.ofNullable(def.renamedFrom()).map(Text::value), example);
  }

  /** A simple value object's literals are those of the type it wraps. */
  private FieldType literalType(FieldType type) {
    if (type instanceof FieldType.ValueObjectType vo && simpleValueObjects.containsKey(vo.name())) {
      return simpleValueObjects.get(vo.name()).type();
    }
    return type;
  }

  private Constraints literalConstraints(FieldType type, Constraints constraints) {
    if (type instanceof FieldType.ValueObjectType vo && simpleValueObjects.containsKey(vo.name())) {
      return simpleValueObjects.get(vo.name()).constraints();
    }
    return constraints;
  }

  private boolean isPiiValueObject(ValueObjectDef def) {
    return def.isSimple() ? def.wrapped().isPii() : !def.fields().isEmpty() && def.fields().stream().allMatch(FieldDef::isPii);
  }

  private boolean isSimple(String valueObject) {
    ValueObjectDef def = valueObjectDefs.get(valueObject);
    return def != null && def.isSimple();
  }

  private FieldType type(FieldDef def, boolean allowRefs) {
    Text type = def.type();
    String value = type.value();
    if (def.to() != null && !value.equals("ref")) {
      report(def.to().at(), "'to' is only for 'type: ref'", "remove 'to', or make the field 'type: ref'");
    }
    if (!def.values().isEmpty() && !value.equals("enum")) {
      report(def.values().get(0).at(), "'values' is only for 'type: enum'", "remove 'values', or make the field 'type: enum'");
    }
    switch (value) {
      case "enum":
        return enumeration(def);
      case "ref":
        if (!allowRefs) {
          report(type.at(), "a value object cannot refer to an aggregate", "keep references on the aggregate or entity");
          return null;
        }
        if (def.to() == null) {
          report(type.at(), "a 'ref' field needs 'to' naming the aggregate it refers to",
              "write '{ type: ref, to: " + firstAggregateName() + " }'");
          return null;
        }
        if (!aggregateDefs.containsKey(def.to().value())) {
          report(def.to().at(), "'" + def.to().value() + "' is not an aggregate", Suggestions.hint(def.to().value(), aggregateDefs.keySet()));
          return null;
        }
        return new FieldType.Reference(def.to().value());
      default:
        break;
    }
    Scalar scalar = SCALARS.get(value);
    if (scalar != null) {
      return new FieldType.Builtin(scalar);
    }
    if (valueObjectDefs.containsKey(value)) {
      return new FieldType.ValueObjectType(value);
    }
    String hint;
    if (aggregateDefs.containsKey(value)) {
      hint = "to refer to aggregate '" + value + "' write '{ type: ref, to: " + value + " }'";
    } else if (aggregateDefs.values().stream().anyMatch(a -> a.entities().stream().anyMatch(e -> e.name().value().equals(value)))) {
      hint = "'" + value + "' is a child entity; entities are listed under 'entities:' of their aggregate";
    } else {
      List<String> candidates = new ArrayList<>(BUILTIN_TYPES);
      candidates.addAll(valueObjectDefs.keySet());
      hint = Suggestions.hint(value, candidates);
    }
    report(type.at(), "unknown type '" + value + "'", hint);
    return null;
  }

  private String firstAggregateName() {
    return aggregateDefs.isEmpty() ? "Customer" : aggregateDefs.keySet().iterator().next();
  }

  private FieldType enumeration(FieldDef def) {
    if (def.values().isEmpty()) {
      report(def.type().at(), "an enum needs 'values'", "write '{ type: enum, values: [DRAFT, PUBLISHED] }'");
      return null;
    }
    Set<String> seen = new HashSet<>();
    List<String> values = new ArrayList<>();
    boolean ok = true;
    for (Text value : def.values()) {
      if (!ENUM_VALUE.matcher(value.value()).matches()) {
        ok = report(value.at(), "enum value '" + value.value() + "' must be UPPER_SNAKE_CASE",
            "try '" + Names.screamingSnake(value.value()).replaceAll("[^A-Z0-9_]", "") + "'");
      } else if (!seen.add(value.value())) {
        ok = report(value.at(), "enum value '" + value.value() + "' is listed twice", "");
      }
      values.add(value.value());
    }
    return ok ? new FieldType.Enumeration(List.copyOf(values)) : null;
  }

  private Constraints constraints(FieldDef def, FieldType type) {
    Scalar scalar = type instanceof FieldType.Builtin builtin ? builtin.scalar() : null;
    boolean numeric = scalar != null && scalar.isNumeric();
    boolean textual = scalar != null && scalar.isTextual();
    Optional<BigDecimal> min = number(def.min(), numeric, scalar, "min");
    Optional<BigDecimal> max = number(def.max(), numeric, scalar, "max");
    if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
      report(def.min().at(), "min " + def.min().value() + " is greater than max " + def.max().value(), "swap them");
    }
    OptionalInt minLength = length(def.minLength(), textual, "minLength");
    OptionalInt maxLength = length(def.maxLength(), textual, "maxLength");
    if (maxLength.isPresent() && maxLength.getAsInt() == 0) {
      report(def.maxLength().at(), "maxLength 0 allows only the empty string", "use a positive maxLength");
    }
    if (minLength.isPresent() && maxLength.isPresent() && minLength.getAsInt() > maxLength.getAsInt()) {
      report(def.minLength().at(), "minLength " + minLength.getAsInt() + " is greater than maxLength " + maxLength.getAsInt(), "swap them");
    }
    Optional<String> pattern = Optional.empty();
    if (def.pattern() != null) {
      if (!textual) {
        notApplicable(def.pattern(), "pattern", "string and text");
      } else if (compiles(def.pattern())) {
        pattern = Optional.of(def.pattern().value());
      }
    }
    return new Constraints(min, max, minLength, maxLength, pattern);
  }

  private Optional<BigDecimal> number(Text text, boolean applicable, Scalar scalar, String key) {
    if (text == null) {
      return Optional.empty();
    }
    if (!applicable) {
      notApplicable(text, key, "int, long and decimal");
      return Optional.empty();
    }
    BigDecimal value;
    try {
      value = new BigDecimal(text.value().replace("_", ""));
    } catch (NumberFormatException e) { // .inf, .nan, 1e99999999999...
      report(text.at(), key + " '" + text.value() + "' is not a finite number", "");
      return Optional.empty();
    }
    if (scalar != Scalar.DECIMAL && value.stripTrailingZeros().scale() > 0) {
      report(text.at(), key + " of an " + scalar.id() + " must be a whole number, not " + text.value(), "");
      return Optional.empty();
    }
    if (!fits(value, scalar)) {
      report(text.at(), key + " " + text.value() + " does not fit in " + scalar.id(), scalar == Scalar.INT ? "use 'long'" : "");
      return Optional.empty();
    }
    return Optional.of(value);
  }

  private static boolean fits(BigDecimal value, Scalar scalar) {
    return switch (scalar) {
      case INT -> value.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) >= 0 && value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0;
      case LONG -> value.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) >= 0 && value.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0;
      // PostgreSQL numeric's limits; beyond them a literal like 1e999999999 would also take
      // gigabytes to print in plain notation.
      case DECIMAL -> value.precision() - value.scale() <= 131_072 && value.scale() <= 16_383;
      default -> true;
    };
  }

  private OptionalInt length(Text text, boolean applicable, String key) {
    if (text == null) {
      return OptionalInt.empty();
    }
    if (!applicable) {
      notApplicable(text, key, "string and text");
      return OptionalInt.empty();
    }
    long value;
    try {
      value = Long.parseLong(text.value().replace("_", ""));
    } catch (NumberFormatException e) {
      report(text.at(), key + " '" + text.value() + "' is not a whole number", "");
      return OptionalInt.empty();
    }
    if (value < 0) {
      report(text.at(), key + " cannot be negative", "");
      return OptionalInt.empty();
    }
    if (value > 10_485_760) {
      report(text.at(), key + " " + value + " is larger than PostgreSQL allows (10485760)", "use 'text' without maxLength");
      return OptionalInt.empty();
    }
    return OptionalInt.of((int) value);
  }

  private void notApplicable(Text text, String key, String types) {
    report(text.at(), "'" + key + "' applies only to " + types + " fields",
        "remove it, or put it on the value object's own field");
  }

  private boolean compiles(Text pattern) {
    PatternFault fault = patternFaults.computeIfAbsent(pattern.value(), DefinitionValidator::patternFault);
    return fault == PatternFault.NONE || report(pattern.at(), fault.message(), fault.hint());
  }

  /** What is wrong with a pattern, as a problem's message and hint; {@link #NONE} when nothing is. */
  private record PatternFault(String message, String hint) {
    static final PatternFault NONE = new PatternFault("", "");
  }

  private static PatternFault patternFault(String pattern) {
    try {
      Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      return new PatternFault("pattern '" + pattern + "' is not a valid regular expression: " + e.getDescription(), "");
    }
    if (NOT_RE2.matcher(pattern).find()) {
      return new PatternFault("pattern '" + pattern + "' uses lookaround, back-references or possessive "
          + "quantifiers, which Go's regexp (RE2) does not support", "rewrite it without them");
    }
    return PatternFault.NONE;
  }


  /** Whether {@code literal} is a valid value of {@code type}; reports it when it is not. */
  private boolean checkLiteral(Text literal, FieldType type, Constraints constraints, String what) {
    String value = literal.value();
    String problem = null;
    String hint = "";
    if (type instanceof FieldType.Enumeration enumeration) {
      if (!enumeration.values().contains(value)) {
        problem = what + " '" + value + "' is not one of the enum's values";
        hint = Suggestions.hint(value, enumeration.values());
      }
    } else if (type instanceof FieldType.Builtin builtin) {
      problem = scalarLiteralProblem(literal, builtin.scalar(), constraints, what);
    } else {
      problem = "a " + (type instanceof FieldType.Reference ? "reference" : "value object") + " field cannot have a " + what;
    }
    if (problem != null) {
      return report(literal.at(), problem, hint);
    }
    return true;
  }

  private static String scalarLiteralProblem(Text literal, Scalar scalar, Constraints constraints, String what) {
    String value = literal.value();
    try {
      switch (scalar) {
        case INT, LONG, DECIMAL -> {
          if (!literal.isNumber()) {
            return what + " '" + value + "' is not a number";
          }
          BigDecimal number = new BigDecimal(value.replace("_", ""));
          if (scalar != Scalar.DECIMAL && number.stripTrailingZeros().scale() > 0) {
            return what + " '" + value + "' is not a whole number";
          }
          if (!fits(number, scalar)
              || constraints.min().filter(m -> number.compareTo(m) < 0).isPresent()
              || constraints.max().filter(m -> number.compareTo(m) > 0).isPresent()) {
            return what + " " + value + " is outside the field's range";
          }
        }
        case BOOL -> {
          if (literal.kind() != Text.Kind.BOOL) {
            return what + " '" + value + "' is not true or false";
          }
        }
        case UUID -> java.util.UUID.fromString(value);
        case DATE -> java.time.LocalDate.parse(value);
        case TIMESTAMP -> java.time.OffsetDateTime.parse(value);
        case STRING, TEXT -> {
          if (constraints.minLength().isPresent() && value.length() < constraints.minLength().getAsInt()
              || constraints.maxLength().isPresent() && value.length() > constraints.maxLength().getAsInt()
              || constraints.pattern().isPresent() && !Pattern.compile(constraints.pattern().get()).matcher(value).find()) {
            return what + " '" + value + "' breaks the field's own length or pattern constraint";
          }
        }
      }
    } catch (IllegalArgumentException | DateTimeException e) {
      return what + " '" + value + "' is not a valid " + scalar.id();
    }
    return null;
  }

  // --- events, commands, queries -------------------------------------------------------------

  private List<Event> events(AggregateDef def, List<Field> fields) {
    Map<String, Text> seen = new HashMap<>();
    List<Event> events = new ArrayList<>();
    for (EventDef eventDef : def.events()) {
      Text name = eventDef.name();
      if (!checkUseCaseName(name, seen, "event")) {
        continue;
      }
      if (valueObjectDefs.containsKey(name.value()) || aggregateDefs.containsKey(name.value())
          || def.entities().stream().anyMatch(e -> e.name().value().equals(name.value()))) {
        report(name.at(), "event '" + name.value() + "' has the name of a type", "name events in the past tense, e.g. '" + name.value() + "Changed'");
        continue;
      }
      List<Event.EventField> eventFields = new ArrayList<>();
      Set<String> copied = new HashSet<>();
      for (Text ref : eventDef.copied()) {
        Optional<Field> field = fields.stream().filter(f -> f.name().equals(ref.value())).findFirst();
        if (field.isEmpty()) {
          report(ref.at(), "event '" + name.value() + "' copies '" + ref.value() + "', which is not a field of '"
              + def.name().value() + "'", Suggestions.hint(ref.value(), fields.stream().map(Field::name).toList()));
        } else if (!copied.add(ref.value())) {
          report(ref.at(), "'" + ref.value() + "' is listed twice", "");
        } else {
          eventFields.add(new Event.EventField(field.get(), true));
        }
      }
      for (Field field : fields(eventDef.declared(), Set.of("aggregateId", "occurredAt"), "event", true)) {
        eventFields.add(new Event.EventField(field, false));
      }
      events.add(new Event(name.value(), List.copyOf(eventFields)));
    }
    return List.copyOf(events);
  }

  private boolean checkUseCaseName(Text name, Map<String, Text> seen, String kind) {
    if (!isTypeName(name.value())) {
      return report(name.at(), "'" + name.value() + "' is not a valid " + kind + " name: use PascalCase", suggestedPascal(name.value()));
    }
    if (name.value().length() > MAX_NAME_LENGTH) {
      return report(name.at(), "'" + name.value() + "' is longer than " + MAX_NAME_LENGTH + " characters", "");
    }
    Text first = seen.putIfAbsent(name.value().toLowerCase(Locale.ROOT), name);
    if (first != null) {
      return report(name.at(), kind + " '" + name.value() + "' is already defined at line " + first.at().line(), "");
    }
    return true;
  }

  private static List<Command> conventionalCommands(String aggregate) {
    return List.of(
        new Command("Create" + aggregate, Command.Kind.CREATE, List.of(), List.of(), List.of(), Optional.empty(), true),
        new Command("Update" + aggregate, Command.Kind.UPDATE, List.of(), List.of(), List.of(), Optional.empty(), true),
        new Command("Delete" + aggregate, Command.Kind.DELETE, List.of(), List.of(), List.of(), Optional.empty(), true));
  }

  /** The names a list's pagination takes (query parameters and repository filter fields): no filter may use them. */
  private static final List<String> PAGINATION_NAMES = List.of("limit", "cursor", "after");

  private static List<Query> conventionalQueries(String aggregate, String plural, List<Field> fields) {
    List<String> filters = fields.stream()
        .filter(f -> f.type() instanceof FieldType.Reference || f.type() instanceof FieldType.Enumeration
            || f.type() instanceof FieldType.Builtin b && b.scalar() == Scalar.BOOL)
        .map(Field::name)
        .filter(name -> !PAGINATION_NAMES.contains(name))
        .toList();
    return List.of(
        new Query("Get" + aggregate, Query.Kind.BY_ID, List.of(), false, true),
        new Query("List" + plural, Query.Kind.LIST, filters, true, true));
  }

  private List<Command> commands(AggregateDef def, List<Field> fields, List<Event> events) {
    Map<String, Text> seen = new HashMap<>();
    Map<Command.Kind, Text> kinds = new HashMap<>();
    List<Command> commands = new ArrayList<>();
    for (CommandDef commandDef : def.commands()) {
      if (!checkUseCaseName(commandDef.name(), seen, "command")) {
        continue;
      }
      Command command = command(def, commandDef, fields, events);
      if (command == null) {
        continue;
      }
      if (command.kind() != Command.Kind.ACTION) {
        Text first = kinds.putIfAbsent(command.kind(), commandDef.name());
        if (first != null) {
          report(commandDef.name().at(), "aggregate '" + def.name().value() + "' already has a "
              + command.kind().name().toLowerCase(Locale.ROOT) + " command, '" + first.value() + "'", "keep one");
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
    for (var flag : List.of(Map.entry(Command.Kind.CREATE, Optional.ofNullable(c.create())),
        Map.entry(Command.Kind.UPDATE, Optional.ofNullable(c.update())),
        Map.entry(Command.Kind.DELETE, Optional.ofNullable(c.delete())))) {
      if (flag.getValue().filter(Definition::isTrue).isPresent()) {
        flags.add(flag.getValue().get());
        kind = flag.getKey();
      }
    }
    if (flags.size() > 1) {
      report(flags.get(1).at(), "command '" + name + "' can be only one of create, update and delete", "");
      return null;
    }
    boolean ok = true;
    if (kind == Command.Kind.CREATE || kind == Command.Kind.UPDATE) {
      if (!c.params().isEmpty()) {
        ok = report(c.params().get(0).name().at(), "a " + kind.name().toLowerCase(Locale.ROOT)
            + " command takes every field of the aggregate; it has no 'params'", "remove 'params'");
      }
    }
    if (kind != Command.Kind.ACTION && !c.set().isEmpty()) {
      ok = report(c.set().get(0).field().at(), "only action commands (not create, update or delete) can 'set' fields", "");
    }
    if (kind == Command.Kind.CREATE && !c.when().isEmpty()) {
      ok = report(c.when().get(0).field().at(), "a create command has no state to guard with 'when'", "remove 'when'");
    }
    List<Field> params = fields(c.params(), RESERVED_FIELDS, "command", true);
    for (Field param : params) {
      Optional<Field> target = fields.stream().filter(f -> f.name().equals(param.name())).findFirst();
      if (target.isPresent() && !target.get().type().equals(param.type())) {
        ok = report(paramAt(c, param.name()), "parameter '" + param.name() + "' assigns the field of the same name, "
            + "so it must have the field's type", "declare it with the type of '" + param.name() + "'");
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
        ok = report(guard.field().at(), "'when' can test enum and bool fields; '" + guard.field().value() + "' is neither", "");
        continue;
      }
      if (guard.values().isEmpty()) {
        ok = report(guard.field().at(), "'when: " + guard.field().value() + "' lists no values", "");
      }
      for (Text value : guard.values()) {
        ok &= checkLiteral(value, field.get().type(), Constraints.NONE, "value");
      }
      guards.add(new Command.Guard(guard.field().value(), guard.values().stream().map(Text::value).toList()));
    }
    List<Command.Assignment> assignments = new ArrayList<>();
    for (AssignmentDef assignment : c.set()) {
      Optional<Field> field = lookupField(assignment.field(), fields, def, "'set'");
      if (field.isEmpty()) {
        ok = false;
        continue;
      }
      if (params.stream().anyMatch(p -> p.name().equals(assignment.field().value()))) {
        ok = report(assignment.field().at(), "'" + assignment.field().value() + "' is both a parameter and set to a fixed value", "keep one");
        continue;
      }
      ok &= checkLiteral(assignment.value(), field.get().type(), field.get().constraints(), "value");
      assignments.add(new Command.Assignment(assignment.field().value(), assignment.value().value()));
    }
    Optional<String> emits = Optional.empty();
    if (c.emits() != null) {
      String eventName = c.emits().value();
      Optional<Event> event = events.stream().filter(e -> e.name().equals(eventName)).findFirst();
      if (event.isEmpty()) {
        ok = report(c.emits().at(), "command '" + name + "' emits '" + eventName + "', which is not an event of '"
            + def.name().value() + "'", def.events().isEmpty()
                ? "declare it under 'events:' of the aggregate"
                : Suggestions.hint(eventName, events.stream().map(Event::name).toList()));
      } else {
        for (Event.EventField eventField : event.get().fields()) {
          if (eventField.fromAggregate()) {
            continue;
          }
          Field needed = eventField.field();
          Optional<Field> param = params.stream().filter(p -> p.name().equals(needed.name())).findFirst();
          if (param.isEmpty() || !param.get().type().equals(needed.type())) {
            ok = report(c.emits().at(), "event '" + eventName + "' needs '" + needed.name() + "', which command '"
                + name + "' does not take as a parameter of the same type", "add it to 'params' of '" + name + "'");
          }
        }
        emits = Optional.of(eventName);
      }
    }
    return ok ? new Command(name, kind, params, List.copyOf(guards), List.copyOf(assignments), emits, false) : null;
  }

  private static SourceLocation paramAt(CommandDef c, String param) {
    return c.params().stream().filter(p -> p.name().value().equals(param)).findFirst().map(FieldDef::at).orElse(c.at());
  }

  private static boolean isBool(FieldType type) {
    return type instanceof FieldType.Builtin b && b.scalar() == Scalar.BOOL;
  }

  private Optional<Field> lookupField(Text name, List<Field> fields, AggregateDef def, String what) {
    Optional<Field> field = fields.stream().filter(f -> f.name().equals(name.value())).findFirst();
    if (field.isEmpty()) {
      report(name.at(), what + " names '" + name.value() + "', which is not a field of '" + def.name().value() + "'",
          Suggestions.hint(name.value(), fields.stream().map(Field::name).toList()));
    }
    return field;
  }

  private List<Query> queries(AggregateDef def, List<Field> fields) {
    Map<String, Text> seen = new HashMap<>();
    Map<Query.Kind, Text> kinds = new HashMap<>();
    List<Query> queries = new ArrayList<>();
    for (QueryDef q : def.queries()) {
      if (!checkUseCaseName(q.name(), seen, "query")) {
        continue;
      }
      Query.Kind kind = q.by() != null ? Query.Kind.BY_ID : Query.Kind.LIST;
      boolean ok = true;
      if (q.by() != null && !q.by().value().equals("id")) {
        ok = report(q.by().at(), "queries can look up by 'id' only", "write 'by: id', or use 'filter:' for a list");
      }
      if (q.by() != null && (!q.filter().isEmpty() || q.paginate() != null)) {
        ok = report(q.by().at(), "a query 'by: id' returns one aggregate; it has no 'filter' or 'paginate'", "");
      }
      Set<String> filterNames = new HashSet<>();
      for (Text filter : q.filter()) {
        Optional<Field> field = lookupField(filter, fields, def, "filter");
        if (field.isEmpty()) {
          ok = false;
        } else if (field.get().type() instanceof FieldType.ValueObjectType vo && !isSimple(vo.name())) {
          ok = report(filter.at(), "cannot filter on composite value object '" + filter.value() + "'", "");
        } else if (PAGINATION_NAMES.contains(filter.value())) {
          ok = report(filter.at(), "cannot filter on '" + filter.value() + "': 'limit', 'cursor' and 'after' are taken by"
              + " the list's pagination", "rename the field, e.g. '" + filter.value() + "Value'");
        } else if (!filterNames.add(filter.value())) {
          ok = report(filter.at(), "filter '" + filter.value() + "' is listed twice", "");
        }
      }
      Text first = kinds.putIfAbsent(kind, q.name());
      if (first != null && ok) {
        ok = report(q.name().at(), "aggregate '" + def.name().value() + "' already has a "
            + (kind == Query.Kind.BY_ID ? "'by: id'" : "list") + " query, '" + first.value() + "'",
            "each has its own route; keep one");
      }
      if (ok) {
        queries.add(new Query(q.name().value(), kind, q.filter().stream().map(Text::value).toList(),
            Definition.isTrue(q.paginate()), false));
      }
    }
    return List.copyOf(queries);
  }

  private boolean report(SourceLocation at, String message, String hint) {
    problems.add(new Problem(at, message, hint));
    return false;
  }
}
