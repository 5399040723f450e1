package dev.dddgen.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The getters the build generates for the tool's records offer the names, in the order, that
 * reflection finds, and the renderer uses them.
 */
class GeneratedGettersTest {
  private static final List<String> PACKAGES =
      List.of(
          "dev.dddgen.api",
          "dev.dddgen.diagram",
          "dev.dddgen.model",
          "dev.dddgen.stack.go",
          "dev.dddgen.stack.java");

  @Test
  void generatedNamesAreTheReflectedOnes() throws ReflectiveOperationException {
    int records = 0;
    for (String pack : PACKAGES) {
      GeneratedGetters getters =
          (GeneratedGetters) Class.forName(pack + ".ViewGetters").getConstructor().newInstance();
      for (int i = 0; i < getters.types().size(); i++) {
        Class<?> type = getters.types().get(i);
        assertThat(getters.names(i))
            .as(type.getName())
            .containsExactlyElementsOf(ViewAccessors.reflected(type).keySet());
        assertThat(ViewAccessors.of(type).generated() || getters.names(i).isEmpty())
            .as(type.getName())
            .isTrue();
        records++;
      }
    }
    assertThat(records).isGreaterThan(100);
  }

  @Test
  void aGeneratedGetterReadsTheRecord() {
    Artifact artifact = new Artifact("a/b.go", "go/x", java.util.Map.of(), true);
    ViewAccessors accessors = ViewAccessors.of(Artifact.class);
    assertThat(accessors.generated()).isTrue();
    assertThat(accessors.get(artifact, "path", null)).isEqualTo("a/b.go");
    assertThat(accessors.get(artifact, "editable", null)).isEqualTo(true);
    assertThat(accessors.get(artifact, "nothing", "absent")).isEqualTo("absent");
  }

  /** A test's record has no generated getters: it is read by reflection, alike. */
  record Local(String name, int size) {
    public boolean empty() {
      return size == 0;
    }
  }

  @Test
  void aRecordWithoutGeneratedGettersIsReadByReflection() {
    ViewAccessors accessors = ViewAccessors.of(Local.class);
    assertThat(accessors.generated()).isFalse();
    assertThat(accessors.names()).containsExactly("name", "size", "empty");
    assertThat(accessors.get(new Local("x", 0), "empty", null)).isEqualTo(true);
  }
}
