package dev.dddgen.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "generate",
    description = {
      "Generate (or regenerate) the backend described by the definition.",
      "Untouched files are replaced, edited ones merged three-way; conflicts are marked and exit 1.",
      "Nothing is written when the definition or a template is invalid."
    })
final class GenerateCommand extends BaseCommand {
  @Mixin DefinitionOption definition;
  @Mixin GenerateOptions options;

  @Override
  public Integer call() throws Exception {
    loadDefinition(definition.file);
    throw CliFailure.failure("'generate' is not yet available in this build");
  }
}
