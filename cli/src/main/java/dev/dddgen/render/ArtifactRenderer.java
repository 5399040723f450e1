package dev.dddgen.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
   * the other files are formatted, in batches while the groups still render ({@link
   * FormatBatches}). Each formatted file's source fingerprint is returned for the next run's memo.
   */
  public static RenderedFiles renderAll(FilePlan plan, Renderer renderer, FormatMemo memo)
      throws RenderException {
    FilePlan.Formatting formatting = plan.formatting();
    String version = formatting.version();
    try (FormatBatches batches = version.isEmpty() ? null : new FormatBatches(formatting)) {
      Formatter formatter =
          batches == null ? null : new Formatter(formatting, version, memo, batches);
      List<Object> results =
          plan.groups().parallelStream()
              .map(group -> render(plan, group, renderer, formatter))
              .toList();
      List<Rendered> rendered = new ArrayList<>();
      for (Object result : results) {
        if (result instanceof RenderException e) {
          throw e;
        }
        for (Object item : (List<?>) result) {
          rendered.add((Rendered) item);
        }
      }
      rendered.sort(Comparator.comparing(r -> r.file().path()));
      refuseClashes(rendered);
      try {
        return batches == null ? formatAll(formatting, rendered) : collect(rendered, batches);
      } catch (UnparsableOutputException e) {
        throw invalid(
            rendered.stream()
                .filter(r -> r.file().path().equals(e.path()))
                .map(Rendered::template)
                .findFirst()
                .orElse(null),
            e,
            renderer);
      }
    }
  }

  /** Fails on two files at one path ({@code rendered} in path order), naming both templates. */
  private static void refuseClashes(List<Rendered> rendered) {
    for (int i = 1; i < rendered.size(); i++) {
      Rendered before = rendered.get(i - 1);
      Rendered file = rendered.get(i);
      if (before.file().path().equals(file.file().path())) {
        throw new PathClashException(file.file().path(), before.template(), file.template());
      }
    }
  }

  /** The files of a formatter that is given all of them at once. */
  private static RenderedFiles formatAll(FilePlan.Formatting formatting, List<Rendered> rendered)
      throws UnparsableOutputException {
    return new RenderedFiles(
        formatting.formatAll(rendered.stream().map(Rendered::file).toList()), Map.of());
  }

  /**
   * The files in path order, each formatted one as the memo remembered it or as its batch made it,
   * with the fingerprints of what the formatter was given and the SHA-256 of the texts hashed as
   * they were made (a text the memo gave back is not: the state knows it already).
   */
  private static RenderedFiles collect(List<Rendered> rendered, FormatBatches batches)
      throws UnparsableOutputException {
    Map<String, GeneratedFile> formatted = batches.formatted();
    List<GeneratedFile> out = new ArrayList<>(rendered.size());
    Map<String, String> hashes = new HashMap<>();
    Map<String, String> textHashes = new IdentityHashMap<>(batches.textHashes());
    for (Rendered r : rendered) {
      GeneratedFile file = r.file();
      if (r.sourceHash() != null) {
        hashes.put(file.path(), r.sourceHash());
        file =
            r.remembered() != null
                ? new GeneratedFile(file.path(), r.remembered(), file.editable())
                : formatted.get(file.path());
      } else if (r.textHash() != null) {
        textHashes.put(file.content(), r.textHash());
      }
      out.add(file);
    }
    return new RenderedFiles(out, hashes, textHashes);
  }

  /**
   * What happens to a file the formatter may change: its fingerprint is looked up in the memo, and
   * it is queued for formatting unless the memo remembers it. A file the formatter leaves as it is
   * is final here, and is hashed for the state's manifest on the thread that rendered it.
   */
  private record Formatter(
      FilePlan.Formatting formatting, String version, FormatMemo memo, FormatBatches batches) {
    Rendered rendered(String template, GeneratedFile file) {
      if (!formatting.formats(file.path())) {
        return new Rendered(template, file, null, null, Sha256.hex(file.content()));
      }
      String hash = SourceFingerprint.of(version, file.content());
      String remembered = memo.formatted(file.path(), hash).orElse(null);
      if (remembered == null) {
        batches.add(file);
      }
      return new Rendered(template, file, hash, remembered, null);
    }
  }

  /**
   * A rendered file, the logical name of the template that rendered it, and when the formatter may
   * change it, the fingerprint of its text and what the memo holds for it (null if nothing); when
   * it may not and the text is final, the text's SHA-256 (null if it was not hashed).
   */
  private record Rendered(
      String template, GeneratedFile file, String sourceHash, String remembered, String textHash) {
    Rendered(String template, GeneratedFile file) {
      this(template, file, null, null, null);
    }
  }

  /** The group's files, or the exception of its first artifact that failed. */
  private static Object render(
      FilePlan plan, ArtifactGroup group, Renderer renderer, Formatter formatter) {
    List<Artifact> artifacts = group.artifacts();
    List<Rendered> files = new ArrayList<>(artifacts.size());
    for (Artifact artifact : artifacts) {
      try {
        String rendered = renderer.render(artifact.template(), artifact.context());
        String finished = normalize(plan.finish(artifact, rendered));
        GeneratedFile file = new GeneratedFile(artifact.path(), finished, artifact.editable());
        files.add(
            formatter == null
                ? new Rendered(artifact.template(), file)
                : formatter.rendered(artifact.template(), file));
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
