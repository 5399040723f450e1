package dev.dddgen.definition;

import java.util.List;

/** A definition that cannot be used; carries every problem found, sorted by position. */
public final class DefinitionException extends Exception {
  private final List<Problem> problems;
  private final String source;

  public DefinitionException(List<Problem> problems, String source) {
    super(problems.size() + " problem(s) in the definition");
    this.problems = problems.stream().sorted(Problem.BY_POSITION).toList();
    this.source = source;
  }

  public List<Problem> problems() {
    return problems;
  }

  /** The text of the file the problems point into, so a caller can show the offending lines. */
  public String source() {
    return source;
  }
}
