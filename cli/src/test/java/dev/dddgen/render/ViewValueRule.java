package dev.dddgen.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rule every view value keeps, so that templates own every line they render: a value is a name,
 * a type, a literal or one expression. A string breaks the rule when it
 *
 * <ul>
 *   <li>contains a line break or a tab (layout belongs to the template);
 *   <li>is a statement: it ends with {@code ;}, contains Go's {@code :=}, or starts with a Go or
 *       Java statement keyword followed by a space or parenthesis ({@code if}, {@code for}, {@code
 *       return}, {@code switch}, {@code var}, {@code defer}, {@code go}, {@code goto}, {@code
 *       select}, {@code throw}, {@code try}, {@code do}, {@code while}, {@code case}, {@code else},
 *       {@code break}, {@code continue}) and is not a sentence: one ending with a full stop (a
 *       route's summary "return loan; version, when given, must be ...") or the keyword followed by
 *       three or more plain words and nothing else ("go to the next page"). A bare keyword such as
 *       an action segment "return" is a name;
 *   <li>is a test assertion: it contains {@code assert.}, {@code require.} or {@code assertThat(};
 *   <li>is SQL: it contains {@code SELECT ... FROM}, {@code INSERT INTO}, {@code UPDATE ... SET},
 *       {@code DELETE FROM} or {@code WHERE} followed by a space, in upper case.
 * </ul>
 *
 * <p>The lines of a doc comment (values under the key {@code doc}: prose wrapped at a width, which
 * the template writes after {@code //}) may end with {@code ;} where the wrap falls, or start with
 * a keyword; only line breaks and tabs are checked in them.
 *
 * <p>Values under the key {@code source} (a JavaPoet-built type) and {@code document} (the OpenAPI
 * document, written by a YAML emitter) are whole generated files, not view values, and are not
 * checked.
 */
final class ViewValueRule {
  private static final Pattern KEYWORD =
      Pattern.compile(
          "^(if|for|return|switch|var|defer|go|goto|select|throw|try|do|while|case|else|break"
              + "|continue)[ (]");

  /**
   * What follows a keyword in a sentence: three or more plain words ("go to the next page", "for
   * every order line"). A statement has code punctuation after its keyword or at most two words
   * ({@code return order}, {@code var x int}).
   */
  private static final Pattern PROSE_AFTER_KEYWORD =
      Pattern.compile("^\\w+( +[\\p{L}\\p{N}'-]+){3,}$");

  private static final Pattern ASSERTION = Pattern.compile("assert\\.|require\\.|assertThat\\(");
  private static final Pattern SQL =
      Pattern.compile(
          "\\bSELECT\\s.*\\sFROM\\b|\\bINSERT\\s+INTO\\b|\\bUPDATE\\s+\\S+\\s+SET\\b"
              + "|\\bDELETE\\s+FROM\\b|\\bWHERE\\s");
  private static final java.util.Set<String> WHOLE_FILES = java.util.Set.of("source", "document");
  private static final String DOC_COMMENT = "doc";

  private ViewValueRule() {}

  /** A value that breaks the rule, at its path in the context. */
  record Violation(String path, String value, String reason) {
    @Override
    public String toString() {
      return path + ": " + reason + ": " + value.replace("\n", "\\n").replace("\t", "\\t");
    }
  }

  /** Why {@code value} is not a view value, if it is not one. */
  static Optional<String> check(String value) {
    if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
      return Optional.of("line break");
    }
    if (value.indexOf('\t') >= 0) {
      return Optional.of("tab");
    }
    String text = value.strip();
    boolean prose = text.endsWith(".") || PROSE_AFTER_KEYWORD.matcher(text).matches();
    if (text.endsWith(";") || text.contains(":=") || KEYWORD.matcher(text).find() && !prose) {
      return Optional.of("statement");
    }
    if (ASSERTION.matcher(text).find()) {
      return Optional.of("test assertion");
    }
    if (SQL.matcher(text).find()) {
      return Optional.of("SQL");
    }
    return Optional.empty();
  }

  /**
   * Every value reachable from {@code context} (maps, lists, Optionals, records) that breaks the
   * rule.
   */
  static List<Violation> violations(Object context) {
    List<Violation> out = new ArrayList<>();
    walk(context, "", out);
    return out;
  }

  private static void walk(Object value, String path, List<Violation> out) {
    if (value instanceof String s) {
      Optional<String> reason = check(s);
      if (isDocComment(path)) {
        reason = reason.filter(r -> r.equals("line break") || r.equals("tab"));
      }
      reason.ifPresent(r -> out.add(new Violation(path, s, r)));
    } else if (value instanceof Map<?, ?> map) {
      map.forEach(
          (key, item) -> {
            if (!WHOLE_FILES.contains(String.valueOf(key))) {
              walk(item, join(path, String.valueOf(key)), out);
            }
          });
    } else if (value instanceof Iterable<?> items) {
      int i = 0;
      for (Object item : items) {
        walk(item, path + "[" + i++ + "]", out);
      }
    } else if (value instanceof Optional<?> optional) {
      optional.ifPresent(item -> walk(item, path, out));
    } else if (value instanceof Record view) {
      ViewAccessors accessors = ViewAccessors.of(view.getClass());
      for (String name : accessors.names()) {
        if (!WHOLE_FILES.contains(name)) {
          walk(accessors.get(view, name, null), join(path, name), out);
        }
      }
    }
  }

  /** Whether {@code path} is a line of a doc comment: {@code ...doc[3]}. */
  private static boolean isDocComment(String path) {
    int bracket = path.lastIndexOf('[');
    return bracket > 0 && path.substring(0, bracket).endsWith("." + DOC_COMMENT)
        || bracket == DOC_COMMENT.length() && path.startsWith(DOC_COMMENT);
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }
}
