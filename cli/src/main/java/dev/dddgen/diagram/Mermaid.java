package dev.dddgen.diagram;

import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Command;
import dev.dddgen.model.DomainModel;
import dev.dddgen.model.Entity;
import dev.dddgen.model.Field;
import dev.dddgen.model.FieldType;
import dev.dddgen.model.Lifecycle;
import dev.dddgen.model.ValueObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Mermaid diagrams of a model, as GitHub renders them in Markdown: one state diagram per lifecycle,
 * one class diagram of aggregates, child entities, value objects and references, and one flowchart
 * of commands and the events they emit. Deterministic: the model's order, nothing else.
 */
public final class Mermaid {
  private static final String INDENT = "    ";

  /** Words Mermaid reads as keywords where a state or class name stands. */
  private static final Set<String> KEYWORDS =
      Set.of(
          "end",
          "state",
          "note",
          "direction",
          "as",
          "class",
          "classdef",
          "style",
          "click",
          "default",
          "true",
          "false",
          "graph",
          "subgraph",
          "flowchart",
          "link",
          "call",
          "href");

  private Mermaid() {}

  /** The state diagram of one lifecycle. */
  public static String lifecycle(Lifecycle lifecycle) {
    StringBuilder out = new StringBuilder("stateDiagram-v2\n");
    line(out, "direction LR");
    for (String state : lifecycle.states()) {
      String id = stateId(state);
      if (!id.equals(state)) {
        line(out, "state \"" + state + "\" as " + id);
      }
    }
    lifecycle
        .initial()
        .ifPresent(
            initial ->
                line(
                    out,
                    "[*] --> "
                        + stateId(initial)
                        + lifecycle.creator().map(c -> ": " + c).orElse("")));
    for (Lifecycle.Transition t : lifecycle.transitions()) {
      for (String from : t.from()) {
        if (t.ends()) {
          line(out, stateId(from) + " --> [*]: " + label(t));
          continue;
        }
        for (String to : t.targets(from, lifecycle.states())) {
          line(out, stateId(from) + " --> " + stateId(to) + ": " + label(t));
        }
      }
    }
    for (String state : lifecycle.terminal()) {
      if (lifecycle.transitions().stream().noneMatch(t -> t.ends() && t.from().contains(state))) {
        line(out, stateId(state) + " --> [*]");
      }
    }
    return out.toString();
  }

  /** The class diagram of aggregates, their child entities, value objects and references. */
  public static String model(DomainModel model) {
    StringBuilder out = new StringBuilder("classDiagram\n");
    line(out, "direction LR");
    for (Aggregate aggregate : model.aggregates()) {
      type(out, classId(aggregate.name()), aggregate.name(), "aggregate", aggregate.fields());
      for (Entity entity : aggregate.entities()) {
        type(out, classId(entity.name()), entity.name(), "entity", entity.fields());
      }
    }
    for (ValueObject valueObject : model.valueObjects()) {
      type(
          out,
          classId(valueObject.name()),
          valueObject.name(),
          "value object",
          valueObject.fields());
    }
    for (Aggregate aggregate : model.aggregates()) {
      for (Entity entity : aggregate.entities()) {
        String id = classId(entity.name());
        line(out, classId(aggregate.name()) + " *-- \"*\" " + id);
        links(out, id, entity.fields());
      }
      links(out, classId(aggregate.name()), aggregate.fields());
    }
    for (ValueObject valueObject : model.valueObjects()) {
      links(out, classId(valueObject.name()), valueObject.fields());
    }
    return out.toString();
  }

  /** The flowchart of each aggregate's commands and the events they emit. */
  public static String commands(DomainModel model) {
    StringBuilder out = new StringBuilder("flowchart LR\n");
    for (Aggregate aggregate : model.aggregates()) {
      line(out, "subgraph " + classId(aggregate.name()) + "_commands [" + aggregate.name() + "]");
      for (Command command : aggregate.commands()) {
        String node = classId(aggregate.name()) + "_" + command.name();
        String shape = "[" + command.name() + "]";
        String emits =
            command
                .emits()
                .map(e -> " --> " + classId(aggregate.name()) + "_" + e + "([" + e + "])")
                .orElse("");
        out.append(INDENT).append(INDENT).append(node).append(shape).append(emits).append('\n');
      }
      line(out, "end");
    }
    return out.toString();
  }

