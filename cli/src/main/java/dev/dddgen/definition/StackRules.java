package dev.dddgen.definition;

import dev.dddgen.definition.Definition.ProjectDef;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * What the stack a definition targets adds to the target-neutral rules: its id, the names its
 * language or its generated code reserves, and checks of its own. The definition layer knows no
 * stack: it asks the {@link Registry} found by {@link ServiceLoader} for the rules of each one.
 */
public interface StackRules {

  /** What {@code project.target} names to choose the stack ({@code go}, {@code java}). */
  String id();

  /** How messages name the stack's language ({@code Go}). */
  String language();

  /**
   * Words the language reserves: a type's lower-case name becomes a package (or a folder) of the
   * generated code, so it may not be one of them.
   */
  Set<String> reservedWords();

  /**
   * Lower-case names of aggregates, entities and value objects whose generated files or types would
   * meet those the stack's generated code has already in a package they share (Go's package dto
   * declares {@code JSONWriter} in json_writer.go; its handler package has request.go).
   */
  default Set<String> takenTypeNames() {
    return Set.of();
  }

  /**
   * Member names the stack's generated code gives every item of {@code kind} besides the neutral
   * ones ({@code id}, {@code version}...): a field of that name would clash with them.
   */
  Set<String> generatedMembers(Container kind);

  /** Problems with what the project says for this stack: its module, its coordinates. */
  List<Problem> projectProblems(ProjectDef project);

  /**
   * What is wrong, for this stack's regular-expression engine, with a pattern that Java's compiles;
   * empty when the stack accepts it.
   */
  Optional<Fault> patternFault(String pattern);

  /**
   * The message brokers the stack's services can publish domain events to ({@code
   * project.events.broker}), the default first; none for a stack whose services keep events in the
   * process. {@code none} is always allowed besides these.
   */
  default List<String> brokers() {
    return List.of();
  }

  /** The kinds of item whose generated code has members of its own. */
  enum Container {
    AGGREGATE,
    ENTITY,
    VALUE_OBJECT,
    /** A domain event: its fields, declared or copied from the aggregate. */
    EVENT
  }

  /** A problem without its location: a message and a hint. */
  record Fault(String message, String hint) {}

  /** Every registered stack's rules: implemented where the stacks are, found by ServiceLoader. */
  interface Registry {
    List<StackRules> stackRules();
  }

  /**
   * The rules of every registered stack, in the registry's order (none when nothing is registered).
   */
  static List<StackRules> registered() {
    return ServiceLoader.load(Registry.class, StackRules.class.getClassLoader())
        .findFirst()
        .map(Registry::stackRules)
        .orElse(List.of());
  }
}
