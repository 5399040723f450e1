package dev.dddgen.cli;

import dev.dddgen.model.DomainModel;
import dev.dddgen.render.TemplateLookup;
import dev.dddgen.schema.Json;
import dev.dddgen.target.Artifact;
import dev.dddgen.target.TargetGenerator;
import dev.dddgen.target.Targets;
import dev.dddgen.workspace.Generation;
import dev.dddgen.workspace.TemplateOverrides;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "templates",
    mixinStandardHelpOptions = true,
    description = {
      "Inspect and customise the templates the generator renders.",
      "A file .dddgen/templates/<name>.mustache (next to dddgen.yaml) overrides the",
      "built-in template <name>; --templates DIR is looked up before both."
    },
    subcommands = {
      TemplatesCommand.ListTemplates.class,
      TemplatesCommand.Eject.class,
      TemplatesCommand.Diff.class,
      TemplatesCommand.Context.class
    })
final class TemplatesCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a subcommand: list, eject, diff or context");
  }

  @Command(name = "list", description = {
      "List every template of the definition's target: where it comes from (built-in,",
      "project, --templates) and what it renders (per project, aggregate, command...)."})
  static final class ListTemplates extends BaseCommand {
    @Mixin DefinitionOption definition;

    @Option(names = "--templates", paramLabel = "DIR", description = "Template overrides, as for generate.")
    Path templates;

    @Override
    public Integer call() throws Exception {
      DomainModel model = loadDefinition(definition.file);
      TargetGenerator target = Targets.of(model.project().target());
      Map<String, String> scopes = new TreeMap<>();
      Map<String, Integer> counts = new TreeMap<>();
      for (Artifact artifact : target.artifacts(model)) {
        scopes.putIfAbsent(artifact.template(), scope(artifact));
        counts.merge(artifact.template(), 1, Integer::sum);
      }
      TemplateLookup lookup = Generation.templates(DefinitionOption.folderOf(definition.file), templates);
      String prefix = model.project().target().id() + "/";
      for (String name : TemplateLookup.builtInNames()) {
        if (!name.startsWith(prefix)) {
          continue;
        }
        String origin = lookup.find(name).map(t -> t.source().label()).orElse("built-in");
        String renders = scopes.containsKey(name)
            ? scopes.get(name) + " (" + counts.get(name) + " file" + (counts.get(name) == 1 ? "" : "s") + ")"
            : "partial / not used by this definition";
        out().printf("%-45s %-11s %s%n", name, origin, renders);
      }
      return ExitCodes.OK;
    }

    private static String scope(Artifact artifact) {
      for (String key : List.of("command", "query", "event", "entity", "valueObject", "aggregate")) {
        if (artifact.context().containsKey(key)) {
          return "per " + (key.equals("valueObject") ? "value object" : key);
        }
      }
      return "per project";
    }
  }

  @Command(name = "eject", description = {
      "Copy built-in templates into .dddgen/templates/ to edit them; the copy is",
      "remembered so 'templates diff' can show later upstream changes."})
  static final class Eject extends BaseCommand {
    @Parameters(arity = "1..*", paramLabel = "NAME", description = "Logical template names, e.g. go/domain/entity.")
    List<String> names;

    @Mixin DefinitionOption definition;

    @Override
    public Integer call() throws Exception {
      TemplateOverrides overrides = new TemplateOverrides(DefinitionOption.folderOf(definition.file));
      List<String> known = TemplateLookup.builtInNames();
      for (String name : names) {
        if (!known.contains(name)) {
          throw CliFailure.of(ExitCodes.USAGE, "no built-in template '" + name + "'"
              + dev.dddgen.definition.Suggestions.closest(name, known).map(c -> " — did you mean '" + c + "'?").orElse("")
              + " ('dddgen templates list' shows them)");
        }
      }
      for (String name : names) {
        if (overrides.eject(name)) {
          info("ejected " + name + " → " + overrides.folder().resolve(name + TemplateLookup.EXTENSION));
        } else {
          warn(name + " is already overridden in " + overrides.folder() + "; left as it is");
        }
      }
      return ExitCodes.OK;
    }
  }

  @Command(name = "diff", description = {
      "Show how the built-in versions of your ejected templates changed since you",
      "ejected them (after a dddgen upgrade), so you can port upstream fixes."})
  static final class Diff extends BaseCommand {
    @Mixin DefinitionOption definition;

    @Override
    public Integer call() throws Exception {
      TemplateOverrides overrides = new TemplateOverrides(DefinitionOption.folderOf(definition.file));
      List<String> overridden = overrides.overridden();
      if (overridden.isEmpty()) {
        info("No templates are overridden in " + overrides.folder() + ".");
        return ExitCodes.OK;
      }
      for (String name : overridden) {
        if (overrides.ejectedFrom(name).isEmpty()) {
          info(name + ": written by hand (not ejected), nothing to compare");
          continue;
        }
        String diff = overrides.upstreamChanges(name);
        if (diff.isEmpty()) {
          info(name + ": the built-in template has not changed since you ejected it");
        } else {
          info(name + ": the built-in template changed since you ejected it:");
          out().print(diff);
        }
      }
      return ExitCodes.OK;
    }
  }

  @Command(name = "context", description = {
      "Print, as JSON, exactly the context that per-aggregate templates see for",
      "AGGREGATE (docs/templates.md documents every key)."})
  static final class Context extends BaseCommand {
    @Parameters(index = "0", paramLabel = "AGGREGATE", description = "The aggregate's name.")
    String aggregate;

    @Mixin DefinitionOption definition;

    @Override
    public Integer call() throws Exception {
      DomainModel model = loadDefinition(definition.file);
      if (model.aggregate(aggregate).isEmpty()) {
        List<String> names = model.aggregates().stream().map(a -> a.name()).toList();
        throw CliFailure.of(ExitCodes.USAGE, "no aggregate '" + aggregate + "' in " + definition.file
            + dev.dddgen.definition.Suggestions.closest(aggregate, names).map(c -> " — did you mean '" + c + "'?").orElse(""));
      }
      Map<String, Object> context = new LinkedHashMap<>(Targets.of(model.project().target()).aggregateContext(model, aggregate));
      out().print(Json.pretty(context));
      return ExitCodes.OK;
    }
  }
}
