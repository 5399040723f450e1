package dev.dddgen.conformance;

import java.util.List;

/**
 * One case run against one service: its name ({@code Order: update with stale If-Match}), the
 * request sent, the answer and what in it broke the contract.
 */
record Outcome(String name, String request, Answer answer, List<String> violations) {
  Outcome {
    violations = List.copyOf(violations);
  }

  boolean passed() {
    return violations.isEmpty();
  }
}
