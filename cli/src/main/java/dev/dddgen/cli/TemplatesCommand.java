package dev.dddgen.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
    name = "templates",
    description = "Inspect and customise the templates the generator renders.",
    subcommands = {TemplatesCommand.ListTemplates.class, TemplatesCommand.Eject.class, TemplatesCommand.Context.class})
final class TemplatesCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a subcommand: list, eject or context");
  }

  @Command(name = "list", description = "List every template with its source (built-in, project, --templates).")
  static final class ListTemplates extends BaseCommand {
    @Mixin DefinitionOption definition;

    @Override
    public Integer call() {
      throw CliFailure.failure("'templates list' is not yet available in this build");
    }
  }

  @Command(name = "eject", description = "Copy built-in templates into .dddgen/templates/ to edit them.")
  static final class Eject extends BaseCommand {
    @Parameters(arity = "1..*", paramLabel = "NAME", description = "Logical template names, e.g. go/domain/entity.")
    List<String> names;

    @Mixin DefinitionOption definition;

    @Override
    public Integer call() {
      throw CliFailure.failure("'templates eject' is not yet available in this build");
    }
  }

  @Command(name = "context", description = "Print, as JSON, the context templates see for AGGREGATE.")
  static final class Context extends BaseCommand {
    @Parameters(index = "0", paramLabel = "AGGREGATE", description = "The aggregate's name.")
    String aggregate;

    @Mixin DefinitionOption definition;

    @Override
    public Integer call() throws Exception {
      loadDefinition(definition.file);
      throw CliFailure.failure("'templates context' is not yet available in this build");
    }
  }
}
