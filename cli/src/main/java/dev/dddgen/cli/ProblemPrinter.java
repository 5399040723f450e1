package dev.dddgen.cli;

import dev.dddgen.definition.DefinitionException;
import dev.dddgen.definition.Problem;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Help.Ansi;

/** Prints definition problems compiler-style: location, message, hint, and the offending line. */
final class ProblemPrinter {
  private ProblemPrinter() {}

  static void print(PrintWriter err, DefinitionException e, Ansi ansi) {
    print(err, e.problems(), e.source(), "red", "error", ansi);
    printWarnings(err, e.warnings(), e.source(), ansi);
    int count = e.problems().size();
    err.println(count + (count == 1 ? " problem" : " problems") + " found; nothing was written.");
  }

  /** Warnings: the same shape as errors, in yellow; they refuse nothing. */
  static void printWarnings(PrintWriter err, List<Problem> warnings, String source, Ansi ansi) {
    print(err, warnings, source, "yellow", "warning", ansi);
  }

  private static void print(
      PrintWriter err,
      List<Problem> problems,
      String source,
      String color,
      String severity,
      Ansi ansi) {
    String[] lines = source.split("\r?\n", -1);
    for (Problem problem : problems) {
      err.println(
          ansi.string(
                  "@|bold "
                      + escape(problem.at().toString())
                      + ":|@ @|"
                      + color
                      + ",bold "
                      + severity
                      + ":|@ ")
              + problem.message()
              + (problem.hint().isEmpty() ? "" : ansi.string(" @|faint —|@ ") + problem.hint()));
      int line = problem.at().line();
      if (line >= 1 && line <= lines.length && !lines[line - 1].isBlank()) {
        String number = String.valueOf(line);
        String gutter = " ".repeat(number.length());
        String text = lines[line - 1];
        err.println(" " + number + " | " + text);
        int column = Math.min(Math.max(problem.at().column(), 1), text.length() + 1);
        err.println(
            " " + gutter + " | " + " ".repeat(column - 1) + ansi.string("@|" + color + " ^|@"));
      }
    }
  }

  /**
   * Picocli markup treats '|' and '@' specially; file names rarely hold them, but must not break.
   */
  private static String escape(String text) {
    return text.replace("@|", "@ |");
  }
}