  /**
   * One diagram for a README: its heading, its Mermaid source line by line (a template writes each
   * inside a fenced block), and what the drawing alone does not say.
   *
   * @param note a sentence after the diagram, when there is one
   */
  public record Section(String title, List<String> lines, Optional<String> note) {
    public Section {
      lines = List.copyOf(lines);
    }

    static Section of(String title, String diagram, String note) {
      return new Section(
          title, List.of(diagram.split("\n")), Optional.of(note).filter(n -> !n.isEmpty()));
    }
  }

  /**
   * Every diagram of the model, in README order: the model, commands and events, then each
   * lifecycle.
   */
  public static List<Section> sections(DomainModel model) {
    List<Section> sections = new ArrayList<>();
    sections.add(Section.of("Model", model(model), ""));
    sections.add(Section.of("Commands and events", commands(model), ""));
    for (Aggregate aggregate : model.aggregates()) {
      for (Lifecycle lifecycle : Lifecycle.of(aggregate)) {
        List<String> terminal = lifecycle.terminal();
        sections.add(
            Section.of(
                "Lifecycle of " + aggregate.name() + "." + lifecycle.field().name(),
                lifecycle(lifecycle),
                terminal.isEmpty() ? "" : "Terminal: " + String.join(", ", terminal) + "."));
      }
    }
    return List.copyOf(sections);
  }

  /** Every diagram of the model as a Markdown section, as {@code dddgen diagram} prints it. */
  public static String markdown(DomainModel model) {
    StringBuilder out = new StringBuilder();
    for (Section section : sections(model)) {
      if (!out.isEmpty()) {
        out.append('\n');
      }
      out.append("### ").append(section.title()).append("\n\n");
      out.append(fenced(String.join("\n", section.lines()) + "\n"));
      section.note().ifPresent(note -> out.append('\n').append(note).append('\n'));
    }
    return out.toString();
  }

  private static String fenced(String diagram) {
    return "```mermaid\n" + diagram + "```\n";
  }

  private static void type(
      StringBuilder out, String id, String name, String stereotype, List<Field> fields) {
    line(out, "class " + id + (id.equals(name) ? "" : "[\"" + name + "\"]") + " {");
    line(out, INDENT + "<<" + stereotype + ">>");
    for (Field field : fields) {
      line(out, INDENT + typeName(field) + (field.optional() ? "?" : "") + " " + field.name());
    }
    line(out, "}");
  }

  private static void links(StringBuilder out, String ownerId, List<Field> fields) {
    for (Field field : fields) {
      if (field.type() instanceof FieldType.Reference r) {
        line(out, ownerId + " --> " + classId(r.aggregate()) + " : " + field.name());
      } else if (field.type() instanceof FieldType.ValueObjectType v) {
        line(out, ownerId + " ..> " + classId(v.name()) + " : " + field.name());
      }
    }
  }

  private static String typeName(Field field) {
    FieldType type = field.type();
    if (type instanceof FieldType.Builtin b) {
      return b.scalar().name().toLowerCase(Locale.ROOT);
    }
    if (type instanceof FieldType.Enumeration e) {
      return "enum";
    }
    if (type instanceof FieldType.Reference r) {
      return "ref";
    }
    return ((FieldType.ValueObjectType) type).name();
  }

  private static String label(Lifecycle.Transition t) {
    String guards =
        t.otherGuards().stream()
            .map(g -> g.field() + " = " + String.join(" or ", g.values()))
            .collect(Collectors.joining(", "));
    return t.command()
        + (guards.isEmpty() ? "" : " [" + guards + "]")
        + t.event().map(e -> " / " + e).orElse("");
  }

  private static String stateId(String state) {
    return KEYWORDS.contains(state.toLowerCase(Locale.ROOT)) ? "state_" + state : state;
  }

  private static String classId(String name) {
    return KEYWORDS.contains(name.toLowerCase(Locale.ROOT)) ? name + "_" : name;
  }

  private static void line(StringBuilder out, String text) {
    out.append(INDENT).append(text).append('\n');
  }
}
