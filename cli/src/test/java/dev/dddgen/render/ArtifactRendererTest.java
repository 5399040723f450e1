package dev.dddgen.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArtifactRendererTest {

  @Test
  void aFileEndsWithExactlyOneNewlineAndHasLfLineEndings() {
    assertThat(ArtifactRenderer.normalize("a\nb\n")).isEqualTo("a\nb\n");
    assertThat(ArtifactRenderer.normalize("a\r\nb\r\n")).isEqualTo("a\nb\n");
    assertThat(ArtifactRenderer.normalize("a\nb")).isEqualTo("a\nb\n");
    assertThat(ArtifactRenderer.normalize("a\nb\n\n\n")).isEqualTo("a\nb\n");
    assertThat(ArtifactRenderer.normalize("a\r\n\r\n")).isEqualTo("a\n");
    assertThat(ArtifactRenderer.normalize("x")).isEqualTo("x\n");
  }

  @Test
  void aFileOfNewlinesOnlyIsEmpty() {
    assertThat(ArtifactRenderer.normalize("")).isEmpty();
    assertThat(ArtifactRenderer.normalize("\n")).isEmpty();
    assertThat(ArtifactRenderer.normalize("\n\r\n\n")).isEmpty();
  }
}
