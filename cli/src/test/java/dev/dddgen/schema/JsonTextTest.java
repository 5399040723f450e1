package dev.dddgen.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dddgen.cli.CliRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class JsonTextTest {
  @Test
  void readsBackWhatItWrites() {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("quote\"back\\slash", "tab\there\nnew line \u0001 é ☃ \uD83D\uDE00");
    inner.put("empty", List.of());
    inner.put("none", null);
    inner.put("flag", false);
    List<Object> list = new ArrayList<>(List.of("a", Map.of(), 42, true));
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("z", inner);
    root.put("a", list);
    root.put("n", -1.5e3);

    Object read = JsonText.parse(JsonText.pretty(root));

    assertThat(read).isEqualTo(root);
    assertThat(List.copyOf(((Map<?, ?>) read).keySet())).isEqualTo(List.of("z", "a", "n"));
  }

  @Test
  void writesTheLayoutOfTheStateFiles() {
    Map<String, Object> column = new LinkedHashMap<>();
    column.put("name", "a\u0001\"b");
    column.put("nullable", false);
    column.put("default", null);
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("columns", List.of(column, Map.of()));
    root.put("indexes", List.of());

    assertThat(JsonText.pretty(root))
        .isEqualTo(
            """
            {
              "columns": [
                {
                  "name": "a\\u0001\\"b",
                  "nullable": false,
                  "default": null
                },
                {}
              ],
              "indexes": []
            }
            """);
    assertThat(JsonText.compact(root))
        .isEqualTo(
            "{\"columns\":[{\"name\":\"a\\u0001\\\"b\",\"nullable\":false,\"default\":null},{}],"
                + "\"indexes\":[]}");
  }

  record View(String name, int count, List<String> tags) {}

  @Test
  void writesRecordsWithTheirComponentsInDeclarationOrder() {
    assertThat(JsonText.compact(Map.of("view", new View("b", 2, List.of("x")))))
        .isEqualTo("{\"view\":{\"name\":\"b\",\"count\":2,\"tags\":[\"x\"]}}");
  }

  /** Existing projects' {@code .dddgen/} snapshots must read and write back byte for byte. */
  @Test
  void theExamplesSchemaSnapshotsWriteBackUnchanged() throws IOException {
    List<Path> snapshots;
    try (Stream<Path> files = Files.walk(CliRunner.repo().resolve("examples"))) {
      snapshots = files.filter(p -> p.endsWith("schema.json")).sorted().toList();
    }
    assertThat(snapshots).isNotEmpty();
    for (Path snapshot : snapshots) {
      String text = Files.readString(snapshot);
      assertThat(JsonText.pretty(JsonText.parse(text))).as("%s", snapshot).isEqualTo(text);
      assertThat(SchemaSnapshot.write(SchemaSnapshot.read(text)))
          .as("%s", snapshot)
          .isEqualTo(text);
    }
  }

  @Test
  void readsEscapesWrittenByOtherTools() {
    assertThat(JsonText.parse(" {\"k\" : [\"\\u00e9\\/\\b\\f\\r\", 0, 12.25]} "))
        .isEqualTo(Map.of("k", List.of("é/\b\f\r", 0, 12.25)));
  }

  @Test
  void refusesWhatIsNotJsonNamingWhere() {
    assertThatThrownBy(() -> JsonText.parse("{\"a\": [1, 2}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not valid JSON at line 1, column 12: ")
        .hasMessageNotContaining("\n");
    assertThatThrownBy(() -> JsonText.parse("{\n\"a\": tru}")).hasMessageContaining("line 2");
    assertThatThrownBy(() -> JsonText.parse("{\"a\": \"open")).hasMessageContaining("end-of-input");
    assertThatThrownBy(() -> JsonText.parse("{} []"))
        .hasMessage("not valid JSON at line 1, column 5: unexpected text after the document");
    assertThatThrownBy(() -> JsonText.parse("{} extra")).hasMessageContaining("column 4");
    assertThatThrownBy(() -> JsonText.parse("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JsonText.parse("{\"a\": \"\\x\"}")).hasMessageContaining("escape");
  }
}
