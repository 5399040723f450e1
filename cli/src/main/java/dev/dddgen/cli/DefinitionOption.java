package dev.dddgen.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code -f FILE} option of the commands that read a definition. */
public final class DefinitionOption {
  @Option(
      names = {"-f", "--file"},
      paramLabel = "FILE",
      defaultValue = "dddgen.yaml",
      description = "The definition to read (default: ${DEFAULT-VALUE}).")
  Path file;

  /**
   * The definition's folder: where {@code .dddgen/} lives and {@code project.output} is resolved.
   */
  static Path folderOf(Path definition) {
    return definition.toAbsolutePath().normalize().getParent();
  }

  /**
   * The output folder: {@code -o} when given, else {@code project.output} next to the definition.
   */
  static Path outputOf(Path definition, Path outputOption, dev.dddgen.model.DomainModel model) {
    return outputOption != null
        ? outputOption
        : folderOf(definition).resolve(model.project().output());
  }
}
