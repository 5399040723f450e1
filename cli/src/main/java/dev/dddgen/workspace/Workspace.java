package dev.dddgen.workspace;

import dev.dddgen.render.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Plans generated files against the disk and the recorded state, then applies the plan. Planning
 * reads only; applying writes each file atomically, files first and state last, so an interrupted
 * run leaves every file old or new and the next run finishes the job.
 */
public final class Workspace {
  private Workspace() {}

  public static Plan plan(
      OutputFolder output,
      StateStore state,
      List<GeneratedFile> files,
      boolean force,
      Plan.Evolution evolution)
      throws IOException {
    return plan(output, state, files, force, evolution, Map.of(), text -> null);
  }

  /**
   * As above, with the fingerprint of what the stack's formatter was given for each file it
   * formatted ({@code sourceHashes}, path → hash: recorded for the files whose generated text is
   * recorded as this run's, so the next run may reuse it), and the SHA-256 of texts already hashed
   * while they were rendered or formatted ({@code knownHash}, text → hash or null: the state's save
   * then does not hash them again).
   */
  public static Plan plan(
      OutputFolder output,
      StateStore state,
      List<GeneratedFile> files,
      boolean force,
      Plan.Evolution evolution,
      Map<String, String> sourceHashes,
      java.util.function.Function<String, String> knownHash)
      throws IOException {
    List<Change> changes = new ArrayList<>();
    Map<String, String> generated = new LinkedHashMap<>();
    // Classifying reads every file and compares it: on all cores. A failure is reported for the
    // first failing file in order, the same one on every run.
    java.util.Set<Path> missingFolders = java.util.concurrent.ConcurrentHashMap.newKeySet();
    List<Object> classified =
        files.parallelStream()
            .map(
                file -> {
                  try {
                    return (Object)
                        classify(
                            output.resolve(file.path(), missingFolders),
                            state,
                            file.path(),
                            file.content(),
                            force);
                  } catch (IOException e) {
                    return e;
                  }
                })
            .toList();
    for (int i = 0; i < files.size(); i++) {
      GeneratedFile file = files.get(i);
      if (classified.get(i) instanceof IOException e) {
        throw e;
      }
      Change change = (Change) classified.get(i);
      // A file left with conflict markers keeps its old base, so the generator's changes since are
      // still merged into it once the user has resolved the markers.
      generated.put(
          file.path(),
          change.status() == Change.Status.UNRESOLVED
              ? state.base(file.path()).orElse(file.content())
              : file.content());
      changes.add(change);
    }
    for (String old : state.generatedPaths()) {
      if (!generated.containsKey(old)) {
        Optional<String> disk = read(output.resolve(old));
        if (disk.isEmpty()) {
          continue;
        }
        Optional<String> base = state.base(old);
        boolean untouched = base.isPresent() && base.get().equals(disk.get());
        changes.add(
            new Change(
                old,
                untouched ? Change.Status.DELETE : Change.Status.ORPHAN_KEPT,
                disk.get(),
                untouched ? null : disk.get(),
                null));
      }
    }
    changes.sort(Comparator.comparing(Change::path));
    Map<String, String> formatSources = new LinkedHashMap<>();
    Map<String, String> textHashes = new java.util.HashMap<>();
    generated.forEach(
        (path, text) -> {
          String hash = knownHash.apply(text);
          if (hash != null) {
            textHashes.put(path, hash);
          }
        });
    for (GeneratedFile file : files) {
      String hash = sourceHashes.get(file.path());
      // A file left unresolved records its old text, not what this run formatted.
      if (hash != null && file.content().equals(generated.get(file.path()))) {
        formatSources.put(file.path(), hash);
      }
    }
    return new Plan(
        output, state, List.copyOf(changes), generated, evolution, formatSources, textHashes);
  }

  private static Change classify(
      Path file, StateStore state, String path, String now, boolean force) throws IOException {
    Optional<String> disk = read(file);
    // The base copy is looked up (and its hash checked) only when the answer depends on it: on a
    // tree that is up to date, that is never.
    if (disk.isEmpty()) {
      boolean deletedByUser = !force && state.base(path).isPresent();
      return deletedByUser
          ? new Change(path, Change.Status.USER_DELETED, null, null, now)
          : new Change(path, Change.Status.CREATE, null, now, now);
    }
    String onDisk = disk.get();
    if (onDisk.equals(now)) {
      // The same text: keep one copy, so a large up-to-date tree is not held in memory twice.
      return new Change(path, Change.Status.UNCHANGED, now, now, now);
    }
    Optional<String> base = state.base(path);
    if (base.isEmpty()) {
      return force
          ? new Change(path, Change.Status.UPDATE, onDisk, now, now)
          : new Change(path, Change.Status.UNTRACKED, onDisk, onDisk, now);
    }
    if (onDisk.equals(base.get())) {
      return new Change(path, Change.Status.UPDATE, onDisk, now, now);
    }
    if (TextMerge.hasConflictMarkers(onDisk)) {
      return new Change(path, Change.Status.UNRESOLVED, onDisk, onDisk, now);
    }
    if (base.get().equals(now)) {
      return new Change(path, Change.Status.EDITED, onDisk, onDisk, now);
    }
    TextMerge.Merged merged = TextMerge.merge(base.get(), onDisk, now);
    if (merged.text().equals(onDisk)) {
      return new Change(path, Change.Status.EDITED, onDisk, onDisk, now);
    }
    return new Change(
        path,
        merged.conflicted() ? Change.Status.CONFLICT : Change.Status.MERGE,
        onDisk,
        merged.text(),
        now);
  }

  /** Writes the plan: changed files atomically, orphans removed, then the state. */
  public static void apply(Plan plan) throws IOException {
    Map<Path, String> writes = new LinkedHashMap<>();
    java.util.Set<Path> missingFolders = new java.util.HashSet<>();
    java.util.Set<Path> created = new java.util.HashSet<>();
    for (Change change : plan.changes()) {
      if (change.status().writes() && change.result() != null) {
        Path file = plan.output().resolve(change.path(), missingFolders);
        writes.put(file, change.result());
        if (change.status() == Change.Status.CREATE) {
          created.add(file);
        }
      }
    }
    Path root = plan.output().root();
    if (!writes.isEmpty() && Files.notExists(root, LinkOption.NOFOLLOW_LINKS)) {
      AtomicFiles.createTree(root, writes);
    } else {
      AtomicFiles.writeAll(writes, created);
    }
    for (Change change : plan.changes()) {
      if (change.status().writes() && change.result() == null) {
        deleteAndPrune(plan.output().root(), plan.output().resolve(change.path()));
      }
    }
    plan.state().save(plan.generated(), plan.formatSources(), plan.textHashes());
    plan.state()
        .saveSnapshots(
            plan.evolution().schemaSnapshot(),
            plan.evolution().contractSnapshot(),
            plan.evolution().eventSnapshot());
  }

  /**
   * Deletes {@code file} and then each parent folder it leaves empty, up to (not including) {@code
   * root}.
   */
  static void deleteAndPrune(Path root, Path file) throws IOException {
    Files.deleteIfExists(file);
    for (Path folder = file.getParent();
        folder != null && !folder.equals(root) && folder.startsWith(root);
        folder = folder.getParent()) {
      try (Stream<Path> entries = Files.list(folder)) {
        if (entries.findAny().isPresent()) {
          return;
        }
      }
      Files.delete(folder);
    }
  }

  static Optional<String> read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
  }
}
