package dev.dddgen.stack.markdown;

import dev.dddgen.definition.Definition.ProjectDef;
import dev.dddgen.definition.Problem;
import dev.dddgen.definition.StackRules;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The Markdown stack's own rule: no type may take the name of the page's own sections. */
public final class MarkdownRules implements StackRules {
  /** Each type is a section of the page, linked by its lower-case name: these anchors are taken. */
  static final Set<String> SECTIONS = Set.of("contents", "glossary");

  @Override
  public String id() {
    return "markdown";
  }

  @Override
  public String language() {
    return "Markdown";
  }

  @Override
  public Set<String> reservedWords() {
    return SECTIONS;
  }

  @Override
  public Set<String> generatedMembers(Container kind) {
    return Set.of();
  }

  @Override
  public List<Problem> projectProblems(ProjectDef project) {
    return List.of();
  }

  @Override
  public Optional<Fault> patternFault(String pattern) {
    return Optional.empty();
  }
}
