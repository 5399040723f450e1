package dev.dddgen.render;

import java.util.List;

/**
 * Artifacts whose contexts are built only when the group is rendered: an aggregate's files share a
 * context of tens of kilobytes, and building every aggregate's before rendering any held them all
 * in memory at once (the collector then copied them again and again). A group's context is garbage
 * as soon as its files are rendered. Groups are independent: they are built in any order, on every
 * core.
 */
public record ArtifactGroup(java.util.function.Supplier<List<Artifact>> builder) {
  /** A group built whenever the renderer gets to it. */
  public static ArtifactGroup of(java.util.function.Supplier<List<Artifact>> builder) {
    return new ArtifactGroup(builder);
  }

  /** A group of artifacts whose contexts are already built. */
  public static ArtifactGroup ready(List<Artifact> artifacts) {
    return of(() -> artifacts);
  }

  public List<Artifact> artifacts() {
    return builder.get();
  }
}
