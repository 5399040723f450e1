package dev.dddgen.definition;

import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

/**
 * {@link YamlLoader}'s fastest path: reads the YAML subset definitions are written in straight
 * from the text, without SnakeYAML's scanner (which, reading code point by code point through
 * a token queue, costs most of loading a large definition).
 *
 * <p>The subset: text of printable characters of the Basic Multilingual Plane (non-ASCII ones only
 * in comments and quoted scalars); block mappings indented with spaces; flow mappings and lists on one
 * line; one-line plain scalars of letters, digits, {@code _ . / + -} and inner spaces; one-line
 * quoted scalars (only {@code \\}, {@code \"} and {@code \/} escaped); comments; empty values.
 * Anything else (block lists, multi-line scalars, anchors, tags, tabs, document markers, trailing
 * commas, duplicate keys, anything odd) makes {@link #read} return null, and the loader falls
 * back to {@link PlainReader} and then to SnakeYAML's composer, so whatever this reader accepts
 * it must read exactly as SnakeYAML does: same values, kinds and locations (YamlLoaderTest holds
 * it to that, on the examples, the broken corpus and random mutations).
 */
final class SubsetReader {
  /** SnakeYAML refuses an implicit key longer than 1024 characters; such keys are left to it. */
  private static final int MAX_KEY = 1000;

  private final String file;
  private final String text;
  private final int length;
  private final ScalarResolver resolver;
  private int pos;
  /** 1-based number of the line {@link #pos} is on, and the index where that line starts. */
  private int line = 1;
  private int lineStart;
  private int nodes;

  /** Unwinds the reader when the text leaves the subset; preallocated, without a stack trace. */
  private static final class Unsupported extends RuntimeException {
    private static final Unsupported INSTANCE = new Unsupported();

    private Unsupported() {
      super(null, null, false, false);
    }
  }

  private SubsetReader(String file, String text, ScalarResolver resolver) {
    this.file = file;
    this.text = text;
    this.length = text.length();
    this.resolver = resolver;
  }

