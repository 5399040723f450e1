package dev.dddgen.workspace;

import dev.dddgen.model.Aggregate;
import dev.dddgen.model.DomainModel;
import dev.dddgen.render.ArtifactRenderer;
import dev.dddgen.render.GeneratedFile;
import dev.dddgen.render.RenderException;
import dev.dddgen.render.Renderer;
import dev.dddgen.render.TemplateLookup;
import dev.dddgen.schema.Migration;
import dev.dddgen.schema.MigrationPlanner;
import dev.dddgen.schema.RelationalSchema;
import dev.dddgen.schema.SchemaBuilder;
import dev.dddgen.schema.SchemaSnapshot;
import dev.dddgen.schema.Table;
import dev.dddgen.stack.Stack;
import dev.dddgen.stack.Stacks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The pipeline after the definition: target → render (in memory) → migrations from the schema
 * change → plan against disk and state. Nothing is written until {@link Workspace#apply} is called.
 */
public final class Generation {
  private Generation() {}

  /** Where things are: the definition's folder, the output folder, template overrides. */
  public record Settings(Path definitionDir, Path output, Path templatesOption, boolean force) {}

  public static TemplateLookup templates(Path definitionDir, Path templatesOption) {
    List<TemplateLookup.Source> sources = new ArrayList<>();
    if (templatesOption != null) {
      sources.add(new TemplateLookup.Source("--templates", templatesOption.toAbsolutePath().normalize()));
    }
    sources.add(new TemplateLookup.Source("project", definitionDir.toAbsolutePath().normalize()
        .resolve(StateStore.FOLDER).resolve("templates")));
    return new TemplateLookup(sources);
  }

  public static Plan plan(DomainModel model, Settings settings) throws RenderException, IOException {
    return plan(model, settings, new Timings());
  }

  /** The rendered files; each context is garbage once its group's files are rendered. */
  private static List<GeneratedFile> render(Stack target, DomainModel model, Settings settings,
      Timings timings) throws RenderException {
    Renderer renderer = new Renderer(templates(settings.definitionDir(), settings.templatesOption()));
    String pack = target.templateRoot() + "/";
    renderer.warmUp(() -> TemplateLookup.builtInNames().stream()
        .filter(name -> name.startsWith(pack) && !name.contains("/partials/")).toList());
    // Contexts are built group by group as the groups render: "render" includes building them.
    List<GeneratedFile> files = ArtifactRenderer.renderAll(target.files(model), renderer);
    timings.lap("render");
    return files;
  }

  /** {@code migrations} numbered after {@code highest}, with their files. */
  private static List<Plan.NewMigration> number(Stack target, List<Migration> migrations, int highest) {
    List<Plan.NewMigration> numbered = new ArrayList<>();
    for (Migration migration : migrations) {
      List<GeneratedFile> files = target.migrationFiles(highest + 1, migration);
      if (files.isEmpty()) {
        continue; // a stack without a database writes no migrations
      }
      highest++;
      numbered.add(new Plan.NewMigration(highest, migration, files.stream().map(GeneratedFile::path).toList(), files));
    }
    return numbered;
  }

  /**
   * The highest number among the migration files on disk, in every folder dddgen writes migrations
   * to: a migration the user added by hand (a seed, a data fix) takes its number too, and a new one
   * reusing it would make the migration tool refuse both. A file counts when the target recognises
   * it, or when it is an SQL file whose name starts with a number and '_', as migration tools number them. Files that
   * are exactly those {@code planned} (an interrupted run wrote them, but not the state) do not
   * count: the run that completes it writes the same migrations under the same numbers.
   */
  private static int highestOnDisk(Stack target, OutputFolder output, StateStore state,
      List<Plan.NewMigration> planned) throws IOException {
    java.util.Map<String, String> plannedText = new java.util.HashMap<>();
    planned.forEach(m -> m.files().forEach(f -> plannedText.put(f.path(), f.content())));
    Migration sample = planned.get(0).migration();
    Set<String> folders = new java.util.TreeSet<>();
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
      if (!java.nio.file.Files.isDirectory(dir)) {
        continue;
      }
      try (var entries = java.nio.file.Files.list(dir)) {
        for (Path file : entries.filter(java.nio.file.Files::isRegularFile).toList()) {
          String name = file.getFileName().toString();
          String path = folder.isEmpty() ? name : folder + "/" + name;
          if (plannedText.containsKey(path) && plannedText.get(path).equals(Workspace.read(file).orElse(null))) {
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

  /** The schema recorded by the last generation; a damaged snapshot stops the run before it plans migrations. */
  private static Optional<RelationalSchema> previousSchema(StateStore state) throws IOException {
    Optional<String> text = state.schema();
    try {
      return text.map(SchemaSnapshot::read);
    } catch (RuntimeException e) {
      throw new IOException(state.schemaFile() + " is damaged (" + e.getMessage()
          + "); restore it from version control: new migrations are planned against it");
    }
  }

  private static final Pattern LEADING_NUMBER = Pattern.compile("^0*(\\d+)_.*\\.sql$");

  private static String folderOf(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  public static Plan plan(DomainModel model, Settings settings, Timings timings) throws RenderException, IOException {
    Stack target = Stacks.of(model.project().target());
    List<GeneratedFile> files = new ArrayList<>(render(target, model, settings, timings));
    OutputFolder output = new OutputFolder(settings.output());
    StateStore state = StateStore.locate(settings.definitionDir(), settings.output());

    RelationalSchema schema = SchemaBuilder.build(model);
    Optional<RelationalSchema> previous = previousSchema(state);
    int highest = 0;
    for (String path : state.generatedPaths()) {
      OptionalInt number = target.migrationNumber(path);
      if (number.isPresent()) {
        highest = Math.max(highest, number.getAsInt());
        // Migrations, once written, are never rewritten nor removed: carry what was generated.
        Optional<String> base = state.base(path);
        if (base.isPresent()) {
          files.add(new GeneratedFile(path, base.get(), false));
        }
      }
    }
    boolean initial = previous.isEmpty() && highest == 0;
    List<Migration> migrations = initial
        ? MigrationPlanner.initial(schema)
        : previous.map(p -> MigrationPlanner.changes(p, schema, model)).orElse(List.of());
    Set<String> previousAggregates = previous.map(p -> p.tables().stream().map(Table::owner).collect(Collectors.toSet()))
        .orElse(Set.of());
    List<String> newAggregates = previous.isEmpty() ? List.of()
        : model.aggregates().stream().map(Aggregate::name).filter(a -> !previousAggregates.contains(a)).sorted().toList();
    List<Plan.NewMigration> added = number(target, migrations, highest);
    // No state, yet the first migration dddgen would write is there: the state was lost (never
    // committed), not a project adopting dddgen. Keeping the numbers lets the existing files be
    // recognised (unchanged, or kept as they are) instead of creating every table a second time.
    boolean stateLost = initial && !added.isEmpty()
        && java.nio.file.Files.exists(output.resolve(added.get(0).paths().get(0)));
    if (!added.isEmpty() && !stateLost) {
      int onDisk = highestOnDisk(target, output, state, added);
      if (onDisk > highest) {
        added = number(target, migrations, onDisk);
      }
    }
    for (Plan.NewMigration migration : added) {
      files.addAll(migration.files());
    }
    files.sort(java.util.Comparator.comparing(GeneratedFile::path));
    timings.lap("schema");
    String contract = ApiContract.snapshot(model);
    List<String> breaking = state.contract().map(before -> ApiContract.breakingChanges(before, contract, model)).orElse(List.of());
    Plan plan = Workspace.plan(output, state, files, settings.force(),
        new Plan.Evolution(added, SchemaSnapshot.write(schema), contract, breaking, newAggregates));
    timings.lap("plan");
    return plan;
  }
}
