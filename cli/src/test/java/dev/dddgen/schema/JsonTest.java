package dev.dddgen.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
  @Test
  void readsBackWhatItWrites() {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("quote\"back\\slash", "tab\there\nnew line \u0001 é ☃ \uD83D\uDE00");
    inner.put("empty", List.of());
    inner.put("none", null);
    inner.put("flag", false);
    List<Object> list = new ArrayList<>(List.of("a", Map.of(), 42L, true));
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("z", inner);
    root.put("a", list);
    root.put("n", -1.5e3);

    Object read = Json.parse(Json.pretty(root));

    assertThat(read).isEqualTo(root);
    assertThat(List.copyOf(((Map<?, ?>) read).keySet())).isEqualTo(List.of("z", "a", "n"));
  }

  @Test
  void readsEscapesWrittenByOtherTools() {
    assertThat(Json.parse(" {\"k\" : [\"\\u00e9\\/\\b\\f\\r\", 0, 12.25]} "))
        .isEqualTo(Map.of("k", List.of("é/\b\f\r", 0L, 12.25)));
  }

  @Test
  void refusesWhatIsNotJsonWithTheOffset() {
    assertThatThrownBy(() -> Json.parse("{\"a\": [1, 2}")).hasMessage("not valid JSON at offset 11: expected ']'");
    assertThatThrownBy(() -> Json.parse("{\"a\": tru}")).hasMessageContaining("offset 6");
    assertThatThrownBy(() -> Json.parse("{\"a\": \"open")).hasMessageContaining("unterminated string");
    assertThatThrownBy(() -> Json.parse("{} extra")).hasMessageContaining("after the document");
    assertThatThrownBy(() -> Json.parse("")).hasMessageContaining("unexpected end of text");
    assertThatThrownBy(() -> Json.parse("{\"a\": \"\\x\"}")).hasMessageContaining("bad escape");
  }
}
