package dev.dddgen.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "check",
    description = {
      "Exit 1 with a unified diff when the generated code is stale against the definition (for CI).",
      "Writes nothing."
    })
final class CheckCommand extends BaseCommand {
  @Mixin DefinitionOption definition;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR",
      description = "The generated tree (default: project.output, relative to the definition's folder).")
  Path output;

  @Override
  public Integer call() throws Exception {
    loadDefinition(definition.file);
    throw CliFailure.failure("'check' is not yet available in this build");
  }
}
