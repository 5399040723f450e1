package dev.dddgen.definition;

import java.util.List;

/**
 * A definition that cannot be used; carries every problem found, and the warnings found with them,
 * each sorted by position.
 */
public final class DefinitionException extends Exception {
  private final List<Problem> problems;
  private final List<Problem> warnings;
  private final String source;

  public DefinitionException(List<Problem> problems, String source) {
    this(problems, List.of(), source);
  }

  public DefinitionException(List<Problem> problems, List<Problem> warnings, String source) {
    super(problems.size() + " problem(s) in the definition");
    this.problems = problems.stream().sorted(Problem.BY_POSITION).toList();
    this.warnings = warnings.stream().sorted(Problem.BY_POSITION).toList();
    this.source = source;
  }

  public List<Problem> problems() {
    return problems;
  }

  /** What would be warned of were the definition usable: reported with the problems, at once. */
  public List<Problem> warnings() {
    return warnings;
  }

  /** The text of the file the problems point into, so a caller can show the offending lines. */
  public String source() {
    return source;
  }
}
