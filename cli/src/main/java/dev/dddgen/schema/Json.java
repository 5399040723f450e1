package dev.dddgen.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Just enough JSON for machine-readable output and dddgen's own state files; values are maps,
 * lists, strings, numbers, booleans. Reading is here too because a YAML parser reading a
 * 1,000-table snapshot took a second of a {@code check}.
 */
public final class Json {
  private Json() {}

  public static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** Pretty-printed with two-space indentation, keys in the map's own order. */
  public static String pretty(Object value) {
    StringBuilder out = new StringBuilder();
    write(out, value, "");
    return out.append('\n').toString();
  }

  private static void write(StringBuilder out, Object value, String indent) {
    if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append("{\n");
      int i = 0;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        out.append(indent).append("  ").append(quote(String.valueOf(entry.getKey()))).append(": ");
        write(out, entry.getValue(), indent + "  ");
        out.append(++i < map.size() ? ",\n" : "\n");
      }
      out.append(indent).append('}');
    } else if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        out.append("[]");
        return;
      }
      out.append("[\n");
      for (int i = 0; i < list.size(); i++) {
        out.append(indent).append("  ");
        write(out, list.get(i), indent + "  ");
        out.append(i + 1 < list.size() ? ",\n" : "\n");
      }
      out.append(indent).append(']');
    } else if (value instanceof Boolean || value instanceof Number) {
      out.append(value);
    } else if (value == null) {
      out.append("null");
    } else {
      out.append(quote(value.toString()));
    }
  }

  /**
   * Parses a JSON document: objects as insertion-ordered maps, arrays as lists, numbers as
   * {@code Long} or {@code Double}.
   *
   * @throws IllegalArgumentException when the text is not JSON, with the offset
   */
  public static Object parse(String text) {
    Reader reader = new Reader(text);
    Object value = reader.value();
    reader.skipSpace();
    if (reader.at < text.length()) {
      throw reader.error("unexpected text after the document");
    }
    return value;
  }

  private static final class Reader {
    private final String text;
    private int at;

    Reader(String text) {
      this.text = text;
    }

    Object value() {
      skipSpace();
      if (at >= text.length()) {
        throw error("unexpected end of text");
      }
      char c = text.charAt(at);
      return switch (c) {
        case '{' -> object();
        case '[' -> array();
        case '"' -> string();
        case 't' -> literal("true", Boolean.TRUE);
        case 'f' -> literal("false", Boolean.FALSE);
        case 'n' -> literal("null", null);
        default -> number();
      };
    }

    private Map<String, Object> object() {
      Map<String, Object> map = new LinkedHashMap<>();
      at++;
      skipSpace();
      if (peek() == '}') {
        at++;
        return map;
      }
      while (true) {
        skipSpace();
        if (peek() != '"') {
          throw error("expected a quoted key");
        }
        String key = string();
        skipSpace();
        expect(':');
        map.put(key, value());
        skipSpace();
        if (peek() == ',') {
          at++;
        } else {
          expect('}');
          return map;
        }
      }
    }

    private List<Object> array() {
      List<Object> list = new ArrayList<>();
      at++;
      skipSpace();
      if (peek() == ']') {
        at++;
        return list;
      }
      while (true) {
        list.add(value());
        skipSpace();
        if (peek() == ',') {
          at++;
        } else {
          expect(']');
          return list;
        }
      }
    }

    private String string() {
      at++;
      StringBuilder out = null;
      int start = at;
      while (at < text.length()) {
        char c = text.charAt(at);
        if (c == '"') {
          String tail = text.substring(start, at++);
          return out == null ? tail : out.append(tail).toString();
        }
        if (c == '\\') {
          if (out == null) {
            out = new StringBuilder();
          }
          out.append(text, start, at);
          out.append(escape());
          start = at;
        } else {
          at++;
        }
      }
      throw error("unterminated string");
    }

    private char escape() {
      if (at + 1 >= text.length()) {
        throw error("unterminated escape");
      }
      char c = text.charAt(at + 1);
      at += 2;
      return switch (c) {
        case '"', '\\', '/' -> c;
        case 'b' -> '\b';
        case 'f' -> '\f';
        case 'n' -> '\n';
        case 'r' -> '\r';
        case 't' -> '\t';
        case 'u' -> {
          if (at + 4 > text.length()) {
            throw error("short unicode escape");
          }
          try {
            char decoded = (char) Integer.parseInt(text.substring(at, at + 4), 16);
            at += 4;
            yield decoded;
          } catch (NumberFormatException e) {
            throw error("bad unicode escape");
          }
        }
        default -> throw error("bad escape \\" + c);
      };
    }

    private Object literal(String word, Object value) {
      if (!text.startsWith(word, at)) {
        throw error("unexpected character '" + text.charAt(at) + "'");
      }
      at += word.length();
      return value;
    }

    private Number number() {
      int start = at;
      while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
        at++;
      }
      String digits = text.substring(start, at);
      try {
        return digits.contains(".") || digits.contains("e") || digits.contains("E")
            ? (Number) Double.valueOf(digits) : (Number) Long.valueOf(digits);
      } catch (NumberFormatException e) {
        at = start;
        throw error(digits.isEmpty() ? "unexpected character '" + text.charAt(start) + "'" : "bad number " + digits);
      }
    }

    private char peek() {
      if (at >= text.length()) {
        throw error("unexpected end of text");
      }
      return text.charAt(at);
    }

    private void expect(char c) {
      if (peek() != c) {
        throw error("expected '" + c + "'");
      }
      at++;
    }

    void skipSpace() {
      while (at < text.length()) {
        char c = text.charAt(at);
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
          return;
        }
        at++;
      }
    }

    IllegalArgumentException error(String message) {
      return new IllegalArgumentException("not valid JSON at offset " + at + ": " + message);
    }
  }
}
