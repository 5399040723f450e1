package dev.dddgen.definitionfuzz;

import dev.dddgen.naming.Names;
import dev.dddgen.naming.ReservedWords;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;

/**
 * A random valid definition, the same text for the same seed on every run: names taken from the
 * reserved words of Go, Java and SQL (fields, aggregates, tables), an enum field of the same name
 * in several aggregates, value objects shared by aggregates and child entities, every field type
 * and constraint, lifecycles (guards and {@code set}), parameters, events, references between
 * aggregates, conventional and declared use cases.
 */
final class RandomDefinition {
  /** The built-in scalar types a field may have. */
  private static final List<String> SCALARS =
      List.of("string", "text", "int", "long", "decimal", "bool", "uuid", "date", "timestamp");

  /** Field names no definition may declare, or that a generated aggregate already has. */
  private static final Set<String> NOT_FIELD_NAMES =
      Set.of(
          "id",
          "version",
          "createdAt",
          "updatedAt",
          "position",
          "pullEvents",
          "record",
          "incrementVersion",
          "logValue",
          "equal",
          "string",
          "goString");

  /** Value and pattern pairs for string fields: a pattern needs an example. */
  private static final List<List<String>> PATTERNS =
      List.of(
          List.of("^[A-Z]{3}-[0-9]{3}$", "ABC-123"),
          List.of("^[a-z]+$", "word"),
          List.of("^[0-9]{5}$", "12345"));

  private final Random random;
  private final Set<String> typeNames = new LinkedHashSet<>();
  private final Set<String> tables = new TreeSet<>();
  private final Set<String> useCases = new TreeSet<>();
  private final List<String> reservedFieldNames;
  private final List<String> reservedTypeNames;

  private RandomDefinition(long seed) {
    this.random = new Random(seed);
    Set<String> words = new TreeSet<>();
    words.addAll(ReservedWords.GO);
    words.addAll(ReservedWords.GO_PREDECLARED);
    words.addAll(ReservedWords.JAVA);
    words.addAll(ReservedWords.POSTGRES);
    this.reservedFieldNames =
        words.stream()
            .filter(w -> w.matches("[a-z][a-z0-9]*") && !NOT_FIELD_NAMES.contains(w))
            .toList();
    // A type name becomes a package (Go) or a lower-case segment: the targets' keywords are
    // refused there, SQL's are not.
    this.reservedTypeNames =
        ReservedWords.POSTGRES.stream()
            .sorted()
            .filter(
                w ->
                    w.matches("[a-z]{3,}")
                        && !ReservedWords.GO.contains(w)
                        && !ReservedWords.GO_PREDECLARED.contains(w)
                        && !ReservedWords.JAVA.contains(w)
                        && !SCALARS.contains(w)
                        && !Set.of("enum", "ref", "shared", "dto", "command", "query", "event")
                            .contains(w))
            .toList();
  }

  /** The definition of {@code seed}, as YAML, for {@code target}. */
  static String yaml(long seed, String target) {
    return new Dump(DumpSettings.builder().build())
        .dumpToString(new RandomDefinition(seed).definition(seed, target));
  }

