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
      int from = 0;
      for (int to : sections(block)) {
        padColumns(block, 0, from, to);
        from = to;
      }
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

  /**
   * Where gofmt breaks the alignment of a block of keyed elements ({@code Key: value} lines): the
   * ends of its sections. As go/printer's exprList does, a key longer than 40 columns (or following
   * one) starts a new section when its size is at least 2.5 times, or at most 1/2.5 of, the geometric
   * mean of the key sizes of the current section. Other blocks (struct fields, const specs) are one
   * section.
   */
  static List<Integer> sections(List<String[]> block) {
    List<Integer> ends = new ArrayList<>();
    int[] sizes = new int[block.size()];
    for (int k = 0; k < block.size(); k++) {
      String key = block.get(k)[0].strip();
      if (block.get(k).length != 2 || !key.endsWith(":")) {
        ends.add(block.size());
        return ends;
      }
      sizes[k] = width(key) - 1;
    }
    final int smallSize = 40;
    final double r = 2.5;
    double lnsum = 0;
    int count = 0;
    for (int k = 0; k < sizes.length; k++) {
      if (k > 0 && count > 0 && (sizes[k - 1] > smallSize || sizes[k] > smallSize)) {
        double ratio = sizes[k] / Math.exp(lnsum / count);
        if (r * ratio <= 1 || r <= ratio) {
          ends.add(k);
          lnsum = 0;
          count = 0;
        }
      }
      lnsum += Math.log(sizes[k]);
      count++;
    }
    ends.add(block.size());
    return ends;
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
