package dev.dddgen.render;

import dev.dddgen.target.Artifact;
import dev.dddgen.target.TargetGenerator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/** Renders a target's artifacts in memory; nothing touches the disk here. */
public final class ArtifactRenderer {
  private ArtifactRenderer() {}

  public static List<GeneratedFile> renderAll(TargetGenerator target, List<Artifact> artifacts, Renderer renderer)
      throws RenderException {
    renderer.prepare(new TreeSet<>(artifacts.stream().map(Artifact::template).toList()));
    // Rendering and finishing are pure, so files render in parallel; a failure is reported for the
    // first failing artifact in order, the same one on every run.
    List<Object> results = artifacts.parallelStream().map(artifact -> {
      try {
        String rendered = renderer.render(artifact.template(), artifact.context());
        return (Object) new GeneratedFile(artifact.path(), normalize(target.finish(artifact, rendered)),
            artifact.editable());
      } catch (RenderException e) {
        return e;
      }
    }).toList();
    List<GeneratedFile> files = new ArrayList<>(results.size());
    for (Object result : results) {
      if (result instanceof RenderException e) {
        throw e;
      }
      files.add((GeneratedFile) result);
    }
    files.sort(Comparator.comparing(GeneratedFile::path));
    return List.copyOf(files);
  }

  /** LF line endings and exactly one final newline, whatever the template's author's editor did. */
  static String normalize(String text) {
    String lf = text.replace("\r\n", "\n");
    int end = lf.length();
    if (end > 1 && lf.charAt(end - 1) == '\n' && lf.charAt(end - 2) != '\n') {
      return lf; // already so, as nearly every file is: no copy
    }
    while (end > 0 && lf.charAt(end - 1) == '\n') {
      end--;
    }
    if (end == 0) {
      return "";
    }
    // One copy of the text: up to its last character and the newline after it, or with one added.
    return end < lf.length() ? lf.substring(0, end + 1) : lf.concat("\n");
  }
}
