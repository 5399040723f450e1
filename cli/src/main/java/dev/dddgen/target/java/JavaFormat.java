package dev.dddgen.target.java;

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

  private JavaFormat() {}

  /**
   * The formatted source, or the source as rendered when it does not parse (an overriding template
   * with a mistake): javac's error in the generated project then points at the real line.
   */
  static String format(String source) {
    try {
      return FORMATTER.formatSourceAndFixImports(source);
    } catch (FormatterException e) {
      return source;
    } catch (LinkageError e) {
      throw new IllegalStateException("formatting Java needs javac's packages exported (run dddgen with "
          + "'java -jar', whose manifest exports them, or add --add-exports jdk.compiler/...=ALL-UNNAMED)", e);
    }
  }
}