  /** The document's root, or null when the text is not in the subset (see above). */
  static YamlNode read(String file, String text, ScalarResolver resolver) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x7F ? c < 0x20 && c != '\n' : !isPlainUnicode(c)) {
        return null;
      }
    }
    try {
      return new SubsetReader(file, text, resolver).document();
    } catch (Unsupported e) {
      return null;
    }
  }

  /**
   * A character SnakeYAML takes as printable and counts as one column that is not a line break:
   * outside it lie tabs, carriage returns, control characters, a BOM, NEL and the Unicode line
   * separators, and surrogates (a code point beyond the BMP is one column but two chars).
   */
  private static boolean isPlainUnicode(char c) {
    return c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029 || c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF;
  }

  private static Unsupported unsupported() {
    return Unsupported.INSTANCE;
  }

  private YamlNode document() {
    skipBlankLines();
    if (pos >= length || indentation() != 0) {
      throw unsupported();
    }
    YamlNode root = blockMapping(0, 0);
    if (pos < length) {
      throw unsupported();
    }
    return root;
  }

  /** Counts and limits nodes as {@code YamlLoader.convert} does: values, items and the root, not keys. */
  private void count(int depth) {
    if (++nodes > YamlLoader.MAX_NODES || depth > YamlLoader.MAX_DEPTH) {
      throw unsupported();
    }
  }

  /** A block mapping whose keys start at column {@code indent}; {@link #pos} is at a line's start. */
  private YamlNode blockMapping(int indent, int depth) {
    count(depth);
    SourceLocation at = location(pos + indent);
    List<YamlNode.Entry> entries = new ArrayList<>();
    SeenKeys keys = new SeenKeys();
    while (true) {
      pos += indent;
      if (indent == 0 && (text.startsWith("---", pos) || text.startsWith("...", pos))) {
        throw unsupported();
      }
      Text key = plain(Context.BLOCK_KEY);
      if (!keys.add(key.value())) {
        throw unsupported(); // a duplicate key: reported by the composer path, with both locations
      }
      int colon = pos; // plain() stopped at ':' followed by a space, a line end or the text's end
      pos++;
      skipSpaces();
      YamlNode value;
      if (pos >= length || text.charAt(pos) == '\n' || text.charAt(pos) == '#') {
        // SnakeYAML places an empty value just after the ':'.
        SourceLocation empty = location(colon + 1);
        endLine();
        skipBlankLines();
        if (pos < length && indentation() > indent) {
          value = blockMapping(indentation(), depth + 1);
        } else {
          count(depth + 1);
          value = new YamlNode.Scalar(new Text("", empty, Text.Kind.NULL));
        }
      } else {
        value = inline(Context.BLOCK_VALUE, depth + 1);
        skipSpaces();
        if (pos < length && text.charAt(pos) == '#' && text.charAt(pos - 1) != ' ') {
          throw unsupported();
        }
        endLine();
        skipBlankLines();
      }
      entries.add(new YamlNode.Entry(key, value));
      if (pos >= length) {
        break;
      }
      int next = indentation();
      if (next < indent) {
        break;
      }
      if (next > indent) {
        throw unsupported(); // a continuation line, or an error SnakeYAML reports
      }
    }
    return new YamlNode.Mapping(at, List.copyOf(entries));
  }

  /** A value written on the line: a flow collection or a scalar. */
  private YamlNode inline(Context context, int depth) {
    char c = text.charAt(pos);
    if (c == '{') {
      return flowMapping(depth);
    }
    if (c == '[') {
      return flowList(depth);
    }
    count(depth);
    if (c == '"' || c == '\'') {
      return new YamlNode.Scalar(quoted(c));
    }
    return new YamlNode.Scalar(plain(context));
  }

  private YamlNode flowMapping(int depth) {
    count(depth);
    SourceLocation at = location(pos);
    pos++;
    skipSpaces();
    List<YamlNode.Entry> entries = new ArrayList<>();
    if (peek() == '}') {
      pos++;
      return new YamlNode.Mapping(at, List.of());
    }
    SeenKeys keys = new SeenKeys();
    while (true) {
      Text key = plain(Context.FLOW_KEY);
      if (!keys.add(key.value())) {
        throw unsupported(); // a duplicate key: reported by the composer path, with both locations
      }
      pos++; // the ':'
      skipSpaces();
      char c = peek();
      if (c == ',' || c == '}' || c == ']' || c == '\n' || c == 0) {
        throw unsupported(); // an empty value
      }
      entries.add(new YamlNode.Entry(key, inline(Context.FLOW, depth + 1)));
      skipSpaces();
      if (!separator('}')) {
        break;
      }
    }
    return new YamlNode.Mapping(at, List.copyOf(entries));
  }

  private YamlNode flowList(int depth) {
    count(depth);
    SourceLocation at = location(pos);
    pos++;
    skipSpaces();
    List<YamlNode> items = new ArrayList<>();
    if (peek() == ']') {
      pos++;
      return new YamlNode.Sequence(at, List.of());
    }
    while (true) {
      char c = peek();
      if (c == ',' || c == ']' || c == '}' || c == '\n' || c == 0) {
        throw unsupported();
      }
      items.add(inline(Context.FLOW, depth + 1));
      skipSpaces();
      if (!separator(']')) {
        break;
      }
    }
    return new YamlNode.Sequence(at, List.copyOf(items));
  }

  /** After a flow item: true at ', ' and another item, false past the closing bracket. */
  private boolean separator(char close) {
    char c = peek();
    if (c == close) {
      pos++;
      return false;
    }
    if (c != ',') {
      throw unsupported();
    }
    pos++;
    skipSpaces();
    c = peek();
    if (c == close || c == ',') {
      throw unsupported(); // a trailing or doubled comma
    }
    return true;
  }

  private enum Context { BLOCK_KEY, BLOCK_VALUE, FLOW_KEY, FLOW }

  /**
   * A plain scalar on one line. A key ends at ':' followed by a space (or, in a block, the line's
   * end); a block value at the line's end or a comment; a flow value at ',' or a closing bracket.
   * Inner spaces are kept, trailing ones dropped, as YAML does within a line.
   */
  private Text plain(Context context) {
    int start = pos;
    char first = peek();
    boolean signed = (first == '-' || first == '+') && pos + 1 < length && (isDigit(text.charAt(pos + 1))
        || text.charAt(pos + 1) == '.');
    if (!(isWordChar(first) || first == '.' || first == '/' || signed)) {
      throw unsupported();
    }
    boolean key = context == Context.BLOCK_KEY || context == Context.FLOW_KEY;
    boolean flow = context == Context.FLOW || context == Context.FLOW_KEY;
    int end = pos;
    while (pos < length) {
      char c = text.charAt(pos);
      if (isWordChar(c) || c == '.' || c == '/' || c == '-' || c == '+') {
        pos++;
        end = pos;
      } else if (c == ' ') {
        pos++;
      } else if (c == ':' && key) {
        char after = pos + 1 < length ? text.charAt(pos + 1) : '\n';
        if (after == ' ' || (after == '\n' && !flow)) {
          break;
        }
        throw unsupported();
      } else if (c == '\n' && !key || c == '#' && context == Context.BLOCK_VALUE && text.charAt(pos - 1) == ' ') {
        break;
      } else if (flow && !key && (c == ',' || c == '}' || c == ']')) {
        break;
      } else {
        throw unsupported();
      }
    }
    if (key && (pos >= length || text.charAt(pos) != ':' || pos - start > MAX_KEY)) {
      throw unsupported();
    }
    if (!key) {
      pos = end; // trailing spaces belong to what follows
    }
    String value = text.substring(start, end);
    return new Text(value, location(start), PlainReader.plainKind(resolver, value));
  }

  /** A quoted scalar closed on its line; only the escapes JSON and YAML read alike are taken. */
  private Text quoted(char quote) {
    int start = pos;
    pos++;
    StringBuilder value = null;
    int from = pos;
    while (true) {
      if (pos >= length) {
        throw unsupported();
      }
      char c = text.charAt(pos);
      if (c == '\n') {
        throw unsupported();
      }
      if (c == quote) {
        if (quote == '\'' && pos + 1 < length && text.charAt(pos + 1) == '\'') {
          value = append(value, from, pos + 1);
          pos += 2;
          from = pos;
          continue;
        }
        break;
      }
      if (c == '\\' && quote == '"') {
        char escaped = pos + 1 < length ? text.charAt(pos + 1) : '\n';
        if (escaped != '\\' && escaped != '"' && escaped != '/') {
          throw unsupported();
        }
        value = append(value, from, pos).append(escaped);
        pos += 2;
        from = pos;
        continue;
      }
      pos++;
    }
    String result = value == null ? text.substring(from, pos) : append(value, from, pos).toString();
    pos++;
    return new Text(result, location(start), Text.Kind.STRING);
  }

  private StringBuilder append(StringBuilder value, int from, int to) {
    return (value == null ? new StringBuilder() : value).append(text, from, to);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isWordChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c) || c == '_';
  }

  private char peek() {
    return pos < length ? text.charAt(pos) : 0;
  }

  private void skipSpaces() {
    while (pos < length && text.charAt(pos) == ' ') {
      pos++;
    }
  }

  /** Past a comment, if any, and the line's end; anything else left on the line is unsupported. */
  private void endLine() {
    if (pos < length && text.charAt(pos) == '#') {
      int end = text.indexOf('\n', pos);
      pos = end < 0 ? length : end;
    }
    if (pos < length) {
      if (text.charAt(pos) != '\n') {
        throw unsupported();
      }
      pos++;
      line++;
      lineStart = pos;
    }
  }

  /** From a line's start, past blank and comment-only lines, to the next line with content. */
  private void skipBlankLines() {
    while (pos < length) {
      int i = pos;
      while (i < length && text.charAt(i) == ' ') {
        i++;
      }
      if (i < length && text.charAt(i) != '\n' && text.charAt(i) != '#') {
        return;
      }
      pos = i;
      endLine();
    }
  }

  /** The indentation of the line {@link #pos} starts. */
  private int indentation() {
    int i = pos;
    while (i < length && text.charAt(i) == ' ') {
      i++;
    }
    return i - pos;
  }

  private SourceLocation location(int index) {
    return new SourceLocation(file, line, index - lineStart + 1);
  }
}
