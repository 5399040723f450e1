package dev.dddgen.render;

/** A program the generation needs (gofmt for Go) is not installed; the message says what to do. */
public final class MissingToolException extends RuntimeException {
  public MissingToolException(String message) {
    super(message);
  }
}
