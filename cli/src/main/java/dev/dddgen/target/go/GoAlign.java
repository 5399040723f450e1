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
    text = expandLongFunctionBodies(text);
    int marker = text.indexOf(MARKER);
    if (marker < 0) {
      return text;
    }
    // Only the blocks of marked lines are cut into cells; the text between them is copied as it is.
    String separator = String.valueOf(MARKER);
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0;
    while (marker >= 0) {
      int at = text.lastIndexOf('\n', marker) + 1;
      out.append(text, copied, at);
      List<String[]> block = new ArrayList<>();
      boolean endsWithNewline = true;
      while (marker >= 0 && at <= text.length()) {
        int newline = text.indexOf('\n', at);
        int end = newline < 0 ? text.length() : newline;
        if (marker >= end) {
          break;
        }
        block.add(text.substring(at, end).split(separator, -1));
        endsWithNewline = newline >= 0;
        at = end + 1;
        marker = at <= text.length() ? text.indexOf(MARKER, at) : -1;
      }
      int from = 0;
      for (int to : sections(block)) {
        padColumns(block, 0, from, to);
        from = to;
      }
      for (int k = 0; k < block.size(); k++) {
        for (String cell : block.get(k)) {
          out.append(cell);
        }
        if (k < block.size() - 1 || endsWithNewline) {
          out.append('\n');
        }
      }
      copied = Math.min(at, text.length());
    }
    return out.append(text, copied, text.length()).toString();
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

  /** go/printer keeps a function body on its header's line only while header and body fit in this many columns. */
  private static final int ONE_LINE_FUNC_MAX = 100;

  /**
   * Breaks one-line function bodies ({@code func (r T) Name() int { return r.n }}, or a function
   * literal) whose header and statements exceed 100 columns onto their own lines, as gofmt does:
   * the statements indented one tab deeper than the line, the closing brace back at its indentation.
   * One pass over the text: a broken body's statements are checked the same way (a long function
   * literal inside one), then the scan goes on after the body.
   */
  static String expandLongFunctionBodies(String text) {
    if (!hasLongLineWithFunc(text)) {
      return text;
    }
    StringBuilder out = null;
    int copied = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
        i = endOfLine(text, i);
        continue;
      }
      if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
        int end = text.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
        continue;
      }
      if (c == '"' || c == '\'' || c == '`') {
        i = skipLiteral(text, i);
        continue;
      }
      if (c == 'f' && text.startsWith("func", i) && (i == 0 || !identifierPart(text.charAt(i - 1)))
          && i + 4 < n && (text.charAt(i + 4) == ' ' || text.charAt(i + 4) == '(')) {
        Body body = longBodyAt(text, i);
        if (body != null) {
          if (out == null) {
            out = new StringBuilder(n + 1024);
          }
          out.append(text, copied, body.open + 1).append(expandLongFunctionBodies(body.statements))
              .append(body.indent).append('}');
          copied = body.close + 1;
          i = copied;
          continue;
        }
      }
      i++;
    }
    return out == null ? text : out.append(text, copied, n).toString();
  }

  /**
   * Whether some line is longer than {@link #ONE_LINE_FUNC_MAX} and holds {@code func}: only such a
   * line can need breaking, and most files have none, which this finds without reading them as code.
   */
  private static boolean hasLongLineWithFunc(String text) {
    int n = text.length();
    int start = 0;
    while (start < n) {
      int newline = text.indexOf('\n', start);
      int end = newline < 0 ? n : newline;
      if (end - start > ONE_LINE_FUNC_MAX) {
        for (int i = start; i + 4 <= end; i++) {
          if (text.charAt(i) == 'f' && text.startsWith("func", i)) {
            return true;
          }
        }
      }
      start = end + 1;
    }
    return false;
  }

  /**
   * A one-line body too long to stay so: where its braces are, and its statements as lines (each
   * indented one tab deeper than {@code indent}, the indentation of the function's line).
   */
  private record Body(int open, int close, String statements, String indent) {}

  private static Body longBodyAt(String text, int start) {
    int lineEnd = endOfLine(text, start);
    int depth = 0;
    boolean closedGroup = false;
    int open = -1;
    for (int j = start + 4; j < lineEnd; j++) {
      char c = text.charAt(j);
      if (c == '"' || c == '\'' || c == '`') {
        j = skipLiteral(text, j) - 1;
        continue;
      }
      if (c == '(' || c == '[') {
        depth++;
      } else if (c == ')' || c == ']') {
        depth--;
        if (depth < 0) {
          return null;
        }
        if (depth == 0 && c == ')') {
          closedGroup = true;
        }
      } else if (c == '{' && depth == 0) {
        if (closedGroup && text.charAt(j - 1) == ' ') {
          open = j;
        }
        break;
      } else if (depth == 0 && (c == ',' || c == ';')) {
        return null;
      }
    }
    if (open < 0) {
      return null;
    }
    int close = -1;
    int braces = 0;
    for (int j = open; j < lineEnd; j++) {
      char c = text.charAt(j);
      if (c == '"' || c == '\'' || c == '`') {
        int end = skipLiteral(text, j);
        if (end > lineEnd) {
          return null;
        }
        j = end - 1;
        continue;
      }
      if (c == '{') {
        braces++;
      } else if (c == '}') {
        braces--;
        if (braces == 0) {
          close = j;
          break;
        }
      }
    }
    if (close < 0) {
      return null;
    }
    String body = text.substring(open + 1, close).strip();
    String header = text.substring(start, open).stripTrailing();
    if (body.isEmpty() || header.length() + body.length() <= ONE_LINE_FUNC_MAX) {
      return null;
    }
    int lineStart = text.lastIndexOf('\n', start) + 1;
    int k = lineStart;
    while (k < text.length() && (text.charAt(k) == '\t' || text.charAt(k) == ' ')) {
      k++;
    }
    String indent = text.substring(lineStart, k);
    StringBuilder statements = new StringBuilder("\n");
    for (String statement : splitStatements(body)) {
      statements.append(indent).append('\t').append(statement).append('\n');
    }
    return new Body(open, close, statements.toString(), indent);
  }

  /** Statements of a one-line body, split at top-level semicolons. */
  private static List<String> splitStatements(String body) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int from = 0;
    for (int j = 0; j < body.length(); j++) {
      char c = body.charAt(j);
      if (c == '"' || c == '\'' || c == '`') {
        j = skipLiteral(body, j) - 1;
      } else if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
      } else if (c == ';' && depth == 0) {
        out.add(body.substring(from, j).strip());
        from = j + 1;
      }
    }
    out.add(body.substring(from).strip());
    return out;
  }

  private static int endOfLine(String text, int from) {
    int end = text.indexOf('\n', from);
    return end < 0 ? text.length() : end;
  }

  /** The index just past the string, raw string or rune literal starting at {@code from}. */
  private static int skipLiteral(String text, int from) {
    char quote = text.charAt(from);
    int j = from + 1;
    while (j < text.length()) {
      char c = text.charAt(j);
      if (quote != '`' && c == '\\') {
        j += 2;
        continue;
      }
      if (c == quote || (quote != '`' && c == '\n')) {
        return j + 1;
      }
      j++;
    }
    return text.length();
  }

  private static boolean identifierPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '.';
  }
}
