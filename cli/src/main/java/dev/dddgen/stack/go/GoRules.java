package dev.dddgen.stack.go;

import dev.dddgen.definition.Definition.ProjectDef;
import dev.dddgen.definition.Problem;
import dev.dddgen.definition.StackRules;
import dev.dddgen.definition.Text;
import dev.dddgen.naming.ReservedWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** What the Go stack requires of a definition beyond the neutral rules. */
public final class GoRules implements StackRules {
  private static final Pattern GO_MODULE =
      Pattern.compile("[a-z0-9][a-z0-9.-]*(/[A-Za-z0-9][A-Za-z0-9._~-]*)*");

  /** Constructs Java accepts and Go's RE2 engine does not. */
  private static final Pattern NOT_RE2 =
      Pattern.compile(
          "\\(\\?[=!>]|\\(\\?<[=!]|\\\\[1-9]|(?<!\\\\)[*+?]\\+|(?<!\\\\p|\\\\P)\\{\\d+(,\\d*)?}\\+");

  /**
   * Methods every generated aggregate has besides the getters of the neutral fields (the aggregate
   * base, slog.LogValuer): a field of that name would have a getter of the same name.
   */
  private static final Set<String> AGGREGATE_METHODS =
      Set.of("pullEvents", "record", "incrementVersion", "logValue");

  /** Methods every generated composite value object has (equality, fmt and slog). */
  private static final Set<String> VALUE_OBJECT_METHODS =
      Set.of("equal", "string", "goString", "logValue");

  @Override
  public String id() {
    return "go";
  }

  @Override
  public String language() {
    return "Go";
  }

  @Override
  public Set<String> reservedWords() {
    return ReservedWords.GO;
  }

  /**
   * Files and types of the shared packages (domain/shared, application/dto,
   * interfaces/http/handler) that an aggregate's, entity's or value object's own file or type would
   * take.
   */
  private static final Set<String> TAKEN_TYPE_NAMES =
      Set.of(
          "aggregate",
          "validator",
          "redact",
          "helpers",
          "layering",
          "json",
          "jsonwriter",
          "jsonvalue",
          "jsondecimal",
          "jsondate",
          "optional",
          "problem",
          "request",
          "health",
          "openapi",
          "guard");

  @Override
  public Set<String> takenTypeNames() {
    return TAKEN_TYPE_NAMES;
  }

  @Override
  public Set<String> generatedMembers(Container kind) {
    return switch (kind) {
      case AGGREGATE -> AGGREGATE_METHODS;
      case ENTITY -> Set.of("logValue");
      case VALUE_OBJECT -> VALUE_OBJECT_METHODS;
      // An event embeds shared.EventBase and has the method EventName.
      case EVENT -> Set.of("eventBase", "eventName");
    };
  }

  /** Services publish their events to NATS JetStream unless the definition says otherwise. */
  @Override
  public List<String> brokers() {
    return List.of("nats");
  }

  @Override
  public List<Problem> projectProblems(ProjectDef project) {
    List<Problem> problems = new ArrayList<>();
    Text module = project.module();
    if (module != null && !GO_MODULE.matcher(module.value()).matches()) {
      problems.add(
          new Problem(
              module.at(),
              "'" + module.value() + "' is not a Go module path",
              "use a path like 'github.com/acme/shop'"));
    }
    project
        .coordinates()
        .forEach(
            (key, coordinate) ->
                problems.add(
                    new Problem(
                        coordinate.at(),
                        "'"
                            + key
                            + "' is a Maven coordinate of target 'java'; a Go module has none",
                        "remove it (the Go module path is 'module')")));
    return problems;
  }

  @Override
  public Optional<Fault> patternFault(String pattern) {
    if (NOT_RE2.matcher(pattern).find()) {
      return Optional.of(
          new Fault(
              "pattern '"
                  + pattern
                  + "' uses lookaround, back-references or possessive "
                  + "quantifiers, which Go's regexp (RE2) does not support",
              "rewrite it without them"));
    }
    return Optional.empty();
  }
}
