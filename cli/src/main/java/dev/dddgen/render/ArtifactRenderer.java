package dev.dddgen.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Renders a target's artifacts in memory; nothing touches the disk here. */
public final class ArtifactRenderer {
  private ArtifactRenderer() {}

  /**
   * Renders every group's files, the groups on all cores, each building its contexts just before
   * rendering its files; then the target formats them all at once. Rendering and finishing are
   * pure; a failure is reported for the first failing artifact in order, the same one on every run.
   */
  public static List<GeneratedFile> renderAll(FilePlan plan, Renderer renderer)
      throws RenderException {
    return renderAll(plan, renderer, FormatMemo.NONE).files();
  }

  /**
   * As {@link #renderAll(FilePlan, Renderer)}, taking from {@code memo} what the stack's formatter
   * made of a file's text before, when it remembers exactly this text (and formatter version): only
   * the other files are formatted. Each formatted file's source fingerprint is returned for the
   * next run's memo.
   */
  public static RenderedFiles renderAll(FilePlan plan, Renderer renderer, FormatMemo memo)
      throws RenderException {
    List<Object> results =
        plan.groups().parallelStream().map(group -> render(plan, group, renderer)).toList();
    List<GeneratedFile> files = new ArrayList<>();
    Map<String, String> templates = new HashMap<>();
    for (Object result : results) {
      if (result instanceof RenderException e) {
        throw e;
      }
      for (Object item : (List<?>) result) {
        Rendered rendered = (Rendered) item;
        files.add(rendered.file());
        templates.put(rendered.file().path(), rendered.template());
      }
    }
    files.sort(Comparator.comparing(GeneratedFile::path));
    try {
      return format(plan.formatting(), files, memo);
    } catch (UnparsableOutputException e) {
      throw invalid(templates.get(e.path()), e, renderer);
    }
  }

  /**
   * The files formatted, those the memo remembers taken from it. A file's fingerprint covers the
   * formatter's version and the file's text: another gofmt may format differently.
   */
  private static RenderedFiles format(
      FilePlan.Formatting formatting, List<GeneratedFile> files, FormatMemo memo)
      throws UnparsableOutputException {
    String version = formatting.version();
    if (version.isEmpty()) {
      return new RenderedFiles(formatting.formatAll(files), Map.of());
    }
    List<Remembered> looked =
        files.parallelStream()
            .map(
                file -> {
                  if (!formatting.formats(file.path())) {
                    return new Remembered(file, null, null);
                  }
                  String hash = SourceFingerprint.of(version, file.content());
                  return new Remembered(file, hash, memo.formatted(file.path(), hash).orElse(null));
                })
            .toList();
    List<GeneratedFile> toFormat = new ArrayList<>();
    for (Remembered r : looked) {
      if (r.hash() != null && r.formatted() == null) {
        toFormat.add(r.file());
      }
    }
    Iterator<GeneratedFile> formatted =
        (toFormat.isEmpty() ? toFormat : formatting.formatAll(toFormat)).iterator();
    List<GeneratedFile> out = new ArrayList<>(files.size());
    Map<String, String> hashes = new HashMap<>();
    for (Remembered r : looked) {
      GeneratedFile file = r.file();
      if (r.hash() != null) {
        hashes.put(file.path(), r.hash());
        file =
            r.formatted() != null
                ? new GeneratedFile(file.path(), r.formatted(), file.editable())
                : formatted.next();
      }
      out.add(file);
    }
    return new RenderedFiles(out, hashes);
  }

  /** A rendered file, its source fingerprint (null if not formatted) and what the memo holds. */
  private record Remembered(GeneratedFile file, String hash, String formatted) {}

  /** A rendered file and the logical name of the template that rendered it. */
  private record Rendered(String template, GeneratedFile file) {}

  /** The group's files, or the exception of its first artifact that failed. */
  private static Object render(FilePlan plan, ArtifactGroup group, Renderer renderer) {
    List<Artifact> artifacts = group.artifacts();
    List<Rendered> files = new ArrayList<>(artifacts.size());
    for (Artifact artifact : artifacts) {
      try {
        String rendered = renderer.render(artifact.template(), artifact.context());
        String finished = normalize(plan.finish(artifact, rendered));
        files.add(
            new Rendered(
                artifact.template(),
                new GeneratedFile(artifact.path(), finished, artifact.editable())));
      } catch (RenderException e) {
        return e;
      } catch (UnparsableOutputException e) {
        return invalid(artifact.template(), e, renderer);
      }
    }
    return files;
  }

  /** The failure naming the template (and where it was found) whose output does not parse. */
  private static RenderException invalid(
      String template, UnparsableOutputException e, Renderer renderer) {
    String where =
        template == null
            ? ""
            : renderer.lookup().find(template).map(t -> " (" + t.location() + ")").orElse("");
    return new RenderException(
        "template " + (template == null ? "?" : template) + where + " " + e.getMessage(), e);
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
