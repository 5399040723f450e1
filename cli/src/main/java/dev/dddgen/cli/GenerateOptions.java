package dev.dddgen.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options of {@code generate}, shared with {@code add aggregate}, which generates afterwards. */
public final class GenerateOptions {
  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      description =
          "Where to write (default: project.output, relative to the definition's folder).")
  Path output;

  @Option(names = "--dry-run", description = "Print the plan and write nothing.")
  boolean dryRun;

  @Option(
      names = "--diff",
      description = "With --dry-run: also print the unified diff of every change.")
  boolean diff;

  @Option(
      names = {"-y", "--yes"},
      description =
          "Confirm the 'ask first' changes (new aggregates, migrations, API changes, dependencies).")
  boolean yes;

  @Option(
      names = "--allow-destructive",
      description = "Allow migrations that drop tables or columns or narrow types.")
  boolean allowDestructive;

  @Option(names = "--force", description = "Recreate generated files that were deleted by hand.")
  boolean force;

  @Option(
      names = "--templates",
      paramLabel = "DIR",
      description =
          "A folder of template overrides, looked up first; then the project's"
              + " .dddgen/templates/, then the built-in templates.")
  Path templates;
}
