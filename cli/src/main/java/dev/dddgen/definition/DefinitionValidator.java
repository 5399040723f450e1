package dev.dddgen.definition;

import dev.dddgen.definition.Definition.AggregateDef;
import dev.dddgen.definition.Definition.ProjectDef;
import dev.dddgen.definition.Definition.ValueObjectDef;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.DomainModel;
import dev.dddgen.model.Project;
import dev.dddgen.model.ValueObject;
import dev.dddgen.naming.Names;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks what a definition means and, when nothing is wrong, resolves it into a {@link
 * DomainModel}. Every problem is collected; the model is built only from a definition without
 * problems. The rules are grouped by what they check (names, fields and constraints, aggregates,
 * use cases); the stack the definition targets adds its own ({@link StackRules}).
 */
public final class DefinitionValidator {
  public static final int SUPPORTED_VERSION = 1;
  public static final String DEFAULT_OUTPUT = "backend";
  static final int MAX_NAME_LENGTH = 50;

  private static final Pattern PROJECT_NAME = Pattern.compile("[a-z][a-z0-9-]*");
  private static final Pattern OUTPUT_PATH =
      Pattern.compile("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*/?");

  public static final List<String> BUILTIN_TYPES =
      List.of(
          "string",
          "text",
          "int",
          "long",
          "decimal",
          "bool",
          "uuid",
          "date",
          "timestamp",
          "enum",
          "ref");

  /** Names the generated code itself uses for every aggregate or entity. */
  static final Set<String> RESERVED_FIELDS = Set.of("id", "version", "createdAt", "updatedAt");

  /**
   * The outcome: a model when {@code problems} is empty; {@code warnings} (sorted by position) do
   * not stop it.
   */
  public record Result(
      Optional<DomainModel> model, List<Problem> problems, List<Problem> warnings) {
    public Result {
      problems = List.copyOf(problems);
      warnings = warnings.stream().sorted(Problem.BY_POSITION).toList();
    }
  }

  private DefinitionValidator() {}

  /** Validates against the rules of the registered stacks (see {@link StackRules#registered}). */
  public static Result validate(Definition definition) {
    return validate(definition, Registered.RULES);
  }

  /** Looked up on first use and kept: the class path does not change while dddgen runs. */
  private static final class Registered {
    static final List<StackRules> RULES = StackRules.registered();
  }

  /** Validates a definition whose {@code project.target} must name one of {@code stacks}. */
  public static Result validate(Definition definition, List<StackRules> stacks) {
    List<Problem> problems = new ArrayList<>();
    Optional<StackRules> stack = stack(definition.project(), stacks, problems);
    Validation run = new Validation(stack);
    run.problems.addAll(problems);
    NameRules names = new NameRules(run);
    ConstraintRules constraints = new ConstraintRules(run);
    FieldRules fields = new FieldRules(run, names, constraints);
    UseCaseRules useCases = new UseCaseRules(run, names, fields, constraints);
    SecurityRules security = new SecurityRules(run, definition.security());
    AggregateRules aggregateRules = new AggregateRules(run, fields, useCases, security);

    checkVersion(definition, run);
    Project project = project(definition.project(), stack, run);
    names.checkTypeNames(definition);
    List<ValueObject> valueObjects = new ArrayList<>();
    for (ValueObjectDef def : definition.valueObjects()) {
      ValueObject valueObject =
          run.badNames.contains(def.name()) ? null : aggregateRules.valueObject(def);
      if (valueObject != null) { // null when unusable; the parser or the checks above said why
        valueObjects.add(valueObject);
      }
    }
    aggregateRules.checkValueObjectCycles(definition.valueObjects());
    List<Aggregate> aggregates = new ArrayList<>();
    for (AggregateDef def : definition.aggregates()) {
      // An aggregate whose name is refused still has its fields, commands and queries checked, so
      // that renaming it does not reveal a second round of problems.
      Aggregate aggregate = aggregateRules.aggregate(def);
      if (!run.badNames.contains(def.name())) {
        aggregates.add(aggregate);
      }
    }
    names.checkProjectWideNames(definition, aggregates);
    new ReferenceRules(run).check(definition.aggregates(), aggregates);
    if (run.problems.isEmpty()) { // value objects flattened into columns must be sound first
      new ColumnRules(run).check(aggregates, valueObjects);
    }
    security.checkWholeDefinition(aggregates);

    if (!run.problems.isEmpty() || project == null) {
      return new Result(Optional.empty(), run.problems, run.warnings);
    }
    return new Result(
        Optional.of(
            new DomainModel(
                project, List.copyOf(valueObjects), List.copyOf(aggregates), security.security())),
        List.of(),
        run.warnings);
  }

