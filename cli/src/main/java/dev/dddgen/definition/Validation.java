package dev.dddgen.definition;

import dev.dddgen.definition.Definition.AggregateDef;
import dev.dddgen.definition.Definition.ValueObjectDef;
import dev.dddgen.model.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the rule groups of one validation share: the problems found so far, the named types, and the
 * rules of the stack the definition targets (none when it names no known stack).
 */
final class Validation {
  final List<Problem> problems = new ArrayList<>();

  /** What is allowed but probably not meant; reported without failing the validation. */
  final List<Problem> warnings = new ArrayList<>();

  final Map<String, ValueObjectDef> valueObjectDefs = new LinkedHashMap<>();
  final Map<String, AggregateDef> aggregateDefs = new LinkedHashMap<>();

  /**
   * The resolved wrapped field of each simple value object, for checking literals of fields that
   * use it.
   */
  final Map<String, Field> simpleValueObjects = new HashMap<>();

  /**
   * The type name each usable entity is generated under, by its declared name: the declared name,
   * or the aggregate's name before it when an earlier aggregate has an entity of that name.
   */
  final Map<Text, String> entityNames = new HashMap<>();

  /** The declaration of model entity {@code entity} among the entities of aggregate {@code def}. */
  Optional<Definition.EntityDef> entityDef(AggregateDef def, String entity) {
    return def.entities().stream()
        .filter(e -> entity.equals(entityNames.get(e.name())))
        .findFirst();
  }

  /** Names already reported as unusable: nothing more is said of what they name. */
  final Set<Text> badNames = new HashSet<>();

  final Optional<StackRules> stack;

  Validation(Optional<StackRules> stack) {
    this.stack = stack;
  }

  /**
   * Whether {@code name} is a type name already reported as unusable (a follow-up says nothing).
   */
  boolean refused(String name) {
    return badNames.stream().anyMatch(bad -> bad.value().equals(name));
  }

  /**
   * Whether {@code name} is a field the aggregate declares but that did not resolve: its own
   * problem is reported, so a guard, assignment, filter or event naming it says nothing more.
   */
  static boolean declaresBroken(AggregateDef def, List<Field> resolved, String name) {
    return def.fields().stream().anyMatch(f -> f.name().value().equals(name))
        && resolved.stream().noneMatch(f -> f.name().equals(name));
  }

  /** Records a problem; false, so that a check can return it. */
  boolean report(SourceLocation at, String message, String hint) {
    problems.add(new Problem(at, message, hint));
    return false;
  }

  void warn(SourceLocation at, String message, String hint) {
    warnings.add(new Problem(at, message, hint));
  }

  boolean isSimple(String valueObject) {
    ValueObjectDef def = valueObjectDefs.get(valueObject);
    return def != null && def.isSimple();
  }

  /** The stack's generated members for items of {@code kind}; none without a stack. */
  Set<String> generatedMembers(StackRules.Container kind) {
    return stack.map(s -> s.generatedMembers(kind)).orElse(Set.of());
  }
}
