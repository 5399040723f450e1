package dev.dddgen.stack;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.NonPrintableStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.emitter.Emitter;
import org.snakeyaml.engine.v2.events.DocumentEndEvent;
import org.snakeyaml.engine.v2.events.DocumentStartEvent;
import org.snakeyaml.engine.v2.events.ImplicitTuple;
import org.snakeyaml.engine.v2.events.MappingEndEvent;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.events.SequenceEndEvent;
import org.snakeyaml.engine.v2.events.SequenceStartEvent;
import org.snakeyaml.engine.v2.events.StreamEndEvent;
import org.snakeyaml.engine.v2.events.StreamStartEvent;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

/**
 * Writes the OpenAPI document's tree (ordered maps, lists, strings, numbers, booleans) with
 * snakeyaml-engine's emitter: block style, two-space indents with list dashes indented under their
 * key, keys in insertion order, no anchors, no folded lines; the emitter chooses each scalar's
 * quoting. Deterministic: the same tree always gives the same text.
 *
 * <p>The tree goes to the emitter as events, not through {@code Dump}: its representer and
 * serializer build a node graph and hunt for shared nodes, which tripled the time of a
 * 100-aggregate document, and the tree has no shared values to find.
 */
public final class OpenApiYaml {
  private static final DumpSettings SETTINGS =
      DumpSettings.builder()
          .setIndent(2)
          .setIndicatorIndent(2)
          .setIndentWithIndicator(true)
          .setSplitLines(false)
          .setMaxSimpleKeyLength(1024)
          .setNonPrintableStyle(NonPrintableStyle.ESCAPE)
          .build();
  private static final ScalarResolver RESOLVER = new QuotingResolver();

  private OpenApiYaml() {}

  public static String write(Map<String, Object> document) {
    Text out = new Text();
    Emitter emitter = new Emitter(SETTINGS, out);
    emitter.emit(new StreamStartEvent());
    emitter.emit(new DocumentStartEvent(false, Optional.empty(), Map.of()));
    // What each text reads back as: a document repeats its keys and types thousands of times, and
    // the resolver tries its patterns on every scalar.
    Map<String, Tag> resolved = new HashMap<>();
    node(emitter, document, resolved);
    emitter.emit(new DocumentEndEvent(false));
    emitter.emit(new StreamEndEvent());
    return out.toString();
  }

  private static void node(Emitter emitter, Object value, Map<String, Tag> resolved) {
    if (value instanceof Map<?, ?> map) {
      emitter.emit(
          new MappingStartEvent(Optional.empty(), Optional.empty(), true, FlowStyle.BLOCK));
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        scalar(emitter, entry.getKey(), resolved);
        node(emitter, entry.getValue(), resolved);
      }
      emitter.emit(new MappingEndEvent());
    } else if (value instanceof List<?> list) {
      emitter.emit(
          new SequenceStartEvent(Optional.empty(), Optional.empty(), true, FlowStyle.BLOCK));
      for (Object item : list) {
        node(emitter, item, resolved);
      }
      emitter.emit(new SequenceEndEvent());
    } else {
      scalar(emitter, value, resolved);
    }
  }

  /**
   * A scalar, plain when YAML reads it back as the same type and value; otherwise the emitter
   * quotes it. Decimals (bounds, defaults, examples) are numbers, whole ones integers.
   */
  private static void scalar(Emitter emitter, Object value, Map<String, Tag> resolved) {
    Tag tag;
    String text;
    if (value == null) {
      tag = Tag.NULL;
      text = "null";
    } else if (value instanceof Boolean) {
      tag = Tag.BOOL;
      text = value.toString();
    } else if (value instanceof Integer || value instanceof Long) {
      tag = Tag.INT;
      text = value.toString();
    } else if (value instanceof BigDecimal d) {
      boolean whole = d.stripTrailingZeros().scale() <= 0;
      tag = whole ? Tag.INT : Tag.FLOAT;
      text = whole ? d.toBigInteger().toString() : d.toPlainString();
    } else {
      tag = Tag.STR;
      text = value.toString();
    }
    boolean plain = resolved.computeIfAbsent(text, t -> RESOLVER.resolve(t, true)).equals(tag);
    // Multi-line text as a literal block, as snakeyaml-engine's own representer writes it.
    ScalarStyle style = text.indexOf('\n') >= 0 ? ScalarStyle.LITERAL : ScalarStyle.PLAIN;
    emitter.emit(
        new ScalarEvent(
            Optional.empty(),
            Optional.of(tag.getValue()),
            new ImplicitTuple(plain, tag == Tag.STR),
            text,
            style));
  }

  /**
   * What the emitter writes to. A StringBuilder rather than a StringWriter, whose StringBuffer
   * takes a lock on every write: the emitter writes indents a space at a time, and a large document
   * is millions of writes.
   */
  private static final class Text implements StreamDataWriter {
    private final StringBuilder text = new StringBuilder(1 << 16);

    @Override
    public void write(String str) {
      text.append(str);
    }

    @Override
    public void write(String str, int off, int len) {
      text.append(str, off, off + len);
    }

    @Override
    public String toString() {
      return text.toString();
    }
  }

  /**
   * YAML 1.2's core schema, plus YAML 1.1's implicit booleans, numbers and timestamps, so that a
   * string which a YAML 1.1 reader would take for one of those ({@code on}, {@code n}, {@code
   * 1_000}, {@code 2024-05-01}) is quoted: the document is read by such readers (Go's yaml packages
   * under kin-openapi, SnakeYAML 1 under swagger-parser).
   */
  private static final class QuotingResolver extends CoreScalarResolver {
    private static final Pattern BOOL_1_1 =
        Pattern.compile(
            "^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE"
                + "|on|On|ON|off|Off|OFF)$");
    private static final Pattern INT_1_1 =
        Pattern.compile(
            "^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+"
                + "|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$");
    private static final Pattern FLOAT_1_1 =
        Pattern.compile(
            "^(?:[-+]?(?:[0-9][0-9_]*)(?:\\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?"
                + "|\\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*"
                + "|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
    private static final Pattern TIMESTAMP_1_1 =
        Pattern.compile(
            "^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \\t]+)"
                + "[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]*)?(?:[ \\t]*(?:Z|[-+][0-9]{1,2}"
                + "(?::[0-9]{2})?))?)$");
    private static final Pattern VALUE_1_1 = Pattern.compile("^=$");
    private static final Tag TIMESTAMP = new Tag(Tag.PREFIX + "timestamp");
    private static final Tag VALUE = new Tag(Tag.PREFIX + "value");

    QuotingResolver() {
      super(true);
    }

    @Override
    protected void addImplicitResolvers() {
      super.addImplicitResolvers();
      addImplicitResolver(Tag.BOOL, BOOL_1_1, "yYnNtTfFoO");
      addImplicitResolver(Tag.INT, INT_1_1, "-+0123456789");
      addImplicitResolver(Tag.FLOAT, FLOAT_1_1, "-+0123456789.");
      addImplicitResolver(TIMESTAMP, TIMESTAMP_1_1, "0123456789");
      addImplicitResolver(VALUE, VALUE_1_1, "=");
    }
  }
}