  private static void checkVersion(Definition definition, Validation run) {
    Text version = definition.version();
    if (version != null
        && !(version.kind() == Text.Kind.INT
            && version.value().equals(String.valueOf(SUPPORTED_VERSION)))) {
      run.report(
          version.at(),
          "unsupported version '" + version.value() + "'",
          "this dddgen reads 'version: " + SUPPORTED_VERSION + "'");
    }
  }

  /** The stack {@code project.target} names; a problem when it names none of {@code stacks}. */
  private static Optional<StackRules> stack(
      ProjectDef def, List<StackRules> stacks, List<Problem> problems) {
    if (def == null) {
      return Optional.empty();
    }
    List<String> ids = stacks.stream().map(StackRules::id).toList();
    if (def.target() == null) {
      problems.add(
          new Problem(
              def.at(),
              "'project' has no 'target'",
              "add "
                  + String.join(" or ", ids.stream().map(id -> "'target: " + id + "'").toList())));
      return Optional.empty();
    }
    Optional<StackRules> stack =
        stacks.stream().filter(s -> s.id().equals(def.target().value())).findFirst();
    if (stack.isEmpty()) {
      problems.add(
          new Problem(
              def.target().at(),
              "unknown target '" + def.target().value() + "'",
              Suggestions.hint(def.target().value(), ids)));
    }
    return stack;
  }

  /** The project, when its section is complete and valid for {@code stack}; null otherwise. */
  private static Project project(ProjectDef def, Optional<StackRules> stack, Validation run) {
    if (def == null) {
      return null;
    }
    boolean ok = true;
    if (def.name() == null) {
      ok =
          run.report(
              def.at(), "'project' has no 'name'", "add 'name: shop' (lower case, digits and '-')");
    } else if (!PROJECT_NAME.matcher(def.name().value()).matches()) {
      ok =
          run.report(
              def.name().at(),
              "project name '"
                  + def.name().value()
                  + "' must be lower case letters, digits and '-'",
              "try '" + Names.kebab(def.name().value()).replaceAll("[^a-z0-9-]", "") + "'");
    }
    if (def.module() == null) {
      ok =
          run.report(
              def.at(),
              "'project' has no 'module'",
              "add 'module: github.com/acme/shop' (Go) or 'module: com.acme.shop' (Java)");
    }
    String output = DEFAULT_OUTPUT;
    if (def.output() != null) {
      output = def.output().value();
      boolean escapes =
          Arrays.stream(output.split("/")).anyMatch(s -> s.equals("..") || s.equals("."));
      if (!OUTPUT_PATH.matcher(output).matches() || escapes) {
        ok =
            run.report(
                def.output().at(),
                "output '" + output + "' must be a relative folder inside the definition's folder",
                "use a name like 'backend', or pass '-o DIR' to generate elsewhere");
      }
    }
    if (stack.isPresent()) {
      List<Problem> stackProblems = stack.get().projectProblems(def);
      run.problems.addAll(stackProblems);
      ok &= stackProblems.isEmpty();
    }
    String broker = stack.map(DefinitionValidator::defaultBroker).orElse(Project.NO_BROKER);
    if (def.broker() != null && stack.isPresent()) {
      List<String> allowed = new ArrayList<>(stack.get().brokers());
      allowed.add(Project.NO_BROKER);
      broker = def.broker().value();
      if (!allowed.contains(broker)) {
        ok =
            run.report(
                def.broker().at(),
                "unknown broker '" + broker + "' for target '" + stack.get().id() + "'",
                Suggestions.hint(broker, allowed));
      }
    }
    if (!ok || stack.isEmpty()) {
      return null;
    }
    return new Project(
        def.name().value(),
        stack.get().id(),
        def.module().value(),
        output.replaceAll("/$", ""),
        Optional.ofNullable(def.group()).map(Text::value),
        Optional.ofNullable(def.artifact()).map(Text::value),
        broker);
  }

  /** The stack's first broker; none when its services have no broker to publish to. */
  private static String defaultBroker(StackRules stack) {
    return stack.brokers().isEmpty() ? Project.NO_BROKER : stack.brokers().get(0);
  }
}
