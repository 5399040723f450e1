package dev.dddgen.target.go;

import java.util.ArrayList;
import java.util.List;

/**
 * Pads the cells templates mark with {@code ¦} exactly as gofmt's tabwriter aligns struct fields,
 * keyed literals and const blocks, so generated code is gofmt-clean without running gofmt. A cell is
 * the text of a line up to a marker; consecutive lines with a cell in the same column form a block
 * whose cells are padded to the widest one. A line without a marker ends every block.
 */
public final class GoAlign {
  public static final char MARKER = '\u00a6';

  private GoAlign() {}

  public static String align(String text) {
    if (text.indexOf(MARKER) < 0) {
      return text;
    }
    String[] lines = text.split("\n", -1);
    List<String[]> cells = new ArrayList<>(lines.length);
    for (String line : lines) {
      cells.add(line.indexOf(MARKER) < 0 ? null : line.split(String.valueOf(MARKER), -1));
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < lines.length) {
      if (cells.get(i) == null) {
        out.append(lines[i]);
        if (i < lines.length - 1) {
          out.append('\n');
        }
        i++;
        continue;
      }
      int end = i;
      while (end < lines.length && cells.get(end) != null) {
        end++;
      }
      List<String[]> block = cells.subList(i, end);
      padColumns(block, 0, 0, block.size());
      for (int k = i; k < end; k++) {
        out.append(String.join("", cells.get(k)));
        if (k < lines.length - 1) {
          out.append('\n');
        }
      }
      i = end;
    }
    return out.toString();
  }

  /** Pads column {@code column} of lines [from, to) that have it, then the next column within each run. */
  private static void padColumns(List<String[]> block, int column, int from, int to) {
    int k = from;
    while (k < to) {
      if (block.get(k).length - 1 <= column) {
        k++;
        continue;
      }
      int runEnd = k;
      int width = 0;
      while (runEnd < to && block.get(runEnd).length - 1 > column) {
        width = Math.max(width, width(block.get(runEnd)[column]));
        runEnd++;
      }
      for (int r = k; r < runEnd; r++) {
        String[] row = block.get(r);
        row[column] = row[column] + " ".repeat(width - width(row[column]));
      }
      padColumns(block, column + 1, k, runEnd);
      k = runEnd;
    }
  }

  private static int width(String cell) {
    return cell.codePointCount(0, cell.length());
  }
}
