package dev.dddgen.render;

/**
 * A name in the definition meets a name the stack's generated code has already: a file path, or a
 * type a generated file uses. The definition must change (exit 3), and nothing is written.
 */
public abstract class ClashException extends RuntimeException {
  protected ClashException(String message) {
    super(message);
  }
}
