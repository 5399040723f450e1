package dev.dddgen.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Case conversions between the spellings a name takes in Go, Java, SQL and URLs.
 *
 * <p>Input names are identifiers as written in a definition (PascalCase or camelCase); words are
 * split at lower-to-upper transitions and before the last capital of an acronym run, so {@code
 * HTTPServer} becomes {@code http_server}.
 */
public final class Names {
  private Names() {}

  public static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    char[] chars = name.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (c == '_' || c == '-' || c == ' ') {
        flush(words, current);
        continue;
      }
      if (current.length() > 0 && Character.isUpperCase(c)) {
        char previous = chars[i - 1];
        boolean nextIsLower = i + 1 < chars.length && Character.isLowerCase(chars[i + 1]);
        if (Character.isLowerCase(previous)
            || Character.isDigit(previous)
            || (Character.isUpperCase(previous) && nextIsLower)) {
          flush(words, current);
        }
      }
      current.append(c);
    }
    flush(words, current);
    return words;
  }

  private static void flush(List<String> words, StringBuilder current) {
    if (current.length() > 0) {
      words.add(current.toString());
      current.setLength(0);
    }
  }

  public static String pascal(String name) {
    StringBuilder out = new StringBuilder();
    for (String word : words(name)) {
      out.append(capitalize(word));
    }
    return out.toString();
  }

  public static String camel(String name) {
    String pascal = pascal(name);
    List<String> words = words(name);
    if (words.isEmpty()) {
      return pascal;
    }
    String first = words.get(0);
    return first.toLowerCase(Locale.ROOT) + pascal.substring(capitalize(first).length());
  }

  public static String snake(String name) {
    return String.join("_", words(name)).toLowerCase(Locale.ROOT);
  }

  public static String kebab(String name) {
    return String.join("-", words(name)).toLowerCase(Locale.ROOT);
  }

  public static String screamingSnake(String name) {
    return snake(name).toUpperCase(Locale.ROOT);
  }

  /** All lower case, no separators: Go package names ({@code OrderLine} → {@code orderline}). */
  public static String flat(String name) {
    return String.join("", words(name)).toLowerCase(Locale.ROOT);
  }

  /** A sentence-style spelling for messages and docs ({@code OrderLine} → {@code order line}). */
  public static String human(String name) {
    return String.join(" ", words(name)).toLowerCase(Locale.ROOT);
  }

  public static String capitalize(String word) {
    if (word.isEmpty()) {
      return word;
    }
    return Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase(Locale.ROOT);
  }

  /** Upper-cases only the first character, leaving the rest as written. */
  public static String upperFirst(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  public static String lowerFirst(String word) {
    return word.isEmpty() ? word : Character.toLowerCase(word.charAt(0)) + word.substring(1);
  }
}
