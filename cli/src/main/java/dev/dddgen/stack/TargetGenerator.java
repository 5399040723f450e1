package dev.dddgen.stack;

import dev.dddgen.model.DomainModel;
import dev.dddgen.render.GeneratedFile;
import dev.dddgen.schema.Migration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** What a target language contributes to the pipeline: which files, their contexts, their last touch. */
public interface TargetGenerator {

  /** Every template-rendered file of the model, with its context; migrations excepted. */
  List<Artifact> artifacts(DomainModel model);

  /**
   * The same files, in the same order, in groups that build their contexts when rendered; the groups
   * marked {@link ArtifactGroup#afterOthers} last. By default each file is a group of its own.
   */
  default List<ArtifactGroup> groups(DomainModel model) {
    return artifacts(model).stream().map(artifact -> ArtifactGroup.ready(List.of(artifact))).toList();
  }

  /** The context per-aggregate templates see for {@code aggregate}: what 'templates context' prints. */
  Map<String, Object> aggregateContext(DomainModel model, String aggregate);

  /** The rendered text as it is written: the target's mechanical finishing (alignment, imports). */
  String finish(Artifact artifact, String rendered);

  /** The files of migration {@code number}. */
  List<GeneratedFile> migrationFiles(int number, Migration migration);

  /** The number of the migration a generated path belongs to, if it is one. */
  OptionalInt migrationNumber(String path);
}
