package dev.dddgen.cli;

import dev.dddgen.definition.DefinitionException;
import dev.dddgen.definition.DefinitionLoader;
import dev.dddgen.model.DomainModel;
import dev.dddgen.workspace.Timings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every command shares: its writers, the output options, and loading a definition. */
abstract class BaseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin OutputOptions output;

  /** Phase times of this run, printed with --verbose. */
  final Timings timings = new Timings();

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  Ansi ansi() {
    return Dddgen.ansi(spec.commandLine(), output.noColor);
  }

  /** A line of progress or summary on stdout, unless {@code --quiet}. */
  void info(String line) {
    if (!output.quiet) {
      out().println(line);
    }
  }

  void verbose(String line) {
    if (output.verbose) {
      err().println(line);
    }
  }

  void printTimings() {
    if (output.verbose) {
      err().print("Phases:\n" + timings.format());
    }
  }

  void warn(String line) {
    err().println(ansi().string("@|yellow warning:|@ ") + line);
  }

  DomainModel loadDefinition(Path file) throws DefinitionException, IOException {
    if (!Files.exists(file)) {
      throw CliFailure.failure(
          "no definition at " + file + " — run 'dddgen init' to create one, or pass -f FILE");
    }
    if (!Files.isRegularFile(file)) {
      throw CliFailure.failure(file + " is not a file");
    }
    if (output.verbose) {
      timings.measureCpu();
    }
    try {
      DefinitionLoader.Checked checked = DefinitionLoader.check(file, file.toString());
      timings.lap("definition");
      ProblemPrinter.printWarnings(err(), checked.warnings(), checked.source(), ansi());
      return checked.model();
    } catch (NoSuchFileException e) {
      throw CliFailure.failure("no definition at " + file);
    }
  }
}
