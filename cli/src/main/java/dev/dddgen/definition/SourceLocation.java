package dev.dddgen.definition;

/** A position in a definition file; line and column are 1-based, as editors show them. */
public record SourceLocation(String file, int line, int column)
    implements Comparable<SourceLocation> {

  public static SourceLocation startOf(String file) {
    return new SourceLocation(file, 1, 1);
  }

  @Override
  public int compareTo(SourceLocation other) {
    int byLine = Integer.compare(line, other.line);
    return byLine != 0 ? byLine : Integer.compare(column, other.column);
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
