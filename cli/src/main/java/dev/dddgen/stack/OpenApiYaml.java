package dev.dddgen.stack;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.NonPrintableStyle;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.representer.StandardRepresenter;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Writes the OpenAPI document's tree (ordered maps, lists, strings, numbers, booleans) with
 * snakeyaml-engine: block style, two-space indents with list dashes indented under their key, keys
 * in insertion order, no anchors, no folded lines. Deterministic: the same tree always gives the
 * same text.
 */
public final class OpenApiYaml {
  private static final DumpSettings SETTINGS =
      DumpSettings.builder()
          .setDefaultFlowStyle(FlowStyle.BLOCK)
          .setIndent(2)
          .setIndicatorIndent(2)
          .setIndentWithIndicator(true)
          .setSplitLines(false)
          .setMaxSimpleKeyLength(1024)
          .setDereferenceAliases(true)
          .setNonPrintableStyle(NonPrintableStyle.ESCAPE)
          .setSchema(new QuotingSchema())
          .build();

  private OpenApiYaml() {}

  public static String write(Map<String, Object> document) {
    return new Dump(SETTINGS, new Representer()).dumpToString(document);
  }

  /** Decimals (bounds, defaults, examples) as YAML numbers: whole ones as integers. */
  private static final class Representer extends StandardRepresenter {
    Representer() {
      super(SETTINGS);
      representers.put(
          BigDecimal.class,
          value -> {
            BigDecimal d = (BigDecimal) value;
            return d.stripTrailingZeros().scale() <= 0
                ? representScalar(Tag.INT, d.toBigInteger().toString())
                : representScalar(Tag.FLOAT, d.toPlainString());
          });
    }
  }

  /**
   * YAML 1.2's core schema, plus YAML 1.1's implicit booleans, numbers and timestamps, so that a
   * string which a YAML 1.1 reader would take for one of those ({@code on}, {@code n},
   * {@code 1_000}, {@code 2024-05-01}) is quoted: the document is read by such readers (Go's yaml
   * packages under kin-openapi, SnakeYAML 1 under swagger-parser).
   */
  private static final class QuotingSchema extends CoreSchema {
    private final QuotingResolver resolver = new QuotingResolver();

    @Override
    public org.snakeyaml.engine.v2.resolver.ScalarResolver getScalarResolver() {
      return resolver;
    }
  }

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
