package dev.dddgen.stack.go;

import java.util.ArrayList;
import java.util.List;

/** Doc comments of the domain templates, wrapped at 77 columns. */
final class DomainDocs {
  private DomainDocs() {}

  static final int WIDTH = 77;

  /** Wraps {@code text} into {@code // } comment lines of at most {@code width} columns. */
  static List<String> comment(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder("//");
    boolean empty = true;
    for (String word : text.trim().split("\\s+")) {
      if (!empty && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line = new StringBuilder("//");
        empty = true;
      }
      line.append(' ').append(word);
      empty = false;
    }
    lines.add(line.toString());
    return lines;
  }

  static List<String> comment(String text) {
    return comment(text, WIDTH);
  }

  /**
   * The lines of {@code text} wrapped as {@link #comment(String, int)} wraps them, without their
   * {@code // }: the template writes the comment marker.
   */
  static List<String> lines(String text, int width) {
    return comment(text, width).stream().map(line -> line.substring(3)).toList();
  }

  static List<String> lines(String text) {
    return lines(text, WIDTH);
  }
}
