package dev.dddgen.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * {@link YamlLoader}'s fast path: builds {@link YamlNode}s straight from the parser's events, for
 * the documents definitions are made of — one document of mappings, lists and scalars, without
 * anchors, aliases or tags, without duplicate or non-scalar keys, within the loader's nesting and
 * node limits, and valid YAML.
 *
 * <p>Composing SnakeYAML's node tree (marks, comment collectors, a regular-expression tag
 * resolution per scalar) and then copying it into {@link YamlNode}s cost more than scanning and
 * parsing the text. Anything outside the common case (including every error) makes {@link #read}
 * return null, and the loader reads the text again through SnakeYAML's composer; the rare
 * inputs, hostile and broken ones included, so get exactly the tree and the problems they always
 * got, with no second implementation of aliases, merge keys or error messages.
 */
final class PlainReader {
  private final String file;
  private final ParserImpl parser;
  private final ScalarResolver resolver;
  private int nodes;
  /** One list of children per nesting level, reused: a node's children are copied out when it ends. */
  private final List<List<Object>> scratch = new ArrayList<>();

  private PlainReader(String file, LoadSettings settings, String text) {
    this.file = file;
    this.parser = new ParserImpl(settings, new StreamReader(settings, text));
    this.resolver = settings.getSchema().getScalarResolver();
  }

  /** The document's root, or null when the text is not a plain single document (see above). */
  static YamlNode read(String file, LoadSettings settings, String text) {
    try {
      return new PlainReader(file, settings, text).document();
    } catch (RuntimeException | StackOverflowError e) {
      return null; // the composer path meets the same failure and reports it
    }
  }

  private YamlNode document() {
    if (parser.next().getEventId() != Event.ID.StreamStart
        || parser.next().getEventId() != Event.ID.DocumentStart) {
      return null;
    }
    YamlNode root = node(parser.next(), 0);
    if (root == null
        || parser.next().getEventId() != Event.ID.DocumentEnd
        || parser.next().getEventId() != Event.ID.StreamEnd) {
      return null;
    }
    return root;
  }

  /** Counts and limits nodes as {@code YamlLoader.convert} does: values, items and the root, not keys. */
  private YamlNode node(Event event, int depth) {
    if (++nodes > YamlLoader.MAX_NODES || depth > YamlLoader.MAX_DEPTH) {
      return null;
    }
    Event.ID id = event.getEventId();
    if (id == Event.ID.Scalar) {
      ScalarEvent scalar = (ScalarEvent) event;
      return isPlainNode(scalar) ? new YamlNode.Scalar(text(scalar)) : null;
    }
    if (id != Event.ID.MappingStart && id != Event.ID.SequenceStart) {
      return null; // an alias
    }
    CollectionStartEvent start = (CollectionStartEvent) event;
    if (start.getAnchor().isPresent() || start.getTag().isPresent()) {
      return null;
    }
    SourceLocation at = at(start.getStartMark());
    List<Object> children = children(depth);
    return id == Event.ID.MappingStart ? mapping(at, children, depth) : sequence(at, children, depth);
  }

  private YamlNode mapping(SourceLocation at, List<Object> entries, int depth) {
    SeenKeys keys = new SeenKeys();
    while (true) {
      Event event = parser.next();
      if (event.getEventId() == Event.ID.MappingEnd) {
        break;
      }
      if (event.getEventId() != Event.ID.Scalar || !isPlainNode((ScalarEvent) event)) {
        return null;
      }
      Text key = text((ScalarEvent) event);
      if (!keys.add(key.value())) {
        return null; // a duplicate key: reported by the composer path, with both locations
      }
      YamlNode value = node(parser.next(), depth + 1);
      if (value == null) {
        return null;
      }
      entries.add(new YamlNode.Entry(key, value));
    }
    List<YamlNode.Entry> copy = copy(entries);
    return new YamlNode.Mapping(at, copy);
  }

  private YamlNode sequence(SourceLocation at, List<Object> items, int depth) {
    while (true) {
      Event event = parser.next();
      if (event.getEventId() == Event.ID.SequenceEnd) {
        break;
      }
      YamlNode item = node(event, depth + 1);
      if (item == null) {
        return null;
      }
      items.add(item);
    }
    List<YamlNode> copy = copy(items);
    return new YamlNode.Sequence(at, copy);
  }

  private List<Object> children(int depth) {
    while (scratch.size() <= depth) {
      scratch.add(new ArrayList<>());
    }
    List<Object> children = scratch.get(depth);
    children.clear();
    return children;
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> copy(List<Object> children) {
    List<T> copy = (List<T>) List.copyOf(children);
    children.clear();
    return copy;
  }

  private static boolean isPlainNode(ScalarEvent scalar) {
    return scalar.getAnchor().isEmpty() && scalar.getTag().isEmpty();
  }

  private Text text(ScalarEvent scalar) {
    return new Text(scalar.getValue(), at(scalar.getStartMark()), kind(scalar));
  }

  /**
   * What {@code YamlLoader.text} makes of the tag the composer resolves. Untagged plain scalars
   * are resolved with {@code canOmitTagInPlainScalar} true, by the JSON schema's resolver: only a
   * value starting with one of {@code tfn-0123456789.} (or an empty one) can be anything but a
   * string, and of those only {@code true}, {@code false}, {@code null} and numbers; numbers are
   * left to the resolver itself, so its regular expressions decide them as before.
   */
  private Text.Kind kind(ScalarEvent scalar) {
    return scalar.getScalarStyle() == ScalarStyle.PLAIN ? plainKind(resolver, scalar.getValue()) : Text.Kind.STRING;
  }

  /** The kind of an untagged plain scalar (see {@link #kind}). */
  static Text.Kind plainKind(ScalarResolver resolver, String value) {
    if (value.isEmpty()) {
      return Text.Kind.NULL;
    }
    char first = value.charAt(0);
    if (first == 't' || first == 'f') {
      return value.equals("true") || value.equals("false") ? Text.Kind.BOOL : Text.Kind.STRING;
    }
    if (first == 'n') {
      return value.equals("null") ? Text.Kind.NULL : Text.Kind.STRING;
    }
    if (first != '-' && first != '.' && (first < '0' || first > '9')) {
      return Text.Kind.STRING;
    }
    return YamlLoader.kind(resolver.resolve(value, true));
  }

  private SourceLocation at(Optional<Mark> mark) {
    return YamlLoader.at(file, mark);
  }
}
