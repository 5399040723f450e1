package dev.dddgen.workspace;

import java.util.List;
import java.util.Map;

/** Every file generation would touch or report, sorted by path, plus the state to record. */
public record Plan(OutputFolder output, StateStore state, List<Change> changes, Map<String, String> generated) {

  public List<Change> with(Change.Status status) {
    return changes.stream().filter(c -> c.status() == status).toList();
  }

  public boolean changesDisk() {
    return changes.stream().anyMatch(c -> c.status().writes());
  }

  public boolean hasConflicts() {
    return changes.stream().anyMatch(c -> c.status() == Change.Status.CONFLICT);
  }
}
