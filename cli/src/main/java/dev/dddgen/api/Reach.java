package dev.dddgen.api;

import dev.dddgen.api.Sample.Member;
import dev.dddgen.api.Sample.Obj;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Command;
import dev.dddgen.model.Field;
import dev.dddgen.model.Lifecycle;
import dev.dddgen.model.Samples;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a client brings a new resource into a state, the same for every stack and test: a create body
 * giving the writable fields of the state, then the fewest actions that move the read-only ones
 * (lifecycle state, which create and update refuse) where the state has them.
 *
 * @param create the create body: required fields, and the writable fields the state names
 * @param steps the actions to take on the new resource, in order
 * @param state the read-only fields and their values after the last step
 */
public record Reach(Obj create, List<Step> steps, Map<String, String> state) {

  public Reach {
    steps = List.copyOf(steps);
    state = Map.copyOf(state);
  }

  /**
   * An action taken on the way, with its body: its required parameters, and a parameter named like
   * a state field holding the value it moves the field to.
   */
  public record Step(Operation action, Obj body) {
    /** The action's last path segment: {@code pay}. */
    public String segment() {
      return action.actionSegment().orElseThrow();
    }
  }

  /** The version of the resource once every step is taken: create gives 1, each step one more. */
  public long version() {
    return 1L + steps.size();
  }

  /**
   * The way to {@code wanted} (field → value; the fields it leaves out take any value), or empty
   * when the actions cannot lead there from what create gives.
   */
  public static Optional<Reach> of(Api api, Aggregate a, Map<String, String> wanted) {
    Scenarios scenarios = Scenarios.of(api);
    List<Field> readOnly = Lifecycle.readOnlyFields(a);
    Map<String, String> writable = new HashMap<>(wanted);
    readOnly.forEach(f -> writable.remove(f.name()));
    Obj create = scenarios.body(a, writable);

    Map<String, String> initial = new LinkedHashMap<>();
    for (Field f : readOnly) {
      initial.put(f.name(), f.defaultValue().orElse(""));
    }
    // Breadth first over the read-only fields' values: the first path found is a shortest one.
    Map<Map<String, String>, List<Step>> paths = new HashMap<>();
    Deque<Map<String, String>> queue = new ArrayDeque<>();
    paths.put(initial, List.of());
    queue.add(initial);
    while (!queue.isEmpty()) {
      Map<String, String> current = queue.poll();
      if (matches(current, wanted, readOnly)) {
        return Optional.of(new Reach(create, paths.get(current), current));
      }
      for (Command c : a.commands()) {
        if (c.kind() != Command.Kind.ACTION || !allows(api, a, c, current, writable)) {
          continue;
        }
        Operation op = api.resource(a.name()).operation(c.name());
        for (Map.Entry<Map<String, String>, Obj> next : moves(scenarios, a, c, op, current)) {
          if (paths.containsKey(next.getKey())) {
            continue;
          }
          List<Step> path = new ArrayList<>(paths.get(current));
          path.add(new Step(op, next.getValue()));
          paths.put(next.getKey(), List.copyOf(path));
          queue.add(next.getKey());
        }
      }
    }
    return Optional.empty();
  }

  private static boolean matches(
      Map<String, String> current, Map<String, String> wanted, List<Field> readOnly) {
    return readOnly.stream()
        .allMatch(
            f ->
                !wanted.containsKey(f.name())
                    || wanted.get(f.name()).equals(current.get(f.name())));
  }

  /**
   * Whether the action's guards let it run: on read-only fields from {@code current}; on writable
   * ones from the value create gave (the wanted one, else its default, else the field's sample).
   */
  private static boolean allows(
      Api api, Aggregate a, Command c, Map<String, String> current, Map<String, String> writable) {
    for (Command.Guard g : c.guards()) {
      Field f = a.field(g.field()).orElseThrow();
      String value =
          current.containsKey(g.field())
              ? current.get(g.field())
              : writable.containsKey(g.field())
                  ? writable.get(g.field())
                  : f.defaultValue().orElseGet(() -> Samples.valid(api.model(), f));
      if (!g.values().contains(value)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where the action can leave the read-only fields from {@code current}, each with the body that
   * does it: its {@code set} values, and for a parameter named like a state field every value the
   * field takes.
   */
  private static List<Map.Entry<Map<String, String>, Obj>> moves(
      Scenarios scenarios, Aggregate a, Command c, Operation op, Map<String, String> current) {
    Map<String, String> after = new LinkedHashMap<>(current);
    for (Command.Assignment as : c.assignments()) {
      after.computeIfPresent(as.field(), (k, v) -> as.value());
    }
    Obj params = scenarios.valid(op, false);
    List<Map.Entry<Map<String, String>, Obj>> out = new ArrayList<>();
    Optional<Field> chosen =
        c.params().stream().filter(p -> current.containsKey(p.name())).findFirst();
    if (chosen.isEmpty()) {
      out.add(Map.entry(Map.copyOf(after), params));
      return out;
    }
    Field field = a.field(chosen.get().name()).orElseThrow();
    for (String value :
        Lifecycle.of(a).stream()
            .filter(l -> l.field().name().equals(field.name()))
            .findFirst()
            .map(Lifecycle::states)
            .orElse(List.of())) {
      Map<String, String> moved = new LinkedHashMap<>(after);
      moved.put(field.name(), value);
      List<Member> members = new ArrayList<>();
      params.members().stream().filter(m -> !m.name().equals(field.name())).forEach(members::add);
      members.add(new Member(field.name(), Scenarios.scalar(chosen.get(), value)));
      out.add(Map.entry(Map.copyOf(moved), new Obj(members)));
    }
    return out;
  }
}
