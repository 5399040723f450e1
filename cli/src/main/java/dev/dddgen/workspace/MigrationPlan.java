package dev.dddgen.workspace;

import dev.dddgen.model.Aggregate;
import dev.dddgen.model.DomainModel;
import dev.dddgen.render.GeneratedFile;
import dev.dddgen.schema.Migration;
import dev.dddgen.schema.MigrationPlanner;
import dev.dddgen.schema.RelationalSchema;
import dev.dddgen.schema.SchemaBuilder;
import dev.dddgen.schema.SchemaSnapshot;
import dev.dddgen.schema.Table;
import dev.dddgen.stack.Stack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The migrations of one run: those written before, carried as they were generated (never rewritten
 * nor removed), and the new ones the schema change needs, numbered after every migration already on
 * disk.
 *
 * @param carried the migration files earlier runs generated, with the text they generated
 * @param added the new migrations, numbered, with their files
 * @param schema the model's schema, recorded as the next run's previous schema
 * @param newAggregates the aggregates the previous schema did not have, sorted (none on a first
 *     run)
 */
record MigrationPlan(
    List<GeneratedFile> carried,
    List<Plan.NewMigration> added,
    RelationalSchema schema,
    List<String> newAggregates) {

  private static final Pattern LEADING_NUMBER = Pattern.compile("^0*(\\d+)_.*\\.sql$");

  MigrationPlan {
    carried = List.copyOf(carried);
    added = List.copyOf(added);
    newAggregates = List.copyOf(newAggregates);
  }

  /** Every file of the migrations, carried ones first. */
  List<GeneratedFile> files() {
    List<GeneratedFile> files = new ArrayList<>(carried);
    added.forEach(migration -> files.addAll(migration.files()));
    return files;
  }

  /** The migrations {@code target} writes for {@code model}, given the state and the disk. */
  static MigrationPlan of(Stack target, DomainModel model, OutputFolder output, StateStore state)
      throws IOException {
    RelationalSchema schema = SchemaBuilder.build(model);
    Optional<RelationalSchema> previous = previousSchema(state);
    List<GeneratedFile> carried = new ArrayList<>();
    int highest = 0;
    for (String path : state.generatedPaths()) {
      OptionalInt number = target.migrationNumber(path);
      if (number.isPresent()) {
        highest = Math.max(highest, number.getAsInt());
        // Migrations, once written, are never rewritten nor removed: carry what was generated.
        Optional<String> base = state.base(path);
        if (base.isPresent()) {
          carried.add(new GeneratedFile(path, base.get(), false));
        }
      }
    }
    boolean initial = previous.isEmpty() && highest == 0;
    List<Migration> migrations =
        initial
            ? MigrationPlanner.initial(schema)
            : previous.map(p -> MigrationPlanner.changes(p, schema, model)).orElse(List.of());
    List<Plan.NewMigration> added = number(target, migrations, highest);
    // No state, yet the first migration dddgen would write is there: the state was lost (never
    // committed), not a project adopting dddgen. Keeping the numbers lets the existing files be
    // recognised (unchanged, or kept as they are) instead of creating every table a second time.
    boolean stateLost =
        initial && !added.isEmpty() && Files.exists(output.resolve(added.get(0).paths().get(0)));
    if (!added.isEmpty() && !stateLost) {
      int onDisk = highestOnDisk(target, output, state, added);
      if (onDisk > highest) {
        added = number(target, migrations, onDisk);
      }
    }
    return new MigrationPlan(carried, added, schema, newAggregates(model, previous));
  }

  /** The model's aggregates that have no table in {@code previous}; none without one. */
  private static List<String> newAggregates(
      DomainModel model, Optional<RelationalSchema> previous) {
    if (previous.isEmpty()) {
      return List.of();
    }
    Set<String> before =
        previous.get().tables().stream().map(Table::owner).collect(Collectors.toSet());
    return model.aggregates().stream()
        .map(Aggregate::name)
        .filter(a -> !before.contains(a))
        .sorted()
        .toList();
  }

  /** {@code migrations} numbered after {@code highest}, with their files. */
  private static List<Plan.NewMigration> number(
      Stack target, List<Migration> migrations, int highest) {
    List<Plan.NewMigration> numbered = new ArrayList<>();
    for (Migration migration : migrations) {
      List<GeneratedFile> files = target.migrationFiles(highest + 1, migration);
      if (files.isEmpty()) {
        continue; // a stack without a database writes no migrations
      }
      highest++;
      numbered.add(
          new Plan.NewMigration(
              highest, migration, files.stream().map(GeneratedFile::path).toList(), files));
    }
    return numbered;
  }

  /**
   * The highest number among the migration files on disk, in every folder dddgen writes migrations
   * to: a migration the user added by hand (a seed, a data fix) takes its number too, and a new one
   * reusing it would make the migration tool refuse both. A file counts when the target recognises
   * it, or when it is an SQL file whose name starts with a number and '_', as migration tools
   * number them. Files that are exactly those {@code planned} (an interrupted run wrote them, but
   * not the state) do not count: the run that completes it writes the same migrations under the
   * same numbers.
   */
  private static int highestOnDisk(
      Stack target, OutputFolder output, StateStore state, List<Plan.NewMigration> planned)
      throws IOException {
    Map<String, String> plannedText = new HashMap<>();
    planned.forEach(m -> m.files().forEach(f -> plannedText.put(f.path(), f.content())));
    Migration sample = planned.get(0).migration();
    Set<String> folders = new TreeSet<>();
    for (String path : state.generatedPaths()) {
      if (target.migrationNumber(path).isPresent()) {
        folders.add(folderOf(path));
      }
    }
    // Where this target puts migrations, known even before it has written any.
    target.migrationFiles(1, sample).forEach(file -> folders.add(folderOf(file.path())));
    int highest = 0;
    for (String folder : folders) {
      Path dir = folder.isEmpty() ? output.root() : output.resolve(folder);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (var entries = Files.list(dir)) {
        for (Path file : entries.filter(Files::isRegularFile).toList()) {
          String name = file.getFileName().toString();
          String path = folder.isEmpty() ? name : folder + "/" + name;
          if (plannedText.containsKey(path)
              && plannedText.get(path).equals(Workspace.read(file).orElse(null))) {
            continue;
          }
          OptionalInt number = target.migrationNumber(path);
          Matcher leading = LEADING_NUMBER.matcher(name);
          if (number.isPresent()) {
            highest = Math.max(highest, number.getAsInt());
          } else if (leading.find() && leading.group(1).length() < 10) {
            highest = Math.max(highest, Integer.parseInt(leading.group(1)));
          }
        }
      }
    }
    return highest;
  }

  /**
   * The schema recorded by the last generation; a damaged snapshot stops the run before it plans
   * migrations.
   */
  private static Optional<RelationalSchema> previousSchema(StateStore state) throws IOException {
    Optional<String> text = state.schema();
    try {
      return text.map(SchemaSnapshot::read);
    } catch (RuntimeException e) {
      throw new IOException(
          state.schemaFile()
              + " is damaged ("
              + e.getMessage()
              + "); restore it from version control: new migrations are planned against it");
    }
  }

  private static String folderOf(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }
}
