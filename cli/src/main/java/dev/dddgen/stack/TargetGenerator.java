package dev.dddgen.stack;

import dev.dddgen.model.DomainModel;
import dev.dddgen.render.GeneratedFile;
import dev.dddgen.render.UnparsableOutputException;
import dev.dddgen.schema.Migration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** What a target language contributes to the pipeline: which files, their contexts, their last touch. */
public interface TargetGenerator {

  /** Every template-rendered file of the model, with its context; migrations excepted. */
  List<Artifact> artifacts(DomainModel model);

  /**
   * The same files, in the same order, in groups that build their contexts when rendered. By
   * default each file is a group of its own.
   */
  default List<ArtifactGroup> groups(DomainModel model) {
    return artifacts(model).stream().map(artifact -> ArtifactGroup.ready(List.of(artifact))).toList();
  }

  /** The context per-aggregate templates see for {@code aggregate}: what 'templates context' prints. */
  Map<String, Object> aggregateContext(DomainModel model, String aggregate);

  /**
   * The rendered text of one file, finished as far as it can be alone (imports, a per-file
   * formatter); an {@link UnparsableOutputException} when it is not valid code of its language.
   */
  String finish(Artifact artifact, String rendered) throws UnparsableOutputException;

  /**
   * Every finished file of a run at once, in the same order, for a formatter that is run once over
   * all of them (gofmt). By default the files as they are.
   */
  default List<GeneratedFile> formatAll(List<GeneratedFile> files)
      throws UnparsableOutputException {
    return files;
  }

  /** The files of migration {@code number}. */
  List<GeneratedFile> migrationFiles(int number, Migration migration);

  /** The number of the migration a generated path belongs to, if it is one. */
  OptionalInt migrationNumber(String path);
}
