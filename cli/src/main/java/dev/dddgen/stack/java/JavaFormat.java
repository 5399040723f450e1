package dev.dddgen.stack.java;

import com.google.googlejavaformat.FormatterDiagnostic;
import com.google.googlejavaformat.java.Formatter;
import com.google.googlejavaformat.java.FormatterException;
import dev.dddgen.render.UnparsableOutputException;

/**
 * google-java-format over every generated .java file, so JavaPoet's and the templates' output read
 * the same and no import is unused. A class of its own so the formatter (and javac's parser behind
 * it) is loaded only when the Java target finishes a file: Go generation never touches it.
 */
final class JavaFormat {
  // The formatter holds no state between calls; one instance serves the parallel renderer.
  private static final Formatter FORMATTER = new Formatter();

  /** google-java-format's column limit: its string wrapping only touches longer lines. */
  private static final int MAX_LINE = 100;

  private JavaFormat() {}

  /**
   * Formats a small class on a background thread, so that javac's parser and the formatter are
   * loaded and compiled while the contexts are built: the first real file then starts warm (about
   * half a second of a generation's wall time on two cores).
   */
  static void warmUp() {
    Thread thread =
        new Thread(
            () ->
                formatWarmUp(
                    """
        package warm.up;
        import java.util.List;
        import java.util.Map;
        /** Warm-up. */
        public record WarmUp(List<String> names, int count) {
          public WarmUp { if (count < 0) { throw new IllegalArgumentException("count"); } }
          static Map<String, Integer> of(List<String> names) { return Map.of("n", names.size()); }
        }
        """),
            "dddgen-format-warm-up");
    thread.setDaemon(true);
    thread.start();
  }

  /** Formats the warm-up class, which parses. */
  private static void formatWarmUp(String source) {
    try {
      format("WarmUp.java", source);
    } catch (UnparsableOutputException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The formatted source; an {@link UnparsableOutputException} when it does not parse. */
  static String format(String path, String source) throws UnparsableOutputException {
    return format(path, source, false);
  }

  /**
   * {@code importsExact}: the source imports exactly what it uses, in google-java-format's order
   * (JavaPoet's output). Then the import fixing, two thirds of the formatter's time, is skipped; so
   * is the wrapping of long strings when no line is too long for it to act on. The text is the same
   * as {@link #format(String, String)}'s.
   */
  static String format(String path, String source, boolean importsExact)
      throws UnparsableOutputException {
    try {
      if (importsExact) {
        String formatted = FORMATTER.formatSource(source);
        if (formatted
            .lines()
            .allMatch(line -> line.length() <= MAX_LINE || line.startsWith("import "))) {
          return formatted;
        }
      }
      return FORMATTER.formatSourceAndFixImports(source);
    } catch (FormatterException e) {
      // An overriding template with a mistake: reported now, naming the template, rather than by
      // javac in the generated project later.
      FormatterDiagnostic first = e.diagnostics().get(0);
      throw new UnparsableOutputException(path, "Java", Math.max(first.line(), 0), first.message());
    } catch (LinkageError e) {
      throw new IllegalStateException(
          "formatting Java needs javac's packages exported (run dddgen with "
              + "'java -jar', whose manifest exports them, or add --add-exports jdk.compiler/...=ALL-UNNAMED)",
          e);
    }
  }
}
