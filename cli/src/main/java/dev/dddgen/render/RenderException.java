package dev.dddgen.render;

/** A template that does not parse or refers to a missing variable; names the template and line. */
public final class RenderException extends Exception {
  public RenderException(String message) {
    super(message);
  }

  public RenderException(String message, Throwable cause) {
    super(message, cause);
  }
}
