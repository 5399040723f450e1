package dev.dddgen.render;

import java.util.ArrayList;
import java.util.List;

/**
 * One model's files as a stack plans them: groups of artifacts whose contexts are built when the
 * group renders (independent, in any order, on every core), the stack's finishing of one rendered
 * file, and its formatting of all of a run's files at once. What they share (the model's names, its
 * imports) is captured for this model only.
 */
public record FilePlan(List<ArtifactGroup> groups, Finishing finishing, Formatting formatting) {

  /**
   * The rendered text of one file, finished as far as it can be alone (imports, a per-file
   * formatter); an {@link UnparsableOutputException} when it is not valid code of its language.
   */
  @FunctionalInterface
  public interface Finishing {
    String finish(Artifact artifact, String rendered) throws UnparsableOutputException;
  }

  /**
   * Every finished file of a run at once, in the same order, for a formatter that is run once over
   * all of them (gofmt).
   */
  @FunctionalInterface
  public interface Formatting {
    List<GeneratedFile> formatAll(List<GeneratedFile> files) throws UnparsableOutputException;

    /**
     * The formatter's name and version, when what it makes of a file depends on that file's text
     * alone: a text it formatted before is then taken from the {@link FormatMemo} rather than
     * formatted again. Empty (the default) when nothing may be reused.
     */
    default String version() {
      return "";
    }

    /** Whether {@link #formatAll} may change the file at {@code path} (others pass unchanged). */
    default boolean formats(String path) {
      return true;
    }
  }

  public FilePlan {
    groups = List.copyOf(groups);
  }

  /** A plan whose files need no formatting as a whole. */
  public FilePlan(List<ArtifactGroup> groups, Finishing finishing) {
    this(groups, finishing, files -> files);
  }

  /** Files whose contexts are already built, each a group of its own. */
  public static FilePlan eachAlone(List<Artifact> artifacts, Finishing finishing) {
    return eachAlone(artifacts, finishing, files -> files);
  }

  /** As {@link #eachAlone(List, Finishing)}, with a look at all of the run's files at the end. */
  public static FilePlan eachAlone(
      List<Artifact> artifacts, Finishing finishing, Formatting formatting) {
    return new FilePlan(
        artifacts.stream().map(artifact -> ArtifactGroup.ready(List.of(artifact))).toList(),
        finishing,
        formatting);
  }

  public String finish(Artifact artifact, String rendered) throws UnparsableOutputException {
    return finishing.finish(artifact, rendered);
  }

  public List<GeneratedFile> formatAll(List<GeneratedFile> files) throws UnparsableOutputException {
    return formatting.formatAll(files);
  }

  /** Every file of every group, in order (building every group's contexts). */
  public List<Artifact> artifacts() {
    List<Artifact> out = new ArrayList<>();
    for (ArtifactGroup group : groups) {
      out.addAll(group.artifacts());
    }
    return out;
  }
}