  private Map<String, Object> definition(long seed, String target) {
    Map<String, Object> project = new LinkedHashMap<>();
    project.put("name", "fuzz" + Long.toUnsignedString(seed, 36).toLowerCase(Locale.ROOT));
    project.put("target", target);
    project.put("module", target.equals("go") ? "example.com/fuzz" : "org.example.fuzz");
    project.put("output", "backend");

    Map<String, Object> valueObjects = new LinkedHashMap<>();
    String composite = typeName();
    valueObjects.put(composite, compositeValueObject());
    String simple = typeName();
    valueObjects.put(simple, simpleValueObject());
    List<String> shared = List.of(composite, simple);

    int count = 2 + random.nextInt(2);
    List<String> aggregateNames = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      aggregateNames.add(typeName());
    }
    Map<String, Object> aggregates = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      aggregates.put(
          aggregateNames.get(i),
          aggregate(aggregateNames.get(i), aggregateNames.subList(0, i), shared, i));
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("version", 1);
    root.put("project", project);
    root.put("valueObjects", valueObjects);
    root.put("aggregates", aggregates);
    root.put("security", security());
    return root;
  }

  /** An open service, or every operation behind a token (the generated tests mint their own). */
  private Map<String, Object> security() {
    Map<String, Object> security = new LinkedHashMap<>();
    if (random.nextBoolean()) {
      security.put("default", "public");
      return security;
    }
    Map<String, Object> jwt = new LinkedHashMap<>();
    jwt.put("issuer", "https://id.example.com/");
    jwt.put("audience", "fuzz-api");
    jwt.put("jwks", "https://id.example.com/.well-known/jwks.json");
    security.put("jwt", jwt);
    security.put("default", random.nextBoolean() ? "authenticated" : List.of("admin"));
    return security;
  }

  /** A fresh PascalCase type name, from SQL's reserved words where one is left. */
  private String typeName() {
    for (int tries = 0; tries < 20; tries++) {
      String word = pick(reservedTypeNames);
      String name = Names.pascal(word);
      if (typeNames.add(name.toLowerCase(Locale.ROOT))) {
        return name;
      }
    }
    String name = "Thing" + typeNames.size();
    typeNames.add(name.toLowerCase(Locale.ROOT));
    return name;
  }

  private String useCase(String name) {
    String unique = name;
    for (int i = 2; !useCases.add(unique.toLowerCase(Locale.ROOT)); i++) {
      unique = name + i;
    }
    return unique;
  }

  /** A table named like an SQL reserved word where one is left, or none (the default). */
  private void maybeTable(Map<String, Object> owner) {
    if (random.nextBoolean()) {
      String table = pick(List.copyOf(ReservedWords.POSTGRES.stream().sorted().toList()));
      if (table.matches("[a-z][a-z0-9_]*") && tables.add(table)) {
        owner.put("table", table);
      }
    }
  }

  private Map<String, Object> compositeValueObject() {
    Map<String, Object> fields = new LinkedHashMap<>();
    Set<String> names = new LinkedHashSet<>();
    fields.put(
        fieldName(names), scalarField(pick(List.of("string", "int", "decimal", "date")), false));
    fields.put(fieldName(names), enumField(false));
    fields.put(fieldName(names), optional(scalarField(pick(SCALARS), false)));
    return map("fields", fields);
  }

  private Map<String, Object> simpleValueObject() {
    return switch (random.nextInt(3)) {
      case 0 -> {
        List<String> pattern = pick(PATTERNS);
        Map<String, Object> vo = new LinkedHashMap<>();
        vo.put("type", "string");
        vo.put("pattern", pattern.get(0));
        vo.put("example", pattern.get(1));
        yield vo;
      }
      case 1 -> map("type", "int", "min", 0, "max", 1000);
      default -> enumField(false);
    };
  }

  private Map<String, Object> aggregate(
      String name, List<String> earlier, List<String> valueObjects, int index) {
    Map<String, Object> aggregate = new LinkedHashMap<>();
    Map<String, Object> fields = new LinkedHashMap<>();
    Set<String> names = new LinkedHashSet<>();
    // Every aggregate has an enum named status, with values of its own: same-named enums.
    List<String> states = enumValues();
    fields.put("status", enumWithDefault(states));
    names.add("status");
    int scalars = 2 + random.nextInt(4);
    List<String> filterable = new ArrayList<>(List.of("status"));
    boolean uniqueTaken = false;
    for (int i = 0; i < scalars; i++) {
      String field = fieldName(names);
      String type = pick(SCALARS);
      Map<String, Object> spec = scalarField(type, true);
      if (!uniqueTaken
          && (type.equals("string") || type.equals("int"))
          && !spec.containsKey("default")) {
        spec.put("unique", true);
        uniqueTaken = true;
      } else if (random.nextInt(3) == 0 && !spec.containsKey("default")) {
        spec.put("optional", true);
      }
      if (type.equals("string") && random.nextInt(3) == 0) {
        spec.put("pii", true);
      }
      fields.put(field, spec);
      // A list's pagination takes limit, cursor and after.
      if (!type.equals("text") && !Set.of("limit", "cursor", "after").contains(field)) {
        filterable.add(field);
      }
    }
    for (String vo : valueObjects) {
      if (random.nextBoolean()) {
        String field = fieldName(names);
        fields.put(field, random.nextBoolean() ? vo : optional(map("type", vo)));
      }
    }
    for (String target : earlier) {
      String field = Names.camel(target) + "Id";
      if (names.add(field)) {
        Map<String, Object> ref = new LinkedHashMap<>();
        ref.put("type", "ref");
        ref.put("to", target);
        if (random.nextBoolean()) {
          ref.put("optional", true);
        }
        fields.put(field, ref);
        filterable.add(field);
      }
    }
    aggregate.put("fields", fields);
    maybeTable(aggregate);
    if (index == 0 || random.nextBoolean()) {
      aggregate.put("entities", map(typeName(), entity(valueObjects, earlier)));
    }
    if (index > 0 && random.nextInt(3) == 0) {
      return aggregate; // the conventional create, update, delete, get and list
    }
    useCases(name, aggregate, states, filterable);
    return aggregate;
  }

  private Map<String, Object> entity(List<String> valueObjects, List<String> earlier) {
    Map<String, Object> entity = new LinkedHashMap<>();
    Map<String, Object> fields = new LinkedHashMap<>();
    Set<String> names = new LinkedHashSet<>();
    // Named like its aggregate's enum, with other values.
    fields.put("status", enumField(false));
    names.add("status");
    fields.put(fieldName(names), scalarField(pick(SCALARS), true));
    fields.put(fieldName(names), pick(valueObjects));
    if (!earlier.isEmpty()) {
      fields.put(fieldName(names), map("type", "ref", "to", pick(earlier), "optional", true));
    }
    entity.put("fields", fields);
    maybeTable(entity);
    return entity;
  }

  /**
   * Create, update and delete (the delete sometimes guarded), actions moving {@code status} along
   * its values so every state is reachable from the default (the first), one with a parameter and
   * an event; get and a filtered, paginated list.
   */
  private void useCases(
      String name, Map<String, Object> aggregate, List<String> states, List<String> filterable) {
    Map<String, Object> commands = new LinkedHashMap<>();
    Map<String, Object> events = new LinkedHashMap<>();
    String created = useCase(name + "Created");
    events.put(created, map("fields", List.of("status")));
    commands.put(useCase("Create" + name), map("create", true, "emits", created));
    if (random.nextBoolean()) {
      commands.put(useCase("Update" + name), map("update", true));
    }
    for (int i = 1; i < states.size(); i++) {
      Map<String, Object> action = new LinkedHashMap<>();
      action.put("when", map("status", List.copyOf(states.subList(0, i))));
      action.put("set", map("status", states.get(i)));
      if (i == 1) {
        action.put("params", map("reason", map("type", "string", "minLength", 1, "maxLength", 50)));
        String moved = useCase(name + "Moved");
        events.put(moved, map("fields", map("reason", "string")));
        action.put("emits", moved);
      }
      commands.put(
          useCase("Mark" + Names.pascal(states.get(i).toLowerCase(Locale.ROOT)) + name), action);
    }
    Map<String, Object> delete = map("delete", true);
    if (random.nextBoolean()) {
      delete.put("when", map("status", List.of(states.get(states.size() - 1))));
    }
    commands.put(useCase("Delete" + name), delete);
    Map<String, Object> queries = new LinkedHashMap<>();
    queries.put(useCase("Get" + name), map("by", "id"));
    List<String> filters = new ArrayList<>();
    for (String field : filterable) {
      if (random.nextBoolean()) {
        filters.add(field);
      }
    }
    queries.put(useCase("List" + name + "Items"), map("filter", filters, "paginate", true));
    aggregate.put("commands", commands);
    aggregate.put("queries", queries);
    aggregate.put("events", events);
  }

  /** A camelCase field name, new in {@code names}: mostly a reserved word of Go, Java or SQL. */
  private String fieldName(Set<String> names) {
    for (int tries = 0; tries < 20; tries++) {
      String name =
          random.nextInt(4) == 0
              ? pick(List.of("amount", "label", "startsOn", "vatID", "now", "limit", "validator"))
              : pick(reservedFieldNames);
      if (names.add(name)) {
        return name;
      }
    }
    String name = "field" + names.size();
    names.add(name);
    return name;
  }

  /**
   * A field of a built-in type with constraints of its kind; a default where {@code withDefault}.
   */
  private Map<String, Object> scalarField(String type, boolean withDefault) {
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("type", type);
    boolean defaulted = withDefault && random.nextInt(4) == 0;
    switch (type) {
      case "string", "text" -> {
        if (type.equals("string") && random.nextInt(3) == 0) {
          List<String> pattern = pick(PATTERNS);
          spec.put("pattern", pattern.get(0));
          spec.put("example", pattern.get(1));
        } else {
          int min = random.nextInt(3);
          spec.put("minLength", min);
          spec.put("maxLength", min + 5 + random.nextInt(200));
          if (defaulted) {
            spec.put("default", "x".repeat(Math.max(1, min)));
          }
        }
      }
      case "int", "long" -> {
        int min = random.nextInt(10) - 5;
        spec.put("min", min);
        spec.put("max", min + 1 + random.nextInt(10_000));
        if (defaulted) {
          spec.put("default", min);
        }
      }
      case "decimal" -> {
        spec.put("min", 0.5);
        spec.put("max", 99.5);
        if (defaulted) {
          spec.put("default", 1.25);
        }
      }
      case "bool" -> {
        if (defaulted) {
          spec.put("default", random.nextBoolean());
        }
      }
      default -> {
        // uuid, date and timestamp take no constraint
      }
    }
    return spec;
  }

  private Map<String, Object> enumField(boolean withDefault) {
    List<String> values = enumValues();
    return withDefault ? enumWithDefault(values) : map("type", "enum", "values", values);
  }

  private static Map<String, Object> enumWithDefault(List<String> values) {
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("type", "enum");
    spec.put("values", values);
    spec.put("default", values.get(0));
    return spec;
  }

  /** Two to four UPPER_SNAKE values, some named like keywords. */
  private List<String> enumValues() {
    List<String> pool =
        List.of(
            "NEW", "OPEN", "CLOSED", "DEFAULT", "CLASS", "SELECT", "NULL", "TRUE", "RANGE", "DONE",
            "IN_USE");
    Set<String> values = new LinkedHashSet<>();
    int count = 2 + random.nextInt(3);
    while (values.size() < count) {
      values.add(pick(pool));
    }
    return List.copyOf(values);
  }

  private static Map<String, Object> optional(Map<String, Object> spec) {
    spec.put("optional", true);
    return spec;
  }

  /** A mapping in the order given: YAML keys come out the same on every run. */
  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  private <T> T pick(List<T> from) {
    return from.get(random.nextInt(from.size()));
  }

  /** For a quick look: {@code java RandomDefinition SEED TARGET}. */
  public static void main(String[] args) {
    System.out.print(yaml(Long.parseLong(args[0]), args.length > 1 ? args[1] : "go"));
  }

  static Stream<String> targets() {
    return Stream.of("go", "java");
  }
}
