package dev.dddgen.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code -f FILE} option of the commands that read a definition. */
public final class DefinitionOption {
  @Option(names = {"-f", "--file"}, paramLabel = "FILE", defaultValue = "dddgen.yaml",
      description = "The definition to read (default: ${DEFAULT-VALUE}).")
  Path file;
}
