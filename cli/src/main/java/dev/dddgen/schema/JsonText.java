package dev.dddgen.schema;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * dddgen's JSON through jackson-jr: values are maps (in their own key order), lists, strings,
 * numbers and booleans. The pretty layout is the one the {@code .dddgen/} snapshots have always had
 * (two-space indents, {@code "key": value}, {@code []} and {@code {}} when empty, a final newline),
 * so existing projects' state files do not churn.
 */
public final class JsonText {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE).build();
  // Null map values are written, as the snapshots always had them; records (typed template
  // views) print their components in declaration order, as templates read them.
  private static final JSON COMPACT =
      JSON.builder(FACTORY)
          .enable(
              JSON.Feature.WRITE_NULL_PROPERTIES,
              JSON.Feature.WRITE_RECORD_FIELDS_IN_DECLARATION_ORDER)
          .build();
  private static final JSON PRETTY = COMPACT.with(prettyPrinter());

  private JsonText() {}

  /** One line, no spaces: for output another program reads. */
  public static String compact(Object value) {
    return write(COMPACT, value);
  }

  /** Two-space indents, keys in the map's own order, ending with a newline. */
  public static String pretty(Object value) {
    return write(PRETTY, value) + "\n";
  }

  /**
   * Reads a JSON document: objects as insertion-ordered maps, arrays as lists.
   *
   * @throws IllegalArgumentException when the text is not JSON, naming the line and column
   */
  public static Object parse(String text) {
    try (JsonParser parser = FACTORY.createParser(text)) {
      if (parser.nextToken() == null) {
        throw new JsonParseException(parser, "no JSON document");
      }
      Object value = COMPACT.anyFrom(parser);
      if (parser.nextToken() != null) {
        throw new JsonParseException(parser, "unexpected text after the document");
      }
      return value;
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      throw new IllegalArgumentException(
          "not valid JSON at line "
              + (at == null ? "?" : at.getLineNr() + ", column " + at.getColumnNr())
              + ": "
              + firstLine(e.getOriginalMessage()),
          e);
    } catch (IOException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getMessage(), e);
    }
  }

  private static String write(JSON json, Object value) {
    try {
      return json.asString(value);
    } catch (IOException e) {
      // Writing to a string fails only for a value JSON cannot hold: a bug, not an input error.
      throw new UncheckedIOException(e);
    }
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter twoSpaces = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators)
        .withObjectIndenter(twoSpaces)
        .withArrayIndenter(twoSpaces);
  }

  private static String firstLine(String message) {
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
