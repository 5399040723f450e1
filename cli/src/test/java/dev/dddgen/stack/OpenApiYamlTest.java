package dev.dddgen.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

class OpenApiYamlTest {
  @Test
  void writesBlockStyleWithKeysInOrderAndSharedValuesSpelledOut() {
    Map<String, Object> shared = new LinkedHashMap<>();
    shared.put("$ref", "#/components/schemas/Item");
    Map<String, Object> path = new LinkedHashMap<>();
    path.put("parameters", List.of(shared, shared));
    path.put("tags", List.of());
    path.put("responses", Map.of());
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("openapi", "3.1.0");
    document.put("paths", Map.of("/items/{id}", path));
    document.put("minimum", new BigDecimal("12.50"));
    document.put("maximum", new BigDecimal("1E+2"));

    assertThat(OpenApiYaml.write(document))
        .isEqualTo(
            """
            openapi: 3.1.0
            paths:
              /items/{id}:
                parameters:
                  - $ref: '#/components/schemas/Item'
                  - $ref: '#/components/schemas/Item'
                tags: []
                responses: {}
            minimum: 12.50
            maximum: 100
            """);
  }

  /**
   * Strings a YAML 1.1 reader (Go's yaml, SnakeYAML 1) would take for something else are quoted.
   */
  @Test
  void quotesStringsThatAnyYamlVersionReadsAsAnotherType() {
    List<String> ambiguous =
        List.of(
            "200",
            "on",
            "OFF",
            "y",
            "N",
            "yes",
            "null",
            "~",
            "",
            "1_000",
            "0x1F",
            "017",
            "1:20",
            "1.5",
            ".5",
            "1e3",
            ".inf",
            "2024-05-01",
            "2024-05-01T09:30:00Z",
            "=",
            "<<",
            "true",
            "x: y",
            "#x",
            "- x");
    List<String> others = List.of("a\nb", "tab\tand \u0001", " lead", "trail ", "é ☃");
    Map<String, Object> document = new LinkedHashMap<>();
    for (String s : ambiguous) {
      document.put("k" + document.size(), s);
    }
    for (String s : others) {
      document.put("k" + document.size(), s);
    }
    String yaml = OpenApiYaml.write(document);

    assertThat(new Load(LoadSettings.builder().build()).loadFromString(yaml)).isEqualTo(document);
    for (int i = 0; i < ambiguous.size(); i++) {
      assertThat(yaml)
          .as(ambiguous.get(i))
          .doesNotContain("k" + i + ": " + ambiguous.get(i) + "\n");
    }
    assertThat(OpenApiYaml.write(Map.of("k", "plain words/and {braces}")))
        .isEqualTo("k: plain words/and {braces}\n");
  }
}
