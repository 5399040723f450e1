package dev.dddgen.definition;

import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Field;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The strongly connected components of the graph of required references between aggregates
 * (Tarjan's algorithm): two aggregates share a component when each leads to the other. A reference
 * to an aggregate that is not defined is no edge.
 */
final class Components {
  private final Map<String, Aggregate> byName;
  private final Map<String, Integer> index = new HashMap<>();
  private final Map<String, Integer> lowLink = new HashMap<>();
  private final Map<String, Integer> component = new HashMap<>();
  private final Deque<String> stack = new ArrayDeque<>();

  private Components(Map<String, Aggregate> byName) {
    this.byName = byName;
  }

  /** Each aggregate's component, numbered. */
  static Map<String, Integer> of(Map<String, Aggregate> byName) {
    Components components = new Components(byName);
    for (String name : byName.keySet()) {
      if (!components.index.containsKey(name)) {
        components.visit(name);
      }
    }
    return components.component;
  }

  private void visit(String node) {
    int order = index.size();
    index.put(node, order);
    lowLink.put(node, order);
    stack.push(node);
    for (Field field : ReferenceRules.required(byName.get(node))) {
      String next = ReferenceRules.target(field);
      if (!byName.containsKey(next)) {
        continue;
      }
      if (!index.containsKey(next)) {
        visit(next);
        lowLink.put(node, Math.min(lowLink.get(node), lowLink.get(next)));
      } else if (!component.containsKey(next)) {
        lowLink.put(node, Math.min(lowLink.get(node), index.get(next)));
      }
    }
    if (lowLink.get(node).equals(index.get(node))) {
      int id = index.get(node);
      String member;
      do {
        member = stack.pop();
        component.put(member, id);
      } while (!member.equals(node));
    }
  }
}
