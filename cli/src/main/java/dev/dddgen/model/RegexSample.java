package dev.dddgen.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A string matching a regular expression, for the common subset definitions use: literals, escapes,
 * character classes (negated too), {@code . \d \w \s}, groups, alternation and quantifiers. The
 * result is always verified with {@link Pattern}; an expression outside the subset yields empty.
 */
final class RegexSample {
  private static final String PREFERRED = "aA1bB2cC3xyz0-_.@ !#";

  private final String regex;
  private int pos;
  private final int stretch;

  private RegexSample(String regex, int stretch) {
    this.regex = regex;
    this.stretch = stretch;
  }

  /** A matching string within the lengths (inclusive; -1 for no bound), if one can be found. */
  static Optional<String> of(String regex, int minLength, int maxLength) {
    Pattern pattern = Pattern.compile(regex);
    for (int stretch = 0; stretch <= 64; stretch = stretch == 0 ? 1 : stretch * 2) {
      String candidate;
      try {
        RegexSample sample = new RegexSample(regex, stretch);
        candidate = sample.alternation();
        if (sample.pos != regex.length()) {
          return Optional.empty();
        }
      } catch (RuntimeException unsupported) {
        return Optional.empty();
      }
      if (maxLength >= 0 && candidate.length() > maxLength) {
        return Optional.empty();
      }
      if (candidate.length() >= minLength && pattern.matcher(candidate).find()) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private String alternation() {
    String first = sequence();
    while (pos < regex.length() && regex.charAt(pos) == '|') {
      pos++;
      sequence(); // other branches are parsed, not used
    }
    return first;
  }

  private String sequence() {
    StringBuilder out = new StringBuilder();
    while (pos < regex.length() && regex.charAt(pos) != '|' && regex.charAt(pos) != ')') {
      String atom = atom();
      int[] bounds = quantifier();
      int count = bounds[0];
      if (bounds[1] < 0 || bounds[1] > bounds[0]) {
        int extra = bounds[1] < 0 ? stretch : Math.min(stretch, bounds[1] - bounds[0]);
        count += extra;
      }
      if (atom != null) {
        out.append(atom.repeat(count));
      }
    }
    return out.toString();
  }

  /** One atom's text; null for an anchor. */
  private String atom() {
    char c = regex.charAt(pos++);
    switch (c) {
      case '^', '$':
        return null;
      case '.':
        return "a";
      case '(':
        if (regex.startsWith("?:", pos)) {
          pos += 2;
        } else if (pos < regex.length() && regex.charAt(pos) == '?') {
          throw new IllegalArgumentException("group flags");
        }
        String inner = alternation();
        expect(')');
        return inner;
      case '[':
        return String.valueOf(charClass());
      case '\\':
        return String.valueOf(escape(regex.charAt(pos++)).get(0));
      default:
        return String.valueOf(c);
    }
  }

  private int[] quantifier() {
    if (pos >= regex.length()) {
      return new int[] {1, 1};
    }
    char c = regex.charAt(pos);
    int[] bounds;
    switch (c) {
      case '*' -> bounds = new int[] {0, -1};
      case '+' -> bounds = new int[] {1, -1};
      case '?' -> bounds = new int[] {0, 1};
      case '{' -> {
        int close = regex.indexOf('}', pos);
        String[] parts = regex.substring(pos + 1, close).split(",", -1);
        int min = Integer.parseInt(parts[0].trim());
        int max =
            parts.length == 1 ? min : parts[1].isBlank() ? -1 : Integer.parseInt(parts[1].trim());
        pos = close;
        bounds = new int[] {min, max};
      }
      default -> {
        return new int[] {1, 1};
      }
    }
    pos++;
    if (pos < regex.length() && regex.charAt(pos) == '?') {
      pos++; // lazy: same language
    }
    return bounds;
  }

  private char charClass() {
    boolean negated = pos < regex.length() && regex.charAt(pos) == '^';
    if (negated) {
      pos++;
    }
    List<char[]> ranges = new ArrayList<>();
    boolean first = true;
    while (regex.charAt(pos) != ']' || first) {
      first = false;
      char c = regex.charAt(pos++);
      if (c == '\\') {
        for (char member : escape(regex.charAt(pos++))) {
          ranges.add(new char[] {member, member});
        }
        continue;
      }
      if (pos + 1 < regex.length() && regex.charAt(pos) == '-' && regex.charAt(pos + 1) != ']') {
        char end = regex.charAt(pos + 1);
        pos += 2;
        ranges.add(new char[] {c, end});
      } else {
        ranges.add(new char[] {c, c});
      }
    }
    pos++;
    for (char candidate : (PREFERRED + rangeStarts(ranges)).toCharArray()) {
      boolean member = ranges.stream().anyMatch(r -> candidate >= r[0] && candidate <= r[1]);
      if (member != negated) {
        return candidate;
      }
    }
    throw new IllegalArgumentException("empty class");
  }

  private static String rangeStarts(List<char[]> ranges) {
    StringBuilder starts = new StringBuilder();
    ranges.forEach(r -> starts.append(r[0]));
    return starts.toString();
  }

  /** The characters an escape stands for (a representative subset for classes like \s). */
  private static List<Character> escape(char c) {
    return switch (c) {
      case 'd' -> List.of('1', '0', '2', '3', '4', '5', '6', '7', '8', '9');
      case 'w' -> List.of('a', 'A', '1', '_');
      case 's' -> List.of(' ', '\t', '\n', '\r', '\f');
      case 'D', 'S' -> List.of('a');
      case 'W' -> List.of('-');
      case 'n' -> List.of('\n');
      case 't' -> List.of('\t');
      case 'b', 'B', 'A', 'z', 'Z', 'p', 'P' ->
          throw new IllegalArgumentException("unsupported escape \\" + c);
      default -> List.of(c);
    };
  }

  private void expect(char c) {
    if (pos >= regex.length() || regex.charAt(pos) != c) {
      throw new IllegalArgumentException("expected " + c);
    }
    pos++;
  }
}
