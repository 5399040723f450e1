package dev.dddgen.stack.go;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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
    // The cells are read in place, by offsets: first every marked line, block by block, then the
    // padding of each block's cells.
    int n = text.length();
    MarkedLines lines = new MarkedLines();
    List<Integer> blockEnds = new ArrayList<>();
    while (marker >= 0) {
      int at = text.lastIndexOf('\n', marker) + 1;
      while (marker >= 0) {
        int newline = text.indexOf('\n', at);
        int end = newline < 0 ? n : newline;
        if (marker >= end) {
          break;
        }
        lines.startLine(at, end);
        while (marker >= 0 && marker < end) {
          lines.addMarker(marker);
          marker = text.indexOf(MARKER, marker + 1);
        }
        at = end + 1;
      }
      blockEnds.add(lines.count);
    }
    lines.endLines();
    int blockStart = 0;
    for (int blockEnd : blockEnds) {
      int from = blockStart;
      for (int to : sections(text, lines, blockStart, blockEnd)) {
        padColumns(text, lines, 0, from, to);
        from = to;
      }
      blockStart = blockEnd;
    }
    // The output is the text with each marker replaced by the padding of the cell before it (a
    // line's last cell, after its last marker, is never padded): one buffer of the exact size.
    int size = n - lines.markers;
    for (int m = 0; m < lines.markers; m++) {
      size += lines.pad[m];
    }
    StringBuilder out = new StringBuilder(size);
    int copied = 0;
    for (int m = 0; m < lines.markers; m++) {
      out.append(text, copied, lines.marker[m]);
      appendSpaces(out, lines.pad[m]);
      copied = lines.marker[m] + 1;
    }
    return out.append(text, copied, n).toString();
  }

  /**
   * The marked lines of a text, by offsets: line {@code k} spans {@code [lineStart[k], lineEnd[k])}
   * and holds markers {@code [firstMarker[k], firstMarker[k + 1])} of {@code marker}. Cell {@code c}
   * of a line is the text before its marker {@code c} (back to the line's start or the previous
   * marker); its last cell is the text after its last marker. {@code pad[m]} is the padding that
   * replaces marker {@code m}.
   */
  private static final class MarkedLines {
    int count;
    int[] lineStart = new int[32];
    int[] lineEnd = new int[32];
    int[] firstMarker = new int[33];
    int markers;
    int[] marker = new int[64];
    int[] pad = new int[64];

    void startLine(int start, int end) {
      if (count == lineStart.length) {
        lineStart = Arrays.copyOf(lineStart, count * 2);
        lineEnd = Arrays.copyOf(lineEnd, count * 2);
        firstMarker = Arrays.copyOf(firstMarker, count * 2 + 1);
      }
      lineStart[count] = start;
      lineEnd[count] = end;
      firstMarker[count] = markers;
      count++;
    }

    void addMarker(int at) {
      if (markers == marker.length) {
        marker = Arrays.copyOf(marker, markers * 2);
        pad = Arrays.copyOf(pad, markers * 2);
      }
      marker[markers] = at;
      markers++;
    }

    void endLines() {
      firstMarker[count] = markers;
    }

    /** The number of cells of line {@code k}: one more than its markers. */
    int cells(int k) {
      return firstMarker[k + 1] - firstMarker[k] + 1;
    }

    int cellStart(int k, int c) {
      return c == 0 ? lineStart[k] : marker[firstMarker[k] + c - 1] + 1;
    }

    int cellEnd(int k, int c) {
      return c == cells(k) - 1 ? lineEnd[k] : marker[firstMarker[k] + c];
    }

    /** The width of cell {@code c} of line {@code k} in columns: its code points. */
    int width(String text, int k, int c) {
      return text.codePointCount(cellStart(k, c), cellEnd(k, c));
    }
  }

  private static final String SPACES = " ".repeat(64);

  private static void appendSpaces(StringBuilder out, int count) {
    for (int left = count; left > 0; left -= SPACES.length()) {
      out.append(SPACES, 0, Math.min(left, SPACES.length()));
    }
  }

  /**
   * Where gofmt breaks the alignment of a block of keyed elements ({@code Key: value} lines): the
   * ends of its sections. As go/printer's exprList does, a key longer than 40 columns (or following
   * one) starts a new section when its size is at least 2.5 times, or at most 1/2.5 of, the geometric
   * mean of the key sizes of the current section. Other blocks (struct fields, const specs) are one
   * section.
   */
  private static List<Integer> sections(String text, MarkedLines lines, int first, int last) {
    List<Integer> ends = new ArrayList<>();
    int[] sizes = new int[last - first];
    for (int k = first; k < last; k++) {
      if (lines.cells(k) != 2) {
        ends.add(last);
        return ends;
      }
      // The key is the first cell stripped of white space (as String.strip does: char by char
      // is the same, no white space being a surrogate) and must end with a colon.
      int start = lines.cellStart(k, 0);
      int end = lines.cellEnd(k, 0);
      while (start < end && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      if (end == start || text.charAt(end - 1) != ':') {
        ends.add(last);
        return ends;
      }
      sizes[k - first] = text.codePointCount(start, end) - 1;
    }
    final int smallSize = 40;
    final double r = 2.5;
    double lnsum = 0;
    int count = 0;
    for (int k = 0; k < sizes.length; k++) {
      if (k > 0 && count > 0 && (sizes[k - 1] > smallSize || sizes[k] > smallSize)) {
        double ratio = sizes[k] / Math.exp(lnsum / count);
        if (r * ratio <= 1 || r <= ratio) {
          ends.add(first + k);
          lnsum = 0;
          count = 0;
        }
      }
      lnsum += Math.log(sizes[k]);
      count++;
    }
    ends.add(last);
    return ends;
  }

  /**
   * Pads column {@code column} of lines [from, to) that have it (a cell followed by a marker), then
   * the next column within each run of such lines.
   */
  private static void padColumns(String text, MarkedLines lines, int column, int from, int to) {
    int k = from;
    while (k < to) {
      if (lines.cells(k) - 1 <= column) {
        k++;
        continue;
      }
      int runEnd = k;
      int width = 0;
      while (runEnd < to && lines.cells(runEnd) - 1 > column) {
        width = Math.max(width, lines.width(text, runEnd, column));
        runEnd++;
      }
      for (int r = k; r < runEnd; r++) {
        lines.pad[lines.firstMarker[r] + column] = width - lines.width(text, r, column);
      }
      padColumns(text, lines, column + 1, k, runEnd);
      k = runEnd;
    }
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
    if (!mayHoldLongBody(text)) {
      return text;
    }
    byte[] code = scannable(text);
    if (!holdsLongBody(text, code)) {
      return text;
    }
    StringBuilder out = null;
    int copied = 0;
    int n = code.length;
    int i = 0;
    while (i < n) {
      byte c = code[i];
      if (c == '/' && i + 1 < n && code[i + 1] == '/') {
        i = endOfLine(code, i);
        continue;
      }
      if (c == '/' && i + 1 < n && code[i + 1] == '*') {
        i = skipBlockComment(code, i + 2);
        continue;
      }
      if (c == '"' || c == '\'' || c == '`') {
        i = skipLiteral(code, i);
        continue;
      }
      if (c == 'f' && isFunc(text, code, i)) {
        Body body = longBodyAt(text, code, i);
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

  /** Whether the keyword {@code func} starts at {@code i}, followed by a space or a parameter list. */
  private static boolean isFunc(String text, byte[] code, int i) {
    return i + 4 < code.length && code[i] == 'f' && code[i + 1] == 'u' && code[i + 2] == 'n' && code[i + 3] == 'c'
        && (code[i + 4] == ' ' || code[i + 4] == '(') && (i == 0 || !identifierPart(text.charAt(i - 1)));
  }

  /**
   * Whether some line holds a {@code func} and, at least {@link #ONE_LINE_FUNC_MAX} + 2 characters
   * further, a {@code }}, as a body too long for one line must (header and statements leave out at
   * least the braces). Most files have none, which this finds without reading them as code: it
   * looks into lines long enough only.
   */
  private static boolean mayHoldLongBody(String text) {
    final int reach = ONE_LINE_FUNC_MAX + 2;
    int n = text.length();
    int func = -1; // the first func at or after the line's start, found once for all lines before it
    int start = 0;
    while (start < n) {
      int newline = text.indexOf('\n', start);
      int end = newline < 0 ? n : newline;
      if (end - start > reach) {
        if (func < start) {
          func = text.indexOf("func", start);
          if (func < 0) {
            return false;
          }
        }
        for (int j = end - 1; j >= func + reach; j--) {
          if (text.charAt(j) == '}') {
            return true;
          }
        }
      }
      start = end + 1;
    }
    return false;
  }

  /**
   * Whether some {@code func}, read as code or not, starts a body too long for its line: the body
   * does not depend on what precedes it, so only a text where one does needs reading as code, to
   * tell the functions from what comments and literals hold.
   */
  private static boolean holdsLongBody(String text, byte[] code) {
    for (int at = text.indexOf("func"); at >= 0; at = text.indexOf("func", at + 4)) {
      if (isFunc(text, code, at) && longBodyAt(text, code, at) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * The text as one byte per char, which the scans read as a plain array where {@code String.charAt}
   * costs the C1-compiled code a generator runs on a call each: Latin-1 chars as themselves (one
   * array copy), any other as {@code ?}. The scans tell apart only ASCII punctuation and letters, so
   * they read a stand-in as they would the char; what else they need (widths, white space, the
   * character before a {@code func}) they read from the text.
   */
  private static byte[] scannable(String text) {
    byte[] latin1 = text.getBytes(StandardCharsets.ISO_8859_1);
    if (latin1.length == text.length()) {
      return latin1;
    }
    // A surrogate pair became one '?': the offsets would no longer be the text's.
    byte[] code = new byte[text.length()];
    for (int i = 0; i < code.length; i++) {
      char c = text.charAt(i);
      code[i] = c <= 0xff ? (byte) c : (byte) '?';
    }
    return code;
  }

  /**
   * A one-line body too long to stay so: where its braces are, and its statements as lines (each
   * indented one tab deeper than {@code indent}, the indentation of the function's line).
   */
  private record Body(int open, int close, String statements, String indent) {}

  private static Body longBodyAt(String text, byte[] code, int start) {
    int lineEnd = endOfLine(code, start);
    if (lineEnd - start <= ONE_LINE_FUNC_MAX + 2) {
      return null; // header and body, without the braces, fit
    }
    int depth = 0;
    boolean closedGroup = false;
    int open = -1;
    for (int j = start + 4; j < lineEnd; j++) {
      byte c = code[j];
      if (c == '"' || c == '\'' || c == '`') {
        j = skipLiteral(code, j) - 1;
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
        if (closedGroup && code[j - 1] == ' ') {
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
      byte c = code[j];
      if (c == '"' || c == '\'' || c == '`') {
        int end = skipLiteral(code, j);
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
    while (k < code.length && (code[k] == '\t' || code[k] == ' ')) {
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
    byte[] code = scannable(body);
    int depth = 0;
    int from = 0;
    for (int j = 0; j < code.length; j++) {
      byte c = code[j];
      if (c == '"' || c == '\'' || c == '`') {
        j = skipLiteral(code, j) - 1;
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

  private static int endOfLine(byte[] code, int from) {
    for (int i = from; i < code.length; i++) {
      if (code[i] == '\n') {
        return i;
      }
    }
    return code.length;
  }

  /** The index just past the {@code *}{@code /} that ends a block comment, or the end of the code. */
  private static int skipBlockComment(byte[] code, int from) {
    for (int i = from; i + 1 < code.length; i++) {
      if (code[i] == '*' && code[i + 1] == '/') {
        return i + 2;
      }
    }
    return code.length;
  }

  /** The index just past the string, raw string or rune literal starting at {@code from}. */
  private static int skipLiteral(byte[] code, int from) {
    byte quote = code[from];
    int j = from + 1;
    while (j < code.length) {
      byte c = code[j];
      if (quote != '`' && c == '\\') {
        j += 2;
        continue;
      }
      if (c == quote || (quote != '`' && c == '\n')) {
        return j + 1;
      }
      j++;
    }
    return code.length;
  }

  private static boolean identifierPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '.';
  }
}
