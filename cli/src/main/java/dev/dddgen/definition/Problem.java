package dev.dddgen.definition;

import java.util.Comparator;

/** One thing wrong with a definition: where, what, and (when there is one) how to fix it. */
public record Problem(SourceLocation at, String message, String hint) {

  public static final Comparator<Problem> BY_POSITION =
      Comparator.comparing(Problem::at).thenComparing(Problem::message);

  public Problem {
    hint = hint == null ? "" : hint;
  }

  public static Problem of(SourceLocation at, String message) {
    return new Problem(at, message, "");
  }

  /** {@code FILE:LINE:COLUMN: message — hint}, the shape compilers and editors understand. */
  public String format() {
    return at + ": " + message + (hint.isEmpty() ? "" : " — " + hint);
  }
}
