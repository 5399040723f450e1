package dev.dddgen.stack.java;

import com.google.googlejavaformat.java.Formatter;
import com.google.googlejavaformat.java.FormatterException;

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
    Thread thread = new Thread(() -> format("""
        package warm.up;
        import java.util.List;
        import java.util.Map;
        /** Warm-up. */
        public record WarmUp(List<String> names, int count) {
          public WarmUp { if (count < 0) { throw new IllegalArgumentException("count"); } }
          static Map<String, Integer> of(List<String> names) { return Map.of("n", names.size()); }
        }
        """), "dddgen-format-warm-up");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * The formatted source, or the source as rendered when it does not parse (an overriding template
   * with a mistake): javac's error in the generated project then points at the real line.
   */
  static String format(String source) {
    return format(source, false);
  }

  /**
   * {@code importsExact}: the source imports exactly what it uses, in google-java-format's order
   * (JavaPoet's output). Then the import fixing, two thirds of the formatter's time, is skipped;
   * so is the wrapping of long strings when no line is too long for it to act on. The text is
   * the same as {@link #format(String)}'s.
   */
  static String format(String source, boolean importsExact) {
    try {
      if (importsExact) {
        String formatted = FORMATTER.formatSource(source);
        if (formatted.lines().allMatch(line -> line.length() <= MAX_LINE || line.startsWith("import "))) {
          return formatted;
        }
      }
      return FORMATTER.formatSourceAndFixImports(source);
    } catch (FormatterException e) {
      return source;
    } catch (LinkageError e) {
      throw new IllegalStateException("formatting Java needs javac's packages exported (run dddgen with "
          + "'java -jar', whose manifest exports them, or add --add-exports jdk.compiler/...=ALL-UNNAMED)", e);
    }
  }
}
