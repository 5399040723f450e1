package dev.dddgen.workspace;

import dev.dddgen.model.DomainModel;
import dev.dddgen.render.ArtifactRenderer;
import dev.dddgen.render.GeneratedFile;
import dev.dddgen.render.RenderException;
import dev.dddgen.render.RenderedFiles;
import dev.dddgen.render.Renderer;
import dev.dddgen.render.TemplateLookup;
import dev.dddgen.schema.SchemaSnapshot;
import dev.dddgen.stack.Stack;
import dev.dddgen.stack.Stacks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The pipeline after the definition: target → render (in memory) → migrations from the schema
 * change ({@link MigrationPlan}) → plan against disk and state. Nothing is written until {@link
 * Workspace#apply} is called.
 */
public final class Generation {
  private Generation() {}

  /** Where things are: the definition's folder, the output folder, template overrides. */
  public record Settings(Path definitionDir, Path output, Path templatesOption, boolean force) {}

  public static TemplateLookup templates(Path definitionDir, Path templatesOption) {
    List<TemplateLookup.Source> sources = new ArrayList<>();
    if (templatesOption != null) {
      sources.add(
          new TemplateLookup.Source("--templates", templatesOption.toAbsolutePath().normalize()));
    }
    sources.add(
        new TemplateLookup.Source(
            "project",
            definitionDir
                .toAbsolutePath()
                .normalize()
                .resolve(StateStore.FOLDER)
                .resolve("templates")));
    return new TemplateLookup(sources);
  }

  public static Plan plan(DomainModel model, Settings settings)
      throws RenderException, IOException {
    return plan(model, settings, new Timings());
  }

  /**
   * The rendered files; each context is garbage once its group's files are rendered. What the
   * stack's formatter made of a text last time is taken from the state rather than made again.
   */
  private static RenderedFiles render(
      Stack target, DomainModel model, Settings settings, StateStore state, Timings timings)
      throws RenderException {
    Renderer renderer =
        new Renderer(templates(settings.definitionDir(), settings.templatesOption()));
    String pack = target.templateRoot() + "/";
    renderer.warmUp(
        () ->
            TemplateLookup.builtInNames().stream()
                .filter(name -> name.startsWith(pack) && !name.contains("/partials/"))
                .toList());
    // Contexts are built group by group as the groups render: "render" includes building them.
    RenderedFiles files =
        ArtifactRenderer.renderAll(target.files(model), renderer, state::formatted);
    timings.lap("render");
    return files;
  }

  public static Plan plan(DomainModel model, Settings settings, Timings timings)
      throws RenderException, IOException {
    Stack target = Stacks.of(model.project().target());
    OutputFolder output = new OutputFolder(settings.output());
    StateStore state = StateStore.locate(settings.definitionDir(), settings.output());
    RenderedFiles rendered = render(target, model, settings, state, timings);
    List<GeneratedFile> files = new ArrayList<>(rendered.files());
    MigrationPlan migrations = MigrationPlan.of(target, model, output, state);
    files.addAll(migrations.files());
    files.sort(Comparator.comparing(GeneratedFile::path));
    timings.lap("schema");
    String contract = ApiContract.snapshot(model);
    List<String> breaking =
        state
            .contract()
            .map(before -> ApiContract.breakingChanges(before, contract, model))
            .orElse(List.of());
    String events = EventContract.snapshot(model);
    List<String> breakingEvents =
        state
            .eventContract()
            .map(before -> EventContract.breakingChanges(before, events))
            .orElse(List.of());
    Plan.Evolution evolution =
        new Plan.Evolution(
            migrations.added(),
            SchemaSnapshot.write(migrations.schema()),
            contract,
            breaking,
            migrations.newAggregates(),
            events,
            breakingEvents);
    Plan plan =
        Workspace.plan(
            output,
            state,
            files,
            settings.force(),
            evolution,
            rendered.sourceHashes(),
            rendered::sha256Of);
    timings.lap("plan");
    return plan;
  }
}
