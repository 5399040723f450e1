package dev.dddgen.workspace;

import java.util.List;
import java.util.Map;

/**
 * Every file generation would touch or report, sorted by path, plus the state to record: each
 * file's text as generated, for those the stack's formatter made, the fingerprint of what it was
 * given ({@code formatSources}, path → hash), and the SHA-256 of those generated texts that were
 * hashed as they were made ({@code textHashes}, path → hash; the save hashes the others).
 */
public record Plan(
    OutputFolder output,
    StateStore state,
    List<Change> changes,
    Map<String, String> generated,
    Evolution evolution,
    Map<String, String> formatSources,
    Map<String, String> textHashes) {

  public Plan(
      OutputFolder output,
      StateStore state,
      List<Change> changes,
      Map<String, String> generated,
      Evolution evolution,
      Map<String, String> formatSources) {
    this(output, state, changes, generated, evolution, formatSources, Map.of());
  }

  public Plan(
      OutputFolder output,
      StateStore state,
      List<Change> changes,
      Map<String, String> generated,
      Evolution evolution) {
    this(output, state, changes, generated, evolution, Map.of());
  }

  /** A migration this run adds, with its number, the paths it is written to and their text. */
  public record NewMigration(
      int number,
      dev.dddgen.schema.Migration migration,
      List<String> paths,
      List<dev.dddgen.render.GeneratedFile> files) {}

  /**
   * How the project changes beyond its files: the migrations added, the schema, HTTP contract and
   * event contract to record, what a client of the previous HTTP contract or a consumer of the
   * previous events would see break, and aggregates new since last time.
   */
  public record Evolution(
      List<NewMigration> migrations,
      String schemaSnapshot,
      String contractSnapshot,
      List<String> breakingApiChanges,
      List<String> newAggregates,
      String eventSnapshot,
      List<String> breakingEventChanges) {

    /** No migrations, no snapshots to compare with: for callers that plan plain files. */
    public static Evolution none() {
      return new Evolution(List.of(), "", "", List.of(), List.of(), "", List.of());
    }
  }

  public List<NewMigration> migrations() {
    return evolution.migrations();
  }

  /**
   * The changes the reference's "Ask first" rules name, when generating into an existing project:
   * new aggregates, new migrations, changed dependencies. Empty for a first generation.
   */
  public List<String> askFirst() {
    List<String> items = new java.util.ArrayList<>();
    if (state.isEmpty()) {
      return items;
    }
    evolution.newAggregates().forEach(a -> items.add("new aggregate " + a));
    for (NewMigration migration : migrations()) {
      List<String> losses = migration.migration().losses();
      items.add(
          "new migration "
              + migration.paths().get(0)
              + (losses.isEmpty() ? "" : " (destructive: " + String.join("; ", losses) + ")")
              + (migration.migration().downCaveats().isEmpty()
                  ? ""
                  : " (" + String.join("; ", migration.migration().downCaveats()) + ")"));
    }
    evolution.breakingApiChanges().forEach(change -> items.add("HTTP contract change: " + change));
    evolution
        .breakingEventChanges()
        .forEach(change -> items.add("event contract change: " + change));
    for (Change change : changes) {
      boolean dependencies = change.path().equals("go.mod") || change.path().equals("pom.xml");
      if (dependencies && change.status().writes() && !recreatesLastGenerated(change)) {
        items.add("dependencies change in " + change.path());
      }
    }
    return items;
  }

  /**
   * Whether the change writes back, to a file deleted by hand, exactly what was last generated
   * there (--force): the project's dependencies are then what they were.
   */
  private boolean recreatesLastGenerated(Change change) {
    if (change.status() != Change.Status.CREATE) {
      return false;
    }
    try {
      return state.base(change.path()).map(change.generated()::equals).orElse(false);
    } catch (java.io.IOException unreadable) {
      return false; // a damaged copy: ask, as for any change
    }
  }

  public List<NewMigration> destructiveMigrations() {
    return migrations().stream().filter(m -> m.migration().destructive()).toList();
  }

  public List<Change> with(Change.Status status) {
    return changes.stream().filter(c -> c.status() == status).toList();
  }

  public boolean changesDisk() {
    return changes.stream().anyMatch(c -> c.status().writes());
  }

  /**
   * Whether files are left with conflict markers: written by this run, or still unresolved from an
   * earlier one.
   */
  public boolean hasConflicts() {
    return !conflicts().isEmpty();
  }

  public List<Change> conflicts() {
    return changes.stream()
        .filter(c -> c.status() == Change.Status.CONFLICT || c.status() == Change.Status.UNRESOLVED)
        .toList();
  }
}
