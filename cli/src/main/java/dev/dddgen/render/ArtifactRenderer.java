package dev.dddgen.render;

import dev.dddgen.target.Artifact;
import dev.dddgen.target.TargetGenerator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Renders a target's artifacts in memory; nothing touches the disk here. */
public final class ArtifactRenderer {
  private ArtifactRenderer() {}

  public static List<GeneratedFile> renderAll(TargetGenerator target, List<Artifact> artifacts, Renderer renderer)
      throws RenderException {
    List<GeneratedFile> files = new ArrayList<>(artifacts.size());
    for (Artifact artifact : artifacts) {
      String rendered = renderer.render(artifact.template(), artifact.context());
      files.add(new GeneratedFile(artifact.path(), normalize(target.finish(artifact, rendered)), artifact.editable()));
    }
    files.sort(Comparator.comparing(GeneratedFile::path));
    return List.copyOf(files);
  }

  /** LF line endings and exactly one final newline, whatever the template's author's editor did. */
  static String normalize(String text) {
    String lf = text.replace("\r\n", "\n");
    int end = lf.length();
    while (end > 0 && lf.charAt(end - 1) == '\n') {
      end--;
    }
    return end == 0 ? "" : lf.substring(0, end) + "\n";
  }
}
