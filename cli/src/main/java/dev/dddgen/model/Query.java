package dev.dddgen.model;

import java.util.List;

/** A read use case: one aggregate by id, or a filtered (optionally paginated) list. */
public record Query(
    String name, Kind kind, List<String> filters, boolean paginate, boolean conventional) {
  public enum Kind {
    BY_ID,
    LIST
  }
}
