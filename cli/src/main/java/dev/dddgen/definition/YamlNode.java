package dev.dddgen.definition;

import java.util.List;

/** A YAML document reduced to what a definition can contain, every node with its location. */
public sealed interface YamlNode {
  SourceLocation at();

  /** How the node is described in messages ("a mapping", "a list", "a string"). */
  String describe();

  record Mapping(SourceLocation at, List<Entry> entries) implements YamlNode {
    @Override
    public String describe() {
      return "a mapping";
    }
  }

  record Entry(Text key, YamlNode value) {}

  record Sequence(SourceLocation at, List<YamlNode> items) implements YamlNode {
    @Override
    public String describe() {
      return "a list";
    }
  }

  record Scalar(Text text) implements YamlNode {
    @Override
    public SourceLocation at() {
      return text.at();
    }

    @Override
    public String describe() {
      return switch (text.kind()) {
        case STRING -> "a string";
        case INT, FLOAT -> "a number";
        case BOOL -> "a boolean";
        case NULL -> "nothing (null)";
      };
    }
  }
}
