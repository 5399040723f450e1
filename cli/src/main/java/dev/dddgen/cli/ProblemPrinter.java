package dev.dddgen.cli;

import dev.dddgen.definition.DefinitionException;
import dev.dddgen.definition.Problem;
import java.io.PrintWriter;
import picocli.CommandLine.Help.Ansi;

/** Prints definition problems compiler-style: location, message, hint, and the offending line. */
final class ProblemPrinter {
  private ProblemPrinter() {}

  static void print(PrintWriter err, DefinitionException e, Ansi ansi) {
    String[] lines = e.source().split("\r?\n", -1);
    for (Problem problem : e.problems()) {
      err.println(
          ansi.string("@|bold " + escape(problem.at().toString()) + ":|@ @|red,bold error:|@ ")
              + problem.message()
              + (problem.hint().isEmpty() ? "" : ansi.string(" @|faint —|@ ") + problem.hint()));
      int line = problem.at().line();
      if (line >= 1 && line <= lines.length && !lines[line - 1].isBlank()) {
        String number = String.valueOf(line);
        String gutter = " ".repeat(number.length());
        String text = lines[line - 1];
        err.println(" " + number + " | " + text);
        int column = Math.min(Math.max(problem.at().column(), 1), text.length() + 1);
        err.println(" " + gutter + " | " + " ".repeat(column - 1) + ansi.string("@|red ^|@"));
      }
    }
    int count = e.problems().size();
    err.println(count + (count == 1 ? " problem" : " problems") + " found; nothing was written.");
  }

  /**
   * Picocli markup treats '|' and '@' specially; file names rarely hold them, but must not break.
   */
  private static String escape(String text) {
    return text.replace("@|", "@ |");
  }
}
