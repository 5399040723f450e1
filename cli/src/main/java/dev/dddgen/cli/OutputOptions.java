package dev.dddgen.cli;

import picocli.CommandLine.Option;

/** Options every command shares: how much to print and whether in colour. */
public final class OutputOptions {
  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;

  @Option(
      names = {"-v", "--verbose"},
      description = "Print more detail, and stack traces of failures.")
  boolean verbose;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print only errors.")
  boolean quiet;

  @Option(names = "--no-color", description = "Never colour the output (also: NO_COLOR=1).")
  boolean noColor;
}
