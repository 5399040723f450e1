package dev.dddgen.cli;

import dev.dddgen.model.DomainModel;
import dev.dddgen.render.Artifact;
import dev.dddgen.render.TemplateLookup;
import dev.dddgen.schema.JsonText;
import dev.dddgen.stack.Stack;
import dev.dddgen.stack.Stacks;
import dev.dddgen.workspace.Generation;
import dev.dddgen.workspace.TemplateOverrides;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
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

  /** A --templates folder that does not exist is a mistyped path, never "no overrides". */
  static java.nio.file.Path requireFolder(java.nio.file.Path templates) {
    if (templates != null && !java.nio.file.Files.isDirectory(templates)) {
      throw CliFailure.of(ExitCodes.USAGE, "--templates " + templates + ": no such folder");
    }
    return templates;
  }

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "name a subcommand: list, eject, diff or context");
  }

  @Command(
      name = "list",
      description = {
        "List the templates, where each comes from and what it renders.",
        "Every template of the definition's target and every override: its source (built-in,",
        "project = .dddgen/templates/, --templates) and what it renders (per project, aggregate,",
        "command..., or the number of templates that include a partial)."
      })
  static final class ListTemplates extends BaseCommand {
    @Mixin DefinitionOption definition;

    @Option(
        names = "--templates",
        paramLabel = "DIR",
        description = "Template overrides, as for generate.")
    Path templates;

    @Override
    public Integer call() throws Exception {
      DomainModel model = loadDefinition(definition.file);
      Stack target = Stacks.of(model.project().target());
      Map<String, String> scopes = new TreeMap<>();
      Map<String, Integer> counts = new TreeMap<>();
      for (Artifact artifact : target.artifacts(model)) {
        scopes.putIfAbsent(artifact.template(), scope(artifact));
        counts.merge(artifact.template(), 1, Integer::sum);
      }
      TemplateLookup lookup =
          Generation.templates(
              DefinitionOption.folderOf(definition.file), requireFolder(templates));
      String prefix = target.templateRoot() + "/";
      TreeSet<String> names = new TreeSet<>();
      TemplateLookup.builtInNames().stream().filter(n -> n.startsWith(prefix)).forEach(names::add);
      Map<String, TemplateLookup.Source> overridden = lookup.overridden();
      names.addAll(overridden.keySet());
      // Which templates include each partial, as the overrides have it: a partial's own line says
      // how far an override of it reaches.
      Map<String, Integer> includers = new TreeMap<>();
      for (String name : names) {
        lookup.partialsOf(name).forEach(partial -> includers.merge(partial, 1, Integer::sum));
      }
      List<String[]> rows = new ArrayList<>();
      for (String name : names) {
        String origin = lookup.find(name).map(t -> t.source().label()).orElse("built-in");
        String renders;
        if (scopes.containsKey(name)) {
          renders = scopes.get(name) + " (" + plural(counts.get(name), "file") + ")";
        } else if (includers.containsKey(name)) {
          renders = "partial, included by " + plural(includers.get(name), "template");
        } else if (lookup.builtIn(name).isPresent()) {
          renders = "not used by this definition";
        } else {
          renders = "not used: no built-in template has this name and no template includes it";
        }
        rows.add(new String[] {name, origin, renders});
      }
      int nameWidth = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
      int originWidth = rows.stream().mapToInt(r -> r[1].length()).max().orElse(0);
      for (String[] row : rows) {
        out().printf("%-" + nameWidth + "s  %-" + originWidth + "s  %s%n", row[0], row[1], row[2]);
      }
      return ExitCodes.OK;
    }

    private static String plural(int count, String noun) {
      return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static String scope(Artifact artifact) {
      for (String key :
          List.of("command", "query", "event", "entity", "valueObject", "aggregate")) {
        if (artifact.context().containsKey(key)) {
          return "per " + (key.equals("valueObject") ? "value object" : key);
        }
      }
      return "per project";
    }
  }

  @Command(
      name = "eject",
      description = {
        "Copy built-in templates into .dddgen/templates/ to edit them.",
        "The copy is remembered in .dddgen/ejected/ so that 'templates diff' can show later",
        "upstream changes."
      })
  static final class Eject extends BaseCommand {
    @Parameters(
        arity = "1..*",
        paramLabel = "NAME",
        description = "Logical template names, e.g. go/domain/entity.")
    List<String> names;

    @Mixin DefinitionOption definition;

    @Override
    public Integer call() throws Exception {
      TemplateOverrides overrides =
          new TemplateOverrides(DefinitionOption.folderOf(definition.file));
      List<String> known = TemplateLookup.builtInNames();
      for (String name : names) {
        if (!known.contains(name)) {
          throw CliFailure.of(
              ExitCodes.USAGE,
              "no built-in template '"
                  + name
                  + "'"
                  + dev.dddgen.definition.Suggestions.closest(name, known)
                      .map(c -> " — did you mean '" + c + "'?")
                      .orElse("")
                  + " ('dddgen templates list' shows them)");
        }
      }
      for (String name : names) {
        if (overrides.eject(name)) {
          info(
              "ejected "
                  + name
                  + " → "
                  + overrides.folder().resolve(name + TemplateLookup.EXTENSION));
        } else {
          warn(name + " is already overridden in " + overrides.folder() + "; left as it is");
        }
      }
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "diff",
      description = {
        "Show upstream changes to the templates you ejected.",
        "How the built-in versions changed since you ejected them (after a dddgen upgrade),",
        "so you can port the fixes into your copies."
      })
  static final class Diff extends BaseCommand {
    @Mixin DefinitionOption definition;

    @Override
    public Integer call() throws Exception {
      TemplateOverrides overrides =
          new TemplateOverrides(DefinitionOption.folderOf(definition.file));
      List<String> overridden = overrides.overridden();
      if (overridden.isEmpty()) {
        info("No templates are overridden in " + overrides.folder() + ".");
        return ExitCodes.OK;
      }
      for (String name : overridden) {
        if (TemplateLookup.builtInOnly().builtIn(name).isEmpty()
            && overrides.ejectedFrom(name).isEmpty()) {
          info(
              name
                  + ": not a built-in template (your own partial, or a misspelt name), nothing to compare");
          continue;
        }
        if (overrides.ejectedFrom(name).isEmpty()) {
          info(name + ": written by hand (not ejected), nothing to compare");
          continue;
        }
        String diff = overrides.upstreamChanges(name);
        if (TemplateLookup.builtInOnly().builtIn(name).isEmpty()) {
          info(
              name
                  + ": the built-in template no longer exists (removed or renamed upstream), so your copy is"
                  + " not used; what you ejected:");
          out().print(diff);
        } else if (diff.isEmpty()) {
          info(name + ": the built-in template has not changed since you ejected it");
        } else {
          info(name + ": the built-in template changed since you ejected it:");
          out().print(diff);
        }
      }
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "context",
      description = {
        "Print, as JSON, the context templates see for an aggregate.",
        "Exactly what per-aggregate templates see for AGGREGATE: the project keys plus",
        "'aggregate' (view records print as objects of their names, in declaration order;",
        "docs/templates.md documents every key); for Go also 'files', what each of the",
        "aggregate's files sees, by path."
      })
  static final class Context extends BaseCommand {
    @Parameters(index = "0", paramLabel = "AGGREGATE", description = "The aggregate's name.")
    String aggregate;

    @Mixin DefinitionOption definition;

    @Override
    public Integer call() throws Exception {
      DomainModel model = loadDefinition(definition.file);
      if (model.aggregate(aggregate).isEmpty()) {
        List<String> names = model.aggregates().stream().map(a -> a.name()).toList();
        throw CliFailure.of(
            ExitCodes.USAGE,
            "no aggregate '"
                + aggregate
                + "' in "
                + definition.file
                + dev.dddgen.definition.Suggestions.closest(aggregate, names)
                    .map(c -> " — did you mean '" + c + "'?")
                    .orElse(""));
      }
      Map<String, Object> context =
          new LinkedHashMap<>(
              Stacks.of(model.project().target()).aggregateContext(model, aggregate));
      out().print(JsonText.pretty(dev.dddgen.render.ViewTree.of(context)));
      return ExitCodes.OK;
    }
  }
}
