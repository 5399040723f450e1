package dev.dddgen.stack;

import dev.dddgen.definition.StackRules;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The registered stacks: every {@link Stack} a {@code META-INF/services/dev.dddgen.stack.Stack}
 * file on the class path lists, sorted by id. It is also the definition layer's {@link
 * StackRules.Registry}, so a definition is checked against the rules of the stacks found here.
 */
public final class Stacks implements StackRules.Registry {

  /** Loaded once: the class path does not change while dddgen runs. */
  private static final List<Stack> ALL =
      ServiceLoader.load(Stack.class, Stack.class.getClassLoader()).stream()
          .map(ServiceLoader.Provider::get)
          .sorted(Comparator.comparing(Stack::id))
          .toList();

  /** Every registered stack, sorted by id. */
  public static List<Stack> all() {
    return ALL;
  }

  /** The ids of the registered stacks, sorted. */
  public static List<String> ids() {
    return ALL.stream().map(Stack::id).toList();
  }

  /** The stack of id {@code id}, if one is registered. */
  public static Optional<Stack> find(String id) {
    return ALL.stream().filter(stack -> stack.id().equals(id)).findFirst();
  }

  /** The stack of a validated model's {@code project.target}: validation made sure there is one. */
  public static Stack of(String id) {
    return find(id)
        .orElseThrow(() -> new IllegalArgumentException("no stack '" + id + "' is registered"));
  }

  @Override
  public List<StackRules> stackRules() {
    return ALL.stream().map(Stack::rules).toList();
  }
}
