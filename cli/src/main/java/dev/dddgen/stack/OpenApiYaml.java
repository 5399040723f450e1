package dev.dddgen.stack;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a tree of ordered maps, lists, strings, numbers and booleans as block-style YAML, the way
 * {@code api/openapi.yaml} is laid out: two-space indents, keys in insertion order, strings plain
 * when YAML reads them back as the same string and double-quoted (JSON escapes) otherwise, empty
 * maps and lists in flow style. Deterministic: the same tree always gives the same text.
 */
public final class OpenApiYaml {
  private static final Set<String> RESERVED = Set.of(
      "true", "false", "null", "yes", "no", "on", "off", "y", "n", "~");

  private OpenApiYaml() {}

  public static String write(Map<String, Object> document) {
    StringBuilder out = new StringBuilder();
    map(out, document, 0);
    return out.toString();
  }

  private static void map(StringBuilder out, Map<?, ?> map, int indent) {
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      out.append(" ".repeat(indent)).append(scalar(entry.getKey())).append(':');
      value(out, entry.getValue(), indent);
    }
  }

  /** Writes the value after {@code key:} (or {@code -}), ending the line. */
  private static void value(StringBuilder out, Object value, int indent) {
    if (value instanceof Map<?, ?> m) {
      if (m.isEmpty()) {
        out.append(" {}\n");
      } else {
        out.append('\n');
        map(out, m, indent + 2);
      }
    } else if (value instanceof List<?> l) {
      if (l.isEmpty()) {
        out.append(" []\n");
      } else if (l.stream().noneMatch(v -> v instanceof Map || v instanceof List)) {
        out.append(" [");
        for (int i = 0; i < l.size(); i++) {
          String item = scalar(l.get(i));
          boolean flowSafe = item.chars().noneMatch(ch -> ch == '{' || ch == '}');
          out.append(i == 0 ? "" : ", ").append(flowSafe ? item : quote(l.get(i).toString()));
        }
        out.append("]\n");
      } else {
        out.append('\n');
        for (Object item : l) {
          out.append(" ".repeat(indent + 2)).append('-');
          if (item instanceof Map<?, ?> m && !m.isEmpty()) {
            // The first key goes on the dash line, the others line up under it.
            StringBuilder inner = new StringBuilder();
            map(inner, m, indent + 4);
            out.append(' ').append(inner.substring(indent + 4));
          } else {
            value(out, item, indent + 2);
          }
        }
      }
    } else {
      out.append(' ').append(scalar(value)).append('\n');
    }
  }

  static String scalar(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
      return value.toString();
    }
    if (value instanceof BigDecimal d) {
      return d.stripTrailingZeros().scale() <= 0 ? d.toBigInteger().toString() : d.toPlainString();
    }
    String s = value.toString();
    if (plain(s) && !RESERVED.contains(s.toLowerCase(java.util.Locale.ROOT))
        && !s.endsWith(" ") && !s.contains(" #") && !s.startsWith("#")) {
      return s;
    }
    return quote(s);
  }

  /**
   * Whether {@code s} matches {@code [A-Za-z_/$#][A-Za-z0-9_ ./{}$#()+-]*}, checked by hand: the
   * document of a large project holds hundreds of thousands of scalars, and a regex match each was
   * a tenth of the context-building time.
   */
  static boolean plain(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char first = s.charAt(0);
    if (!(letter(first) || first == '_' || first == '/' || first == '$' || first == '#')) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(letter(c) || (c >= '0' && c <= '9') || "_ ./{}$#()+-".indexOf(c) >= 0)) {
        return false;
      }
    }
    return true;
  }

  private static boolean letter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
