package dev.dddgen.definition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads YAML into {@link YamlNode}s, keeping the location of every node: snakeyaml-engine's node
 * tree, reduced to what a definition can hold.
 *
 * <p>Hostile input is refused fast: a size limit, few aliases, a cap on the nodes an alias may
 * expand to, a nesting limit, and duplicate keys rejected (YAML parsers accept them by default).
 */
public final class YamlLoader {
  static final int MAX_BYTES = 8 << 20;
  static final int MAX_ALIASES = 20;
  static final int MAX_NODES = 400_000;
  static final int MAX_DEPTH = 64;

  private final String file;
  private final List<Problem> problems;
  private int nodes;

  private YamlLoader(String file, List<Problem> problems) {
    this.file = file;
    this.problems = problems;
  }

  /** The document's root, or empty when the text is not usable YAML (problems say why). */
  public static Optional<YamlNode> load(String file, String text, List<Problem> problems) {
    return new YamlLoader(file, problems).load(text);
  }

  private Optional<YamlNode> load(String text) {
    SourceLocation start = SourceLocation.startOf(file);
    if (text.length() > MAX_BYTES) {
      problems.add(Problem.of(start, "the file is too large for a definition (over 8 MiB)"));
      return Optional.empty();
    }
    LoadSettings settings = settings(file, text);
    Node root;
    try {
      Iterator<Node> documents = new Compose(settings).composeAllFromString(text).iterator();
      if (!documents.hasNext()) {
        problems.add(
            new Problem(start, "the file is empty", "run 'dddgen init' for a starting point"));
        return Optional.empty();
      }
      root = documents.next();
      if (documents.hasNext()) {
        Node second = documents.next();
        problems.add(
            new Problem(
                at(second.getStartMark()),
                "the file holds more than one YAML document",
                "keep one definition per file and remove the '---' separator"));
        return Optional.empty();
      }
    } catch (MarkedYamlEngineException e) {
      problems.add(
          Problem.of(at(e.getProblemMark()), "not valid YAML: " + oneLine(e.getProblem())));
      return Optional.empty();
    } catch (YamlEngineException e) {
      problems.add(Problem.of(start, "not valid YAML: " + oneLine(e.getMessage())));
      return Optional.empty();
    } catch (StackOverflowError e) {
      problems.add(Problem.of(start, "the YAML is nested too deeply"));
      return Optional.empty();
    }
    try {
      return Optional.of(convert(root, 0));
    } catch (Refused e) {
      problems.add(Problem.of(e.at, e.getMessage()));
      return Optional.empty();
    }
  }

  static LoadSettings settings(String file, String text) {
    return LoadSettings.builder()
        .setLabel(file)
        .setAllowDuplicateKeys(true) // reported by us, with both locations
        .setAllowRecursiveKeys(false)
        .setMaxAliasesForCollections(MAX_ALIASES)
        .setCodePointLimit(MAX_BYTES)
        // One buffer for the whole text: snakeyaml-engine 2.10's StreamReader throws
        // IndexOutOfBoundsException when a surrogate pair straddles the end of its buffer.
        .setBufferSize(text.length() + 1)
        .build();
  }

  private YamlNode convert(Node node, int depth) {
    SourceLocation at = at(node.getStartMark());
    if (++nodes > MAX_NODES) {
      throw new Refused(
          at,
          "the document expands to more than "
              + MAX_NODES
              + " nodes (aliases used as a 'billion laughs' bomb?)");
    }
    if (depth > MAX_DEPTH) {
      throw new Refused(at, "the YAML is nested more than " + MAX_DEPTH + " levels deep");
    }
    if (node instanceof MappingNode mapping) {
      List<YamlNode.Entry> entries = new ArrayList<>();
      Map<String, SourceLocation> seen = new HashMap<>();
      for (NodeTuple tuple : mapping.getValue()) {
        if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
          problems.add(
              Problem.of(at(tuple.getKeyNode().getStartMark()), "a key must be a plain name"));
          continue;
        }
        Text key = text(keyNode);
        SourceLocation first = seen.putIfAbsent(key.value(), key.at());
        if (first != null) {
          problems.add(
              new Problem(
                  key.at(),
                  "duplicate key '" + key.value() + "'",
                  "it is already defined at line "
                      + first.line()
                      + "; YAML keeps only one of them"));
          continue;
        }
        entries.add(new YamlNode.Entry(key, convert(tuple.getValueNode(), depth + 1)));
      }
      return new YamlNode.Mapping(at, List.copyOf(entries));
    }
    if (node instanceof SequenceNode sequence) {
      List<YamlNode> items = new ArrayList<>();
      for (Node item : sequence.getValue()) {
        items.add(convert(item, depth + 1));
      }
      return new YamlNode.Sequence(at, List.copyOf(items));
    }
    return new YamlNode.Scalar(text((ScalarNode) node));
  }

  private Text text(ScalarNode node) {
    return new Text(
        node.getValue(),
        at(node.getStartMark()),
        node.isPlain() ? kind(node.getTag()) : Text.Kind.STRING);
  }

  /** The kind of a plain scalar the resolver tagged {@code tag}. */
  private static Text.Kind kind(Tag tag) {
    if (Tag.INT.equals(tag)) {
      return Text.Kind.INT;
    }
    if (Tag.FLOAT.equals(tag)) {
      return Text.Kind.FLOAT;
    }
    if (Tag.BOOL.equals(tag)) {
      return Text.Kind.BOOL;
    }
    return Tag.NULL.equals(tag) ? Text.Kind.NULL : Text.Kind.STRING;
  }

  /** Where a SnakeYAML mark points, 1-based; the start of the file when there is none. */
  private SourceLocation at(Optional<Mark> mark) {
    return mark.map(m -> new SourceLocation(file, m.getLine() + 1, m.getColumn() + 1))
        .orElse(SourceLocation.startOf(file));
  }

  private static String oneLine(String message) {
    return message == null ? "unreadable input" : message.replaceAll("\\s+", " ").trim();
  }

  private static final class Refused extends RuntimeException {
    final SourceLocation at;

    Refused(SourceLocation at, String message) {
      super(message, null, false, false);
      this.at = at;
    }
  }
}
