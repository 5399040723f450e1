package dev.dddgen.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which date and timestamp literals a definition accepts: ISO 8601 as java.time reads it, the usual
 * forms and the less usual ones alike, and nothing java.time refuses.
 */
class TemporalLiteralsTest {
  private static final List<String> TIMESTAMPS =
      List.of(
          "2024-05-01T09:30:00Z",
          "2024-05-01T09:30Z",
          "2024-05-01t09:30:07z",
          "2024-12-31T23:59:59.5Z",
          "2024-02-29T00:00:00.123456789+02:00",
          "2024-01-01T01:00:00-05:30",
          "0001-01-01T00:00:00Z",
          "2024-06-30T12:00:00+14:00",
          "2024-06-30T12:00:00.000Z",
          "2024-05-01T09:30:00.Z",
          "2024-05-01T09:30:00+02",
          "2024-05-01T09:30:00+02:00:30");

  @Test
  void acceptsTheTimestampsJavaTimeReads() throws DefinitionException {
    for (String text : TIMESTAMPS) {
      DefinitionLoader.load("t.yaml", definition("timestamp", text));
    }
  }

  @Test
  void refusesOtherTimestampsNamingTheValue() {
    for (String text :
        List.of(
            "2024-02-30T00:00:00Z",
            "2024-05-01T24:00:00Z",
            "2024-05-01T09:60:00Z",
            "2024-05-01 09:30:00Z",
            "2024-05-01T09:30:00",
            "2024-05-01T09:30:00+2:00",
            "2024-13-01T00:00:00Z",
            "2024-05-01T09:30:00+19:00")) {
      assertRefused("timestamp", text);
    }
  }

  @Test
  void acceptsIsoDatesAndRefusesOthers() throws DefinitionException {
    for (String text : List.of("2024-05-01", "2024-02-29", "0000-01-01", "9999-12-31")) {
      DefinitionLoader.load("d.yaml", definition("date", text));
    }
    for (String text : List.of("2023-02-29", "2024-5-01", "2024-05-1x", "20240501")) {
      assertRefused("date", text);
    }
  }

  private static void assertRefused(String type, String text) {
    assertThatThrownBy(() -> DefinitionLoader.load("t.yaml", definition(type, text)))
        .as(text)
        .isInstanceOfSatisfying(
            DefinitionException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .extracting(Problem::message)
                    .isEqualTo("default '" + text + "' is not a valid " + type));
  }

  private static String definition(String type, String value) {
    return """
        version: 1
        project: { name: shop, target: go, module: example.com/shop }
        aggregates:
          Order:
            fields:
              at: { type: %s, default: "%s" }
        security: { default: public }
        """
        .formatted(type, value);
  }
}
