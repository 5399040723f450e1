package dev.dddgen.definition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** One mapping of the definition, read key by key; unknown keys are reported when it is opened. */
final class Section {
  private final List<Problem> problems;
  private final String what;
  private final Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();

  Section(YamlNode.Mapping mapping, String what, List<String> keys, List<Problem> problems) {
    this.problems = problems;
    this.what = what;
    for (YamlNode.Entry entry : mapping.entries()) {
      String key = entry.key().value();
      if (keys.contains(key)) {
        entries.put(key, entry);
      } else {
        problems.add(
            new Problem(
                entry.key().at(),
                "unknown key '" + key + "' in " + what,
                Suggestions.hint(key, keys)));
      }
    }
  }

  boolean has(String key) {
    return entries.containsKey(key);
  }

  YamlNode node(String key) {
    YamlNode.Entry entry = entries.get(key);
    return entry == null ? null : entry.value();
  }

  Text scalar(String key) {
    YamlNode node = node(key);
    if (node == null) {
      return null;
    }
    if (node instanceof YamlNode.Scalar scalar) {
      return scalar.text().kind() == Text.Kind.NULL ? null : scalar.text();
    }
    problems.add(
        Problem.of(
            node.at(),
            "'" + key + "' of " + what + " must be a single value, not " + node.describe()));
    return null;
  }

  Text flag(String key) {
    return typed(key, "true or false", Text.Kind.BOOL);
  }

  Text number(String key) {
    return typed(key, "a number", Text.Kind.INT, Text.Kind.FLOAT);
  }

  Text integer(String key) {
    return typed(key, "a whole number", Text.Kind.INT);
  }

  private Text typed(String key, String expected, Text.Kind... kinds) {
    Text text = scalar(key);
    if (text == null) {
      return null;
    }
    for (Text.Kind kind : kinds) {
      if (text.kind() == kind) {
        return text;
      }
    }
    problems.add(
        Problem.of(
            text.at(),
            "'" + key + "' of " + what + " must be " + expected + ", not '" + text.value() + "'"));
    return null;
  }

  List<Text> scalarList(String key) {
    YamlNode node = node(key);
    return node == null ? List.of() : scalars(problems, node, "'" + key + "' of " + what);
  }

  YamlNode.Mapping mapping(String key) {
    YamlNode node = node(key);
    if (node == null || node instanceof YamlNode.Scalar s && s.text().kind() == Text.Kind.NULL) {
      return null;
    }
    return expectMapping(problems, node, "'" + key + "' of " + what);
  }

  /** A mapping of names to definitions, each read by {@code reader}, in file order. */
  <T> List<T> named(String key, BiFunction<Text, YamlNode, T> reader) {
    YamlNode.Mapping mapping = mapping(key);
    if (mapping == null) {
      return List.of();
    }
    List<T> result = new ArrayList<>();
    for (YamlNode.Entry entry : mapping.entries()) {
      result.add(reader.apply(entry.key(), entry.value()));
    }
    return List.copyOf(result);
  }

  /** {@code node} as a mapping; null, and a problem recorded, when it is none. */
  static YamlNode.Mapping expectMapping(List<Problem> problems, YamlNode node, String what) {
    if (node instanceof YamlNode.Mapping mapping) {
      return mapping;
    }
    problems.add(Problem.of(node.at(), what + " must be a mapping, not " + node.describe()));
    return null;
  }

  /** {@code node} as a list of single values; each that is none is a problem recorded. */
  static List<Text> scalars(List<Problem> problems, YamlNode node, String what) {
    if (!(node instanceof YamlNode.Sequence sequence)) {
      problems.add(
          new Problem(
              node.at(), what + " must be a list, not " + node.describe(), "write it as [A, B]"));
      return List.of();
    }
    List<Text> texts = new ArrayList<>();
    for (YamlNode item : sequence.items()) {
      if (item instanceof YamlNode.Scalar scalar) {
        texts.add(scalar.text());
      } else {
        problems.add(
            Problem.of(
                item.at(),
                "an item of " + what + " must be a single value, not " + item.describe()));
      }
    }
    return List.copyOf(texts);
  }
}
