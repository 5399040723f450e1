package dev.dddgen.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The lifecycle of one state field of an aggregate: an enum or bool field that a command's {@code
 * set} assigns or a {@code when} guard tests. Its states are the field's values; create starts it
 * at its default; each command that is guarded on it or assigns it is a transition.
 *
 * @param initial the state create gives the field (its default), when it has one
 * @param creator the name of the command that creates the aggregate, when there is one
 */
public record Lifecycle(
    Aggregate aggregate,
    Field field,
    List<String> states,
    Optional<String> initial,
    Optional<String> creator,
    List<Transition> transitions) {

  public Lifecycle {
    states = List.copyOf(states);
    transitions = List.copyOf(transitions);
  }

  /**
   * A command as seen by one state field: it runs from {@code from} (every state when it is not
   * guarded on the field) and leaves the field at {@code to}, or where it was when {@code to} is
   * empty; a delete ends the lifecycle.
   *
   * @param otherGuards the command's guards on other fields, which the diagram shows as conditions
   * @param byParameter whether the command takes the field's new value as a parameter of its name,
   *     so it may lead to any state
   */
  public record Transition(
      String command,
      Command.Kind kind,
      List<String> from,
      Optional<String> to,
      Optional<String> event,
      List<Command.Guard> otherGuards,
      boolean byParameter) {

    public Transition {
      from = List.copyOf(from);
      otherGuards = List.copyOf(otherGuards);
    }

    /** Whether this transition ends the aggregate's life (a guarded delete). */
    public boolean ends() {
      return kind == Command.Kind.DELETE;
    }

    /** The state the field is in after the command, run from {@code state}. */
    public String target(String state) {
      return to.orElse(state);
    }

    /** The states the command may leave the field in, run from {@code state} of {@code all}. */
    public List<String> targets(String state, List<String> all) {
      return byParameter ? all : List.of(target(state));
    }
  }

  /** The lifecycles of {@code aggregate}, one per state field, in field order. */
  public static List<Lifecycle> of(Aggregate aggregate) {
    List<Lifecycle> out = new ArrayList<>();
    for (Field field : aggregate.fields()) {
      List<String> states = states(field);
      if (states.isEmpty() || !isStateField(aggregate, field.name())) {
        continue;
      }
      List<Transition> transitions = new ArrayList<>();
      for (Command command : aggregate.commands()) {
        Optional<Command.Guard> guard = guardOn(command, field.name());
        Optional<String> to =
            command.assignments().stream()
                .filter(a -> a.field().equals(field.name()))
                .map(Command.Assignment::value)
                .findFirst();
        boolean byParameter =
            command.params().stream().anyMatch(p -> p.name().equals(field.name()));
        if (guard.isEmpty() && to.isEmpty() && !byParameter) {
          continue;
        }
        List<Command.Guard> others =
            command.guards().stream().filter(g -> !g.field().equals(field.name())).toList();
        transitions.add(
            new Transition(
                command.name(),
                command.kind(),
                guard.map(Command.Guard::values).orElse(states),
                to,
                command.emits(),
                others,
                byParameter));
      }
      Optional<String> creator = aggregate.command(Command.Kind.CREATE).map(Command::name);
      out.add(new Lifecycle(aggregate, field, states, field.defaultValue(), creator, transitions));
    }
    return out;
  }

  /** Whether a command of {@code aggregate} assigns or is guarded on the field. */
  public static boolean isStateField(Aggregate aggregate, String field) {
    // Loops, not streams: views ask this of every field many times (a 1,000-aggregate generation
    // asked it millions of times, and each stream was half a dozen objects).
    for (Command command : aggregate.commands()) {
      for (Command.Guard guard : command.guards()) {
        if (guard.field().equals(field)) {
          return true;
        }
      }
      for (Command.Assignment assignment : command.assignments()) {
        if (assignment.field().equals(field)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether only commands change the field: it is lifecycle state and not marked {@code writable:
   * true}, so create gives it its default and update leaves it as it is.
   */
  public static boolean readOnly(Aggregate aggregate, Field field) {
    return !field.writable() && isStateField(aggregate, field.name());
  }

  /** The fields of {@code aggregate} that only commands change, in field order. */
  public static List<Field> readOnlyFields(Aggregate aggregate) {
    return aggregate.fields().stream().filter(f -> readOnly(aggregate, f)).toList();
  }

  /**
   * The actions that change the field, in the definition's order: those that {@code set} it and
   * those that take a parameter of its name.
   */
  public static List<String> changedBy(Aggregate aggregate, String field) {
    return aggregate.commands().stream()
        .filter(
            c ->
                c.assignments().stream().anyMatch(a -> a.field().equals(field))
                    || c.params().stream().anyMatch(p -> p.name().equals(field)))
        .map(Command::name)
        .toList();
  }

  /**
   * The commands whose {@code set} leaves the field where their {@code when} already requires it to
   * be: they run only from one state and set that same state.
   */
  public List<String> noOpTransitions() {
    return transitions.stream()
        .filter(
            t -> !t.ends() && t.from().size() == 1 && t.to().equals(Optional.of(t.from().get(0))))
        .map(Transition::command)
        .toList();
  }

  /** States no command leaves (a command that keeps the field where it is does not leave it). */
  public List<String> terminal() {
    return states.stream()
        .filter(
            s ->
                transitions.stream()
                    .noneMatch(
                        t ->
                            t.from().contains(s)
                                && (t.ends()
                                    || t.targets(s, states).stream()
                                        .anyMatch(target -> !target.equals(s)))))
        .toList();
  }

  /**
   * States that neither create nor any chain of commands from the initial state reaches; none for a
   * field marked {@code writable}, which create and update may set to any state.
   */
  public List<String> unreachable() {
    if (field.writable()) {
      return List.of();
    }
    Set<String> reached = new LinkedHashSet<>();
    Deque<String> queue = new ArrayDeque<>();
    initial.ifPresent(queue::add);
    while (!queue.isEmpty()) {
      String state = queue.poll();
      if (!reached.add(state)) {
        continue;
      }
      for (Transition t : transitions) {
        if (t.from().contains(state) && !t.ends()) {
          queue.addAll(t.targets(state, states));
        }
      }
    }
    return states.stream().filter(s -> !reached.contains(s)).toList();
  }

  private static Optional<Command.Guard> guardOn(Command command, String field) {
    return command.guards().stream().filter(g -> g.field().equals(field)).findFirst();
  }

  private static List<String> states(Field field) {
    if (field.type() instanceof FieldType.Enumeration e) {
      return e.values();
    }
    if (field.type() instanceof FieldType.Builtin b && b.scalar() == Scalar.BOOL) {
      return List.of("true", "false");
    }
    return List.of();
  }
}
