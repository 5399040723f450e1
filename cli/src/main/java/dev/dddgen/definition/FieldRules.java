package dev.dddgen.definition;

import dev.dddgen.definition.Definition.FieldDef;
import dev.dddgen.definition.Definition.ValueObjectDef;
import dev.dddgen.model.Constraints;
import dev.dddgen.model.Field;
import dev.dddgen.model.FieldType;
import dev.dddgen.model.Samples;
import dev.dddgen.model.Scalar;
import dev.dddgen.naming.Names;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Resolves fields: each one's name, type (built-in, enum, reference, value object) and literals.
 */
final class FieldRules {
  private static final Pattern ENUM_VALUE = Pattern.compile("[A-Z][A-Z0-9_]*");

  /** The built-in types by id (a field's type is looked up once per field). */
  private static final Map<String, Scalar> SCALARS = scalarsById();

  private final Validation run;
  private final NameRules names;
  private final ConstraintRules constraintRules;

  /**
   * Whether a sample can be derived from a field's pattern, by constraints: definitions repeat them
   * (a currency code, an e-mail address), and each costs a regular-expression compilation. Keyed by
   * what the derivation reads (pattern and lengths) rather than by the record: a record's first
   * hashCode links its generated method at run time, a dozen method-handle classes that the JDK 17
   * class-data archive cannot hold, and nothing else in a run hashes a record.
   */
  private final Map<List<Object>, Boolean> derivable = new HashMap<>();

  FieldRules(Validation run, NameRules names, ConstraintRules constraintRules) {
    this.run = run;
    this.names = names;
    this.constraintRules = constraintRules;
  }

  List<Field> fields(
      List<FieldDef> defs, Set<String> reserved, String container, boolean allowRefs) {
    Map<String, Text> seen = new HashMap<>();
    List<Field> fields = new ArrayList<>();
    for (FieldDef def : defs) {
      if (def.writable() != null && !container.equals("aggregate")) {
        run.report(
            def.writable().at(),
            "'writable' is for aggregate fields that commands change, not " + container + " fields",
            "remove 'writable'");
      }
      boolean nameOk = names.checkFieldName(def.name(), seen, reserved, container);
      Field field = field(def, def.name().value(), reserved, allowRefs);
      if (nameOk && field != null) {
        fields.add(field);
      }
    }
    return List.copyOf(fields);
  }

  /** Resolves one field's type and constraints; null when it is unusable (problems say why). */
  Field field(FieldDef def, String name, Set<String> reserved, boolean allowRefs) {
    if (def.type() == null) {
      return null;
    }
    FieldType type = type(def, allowRefs);
    if (type == null) {
      return null;
    }
    Constraints constraints = constraintRules.constraints(def, type);
    boolean pii =
        def.isPii()
            || (type instanceof FieldType.ValueObjectType vo
                && run.valueObjectDefs.get(vo.name()) != null
                && isPiiValueObject(run.valueObjectDefs.get(vo.name())));
    Optional<String> defaultValue = Optional.empty();
    if (def.defaultValue() != null) {
      if (constraintRules.checkLiteral(def.defaultValue(), type, constraints, "default")) {
        defaultValue = Optional.of(def.defaultValue().value());
      }
    }
    if (def.isUnique()
        && type instanceof FieldType.ValueObjectType vo
        && !run.isSimple(vo.name())) {
      run.report(
          def.unique().at(),
          "'unique' is not supported on a composite value object",
          "mark a scalar field unique");
    }
    Optional<String> example = Optional.empty();
    if (def.example() != null
        && constraintRules.checkLiteral(
            def.example(), literalType(type), literalConstraints(type, constraints), "example")) {
      example = Optional.of(def.example().value());
    }
    if (constraints.pattern().isPresent()
        && example.isEmpty()
        && defaultValue.isEmpty()
        && def.example() == null
        && lengthsAllowAValue(constraints)
        && !derivable.computeIfAbsent(
            List.of(constraints.pattern(), constraints.minLength(), constraints.maxLength()),
            key -> Samples.matchesPattern(constraints))) {
      run.report(
          def.pattern().at(),
          "no example value can be derived from pattern '"
              + constraints.pattern().get()
              + "' (generated tests and API docs need one)",
          "add 'example:' with a value that matches it");
    }
    return new Field(
        name,
        type,
        def.isOptional(),
        defaultValue,
        constraints,
        def.isUnique(),
        pii,
        Optional.ofNullable(def.renamedFrom()).map(Text::value),
        example,
        def.isWritable());
  }

  /** A simple value object's literals are those of the type it wraps. */
  private FieldType literalType(FieldType type) {
    if (type instanceof FieldType.ValueObjectType vo
        && run.simpleValueObjects.containsKey(vo.name())) {
      return run.simpleValueObjects.get(vo.name()).type();
    }
    return type;
  }

