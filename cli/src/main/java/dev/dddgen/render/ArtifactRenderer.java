package dev.dddgen.render;

import dev.dddgen.stack.Artifact;
import dev.dddgen.stack.ArtifactGroup;
import dev.dddgen.stack.FilePlan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Renders a target's artifacts in memory; nothing touches the disk here. */
public final class ArtifactRenderer {
  private ArtifactRenderer() {}

  /**
   * Renders every group's files: the groups on all cores, each building its contexts just before
   * rendering its files, then those built after the others. Rendering and finishing are pure; a
   * failure is reported for the first failing artifact in order, the same one on every run.
   */
  public static List<GeneratedFile> renderAll(FilePlan plan, Renderer renderer) throws RenderException {
    List<GeneratedFile> files = new ArrayList<>();
    for (boolean afterOthers : new boolean[] {false, true}) {
      List<Object> results = plan.groups().stream().filter(group -> group.afterOthers() == afterOthers).toList()
          .parallelStream().map(group -> render(plan, group, renderer)).toList();
      for (Object result : results) {
        if (result instanceof RenderException e) {
          throw e;
        }
        for (Object file : (List<?>) result) {
          files.add((GeneratedFile) file);
        }
      }
    }
    files.sort(Comparator.comparing(GeneratedFile::path));
    return List.copyOf(files);
  }

  /** The group's files, or the exception of its first artifact that failed. */
  private static Object render(FilePlan plan, ArtifactGroup group, Renderer renderer) {
    List<Artifact> artifacts = group.artifacts();
    List<GeneratedFile> files = new ArrayList<>(artifacts.size());
    for (Artifact artifact : artifacts) {
      try {
        String rendered = renderer.render(artifact.template(), artifact.context());
        files.add(new GeneratedFile(artifact.path(), normalize(plan.finish(artifact, rendered)), artifact.editable()));
      } catch (RenderException e) {
        return e;
      }
    }
    return files;
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
