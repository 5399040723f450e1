package dev.dddgen.stack;

import java.util.ArrayList;
import java.util.List;

/**
 * One model's files as a stack plans them: groups of artifacts whose contexts are built when the
 * group renders (those marked {@link ArtifactGroup#afterOthers} last), and the stack's mechanical
 * finishing of a rendered file. What both share (the model's names, its imports) is captured for
 * this model only.
 */
public record FilePlan(List<ArtifactGroup> groups, Finishing finishing) {

  /** The rendered text as it is written: the stack's mechanical finishing (alignment, imports). */
  @FunctionalInterface
  public interface Finishing {
    String finish(Artifact artifact, String rendered);
  }

  public FilePlan {
    groups = List.copyOf(groups);
  }

  /** Files whose contexts are already built, each a group of its own. */
  public static FilePlan eachAlone(List<Artifact> artifacts, Finishing finishing) {
    return new FilePlan(
        artifacts.stream().map(artifact -> ArtifactGroup.ready(List.of(artifact))).toList(), finishing);
  }

  public String finish(Artifact artifact, String rendered) {
    return finishing.finish(artifact, rendered);
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