  private Constraints literalConstraints(FieldType type, Constraints constraints) {
    if (type instanceof FieldType.ValueObjectType vo
        && run.simpleValueObjects.containsKey(vo.name())) {
      return run.simpleValueObjects.get(vo.name()).constraints();
    }
    return constraints;
  }

  private boolean isPiiValueObject(ValueObjectDef def) {
    return def.isSimple()
        ? def.wrapped().isPii()
        : !def.fields().isEmpty() && def.fields().stream().allMatch(FieldDef::isPii);
  }

  private FieldType type(FieldDef def, boolean allowRefs) {
    Text type = def.type();
    String value = type.value();
    if (def.to() != null && !value.equals("ref")) {
      run.report(
          def.to().at(),
          "'to' is only for 'type: ref'",
          "remove 'to', or make the field 'type: ref'");
    }
    if (!def.values().isEmpty() && !value.equals("enum")) {
      run.report(
          def.values().get(0).at(),
          "'values' is only for 'type: enum'",
          "remove 'values', or make the field 'type: enum'");
    }
    switch (value) {
      case "enum":
        return enumeration(def);
      case "ref":
        if (!allowRefs) {
          run.report(
              type.at(),
              "a value object cannot refer to an aggregate",
              "keep references on the aggregate or entity");
          return null;
        }
        if (def.to() == null) {
          run.report(
              type.at(),
              "a 'ref' field needs 'to' naming the aggregate it refers to",
              "write '{ type: ref, to: " + firstAggregateName() + " }'");
          return null;
        }
        if (!run.aggregateDefs.containsKey(def.to().value())) {
          if (run.refused(def.to().value())) {
            return null;
          }
          run.report(
              def.to().at(),
              "'" + def.to().value() + "' is not an aggregate",
              Suggestions.hint(def.to().value(), run.aggregateDefs.keySet()));
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
    if (run.valueObjectDefs.containsKey(value)) {
      return new FieldType.ValueObjectType(value);
    }
    if (run.refused(value)) {
      return null;
    }
    String hint;
    if (run.aggregateDefs.containsKey(value)) {
      hint = "to refer to aggregate '" + value + "' write '{ type: ref, to: " + value + " }'";
    } else if (run.aggregateDefs.values().stream()
        .anyMatch(a -> a.entities().stream().anyMatch(e -> e.name().value().equals(value)))) {
      hint =
          "'"
              + value
              + "' is a child entity; entities are listed under 'entities:' of their aggregate";
    } else {
      List<String> candidates = new ArrayList<>(DefinitionValidator.BUILTIN_TYPES);
      candidates.addAll(run.valueObjectDefs.keySet());
      hint = Suggestions.hint(value, candidates);
    }
    run.report(type.at(), "unknown type '" + value + "'", hint);
    return null;
  }

  private String firstAggregateName() {
    return run.aggregateDefs.isEmpty() ? "Customer" : run.aggregateDefs.keySet().iterator().next();
  }

  private FieldType enumeration(FieldDef def) {
    if (def.values().isEmpty()) {
      run.report(
          def.type().at(),
          "an enum needs 'values'",
          "write '{ type: enum, values: [DRAFT, PUBLISHED] }'");
      return null;
    }
    Set<String> seen = new HashSet<>();
    List<String> values = new ArrayList<>();
    boolean ok = true;
    for (Text value : def.values()) {
      if (!ENUM_VALUE.matcher(value.value()).matches()) {
        ok =
            run.report(
                value.at(),
                "enum value '" + value.value() + "' must be UPPER_SNAKE_CASE",
                "try '" + Names.screamingSnake(value.value()).replaceAll("[^A-Z0-9_]", "") + "'");
      } else if (!seen.add(value.value())) {
        ok = run.report(value.at(), "enum value '" + value.value() + "' is listed twice", "");
      }
      values.add(value.value());
    }
    return ok ? new FieldType.Enumeration(List.copyOf(values)) : null;
  }

  private static Map<String, Scalar> scalarsById() {
    Map<String, Scalar> byId = new HashMap<>();
    for (Scalar scalar : Scalar.values()) {
      byId.putIfAbsent(scalar.id(), scalar);
    }
    return Map.copyOf(byId);
  }

  /**
   * Whether the length bounds leave some non-empty value; when they do not, their own problem says
   * what is wrong, and no pattern can be matched anyway.
   */
  private static boolean lengthsAllowAValue(Constraints c) {
    int max = c.maxLength().orElse(Integer.MAX_VALUE);
    return max > 0 && c.minLength().orElse(0) <= max;
  }
}
