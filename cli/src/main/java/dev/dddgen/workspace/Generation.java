package dev.dddgen.workspace;

import dev.dddgen.model.DomainModel;
import dev.dddgen.render.ArtifactRenderer;
import dev.dddgen.render.GeneratedFile;
import dev.dddgen.render.RenderException;
import dev.dddgen.render.Renderer;
import dev.dddgen.render.TemplateLookup;
import dev.dddgen.target.TargetGenerator;
import dev.dddgen.target.Targets;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The pipeline after the definition: target → render (in memory) → plan against disk and state.
 * Nothing is written until {@link Workspace#apply} is called with the plan.
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

  public static List<GeneratedFile> render(DomainModel model, TemplateLookup templates) throws RenderException {
    TargetGenerator target = Targets.of(model.project().target());
    return ArtifactRenderer.renderAll(target, target.artifacts(model), new Renderer(templates));
  }

  public static Plan plan(DomainModel model, Settings settings) throws RenderException, IOException {
    List<GeneratedFile> files = render(model, templates(settings.definitionDir(), settings.templatesOption()));
    OutputFolder output = new OutputFolder(settings.output());
    StateStore state = StateStore.locate(settings.definitionDir(), settings.output());
    return Workspace.plan(output, state, files, settings.force());
  }
}
