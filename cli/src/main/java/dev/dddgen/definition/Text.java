package dev.dddgen.definition;

/** A scalar from the definition together with where it was written. */
public record Text(String value, SourceLocation at, Kind kind) {

  /** What the YAML resolver made of the scalar; quoted scalars are always {@link #STRING}. */
  public enum Kind {
    STRING,
    INT,
    FLOAT,
    BOOL,
    NULL
  }

  public boolean isNumber() {
    return kind == Kind.INT || kind == Kind.FLOAT;
  }

  @Override
  public String toString() {
    return value;
  }
}
