package dev.dddgen.stack;

import dev.dddgen.definition.StackRules;
import dev.dddgen.model.DomainModel;
import dev.dddgen.render.Artifact;
import dev.dddgen.render.FilePlan;
import dev.dddgen.render.GeneratedFile;
import dev.dddgen.schema.Migration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A generated stack (Go, Java, ...) as a plug-in: {@link java.util.ServiceLoader} finds each one
 * listed in a {@code META-INF/services/dev.dddgen.stack.Stack} file (see {@link Stacks}). A stack
 * declares its id and its own definition rules ({@link #rules}), where its templates are ({@link
 * #templateRoot}) and which files a model becomes ({@link #files}).
 *
 * <p>Every method computes its answer from its arguments: nothing is kept between calls, so calls
 * may come in any order, from any thread, for any number of models.
 */
public interface Stack {

  /** The id, reserved names and rules the definition layer checks a definition with. */
  StackRules rules();

  /** What {@code project.target} names to choose this stack. */
  default String id() {
    return rules().id();
  }

  /**
   * The first segment of its templates' logical names: {@code go} for {@code go/domain/entity},
   * found under {@code templates/<root>/} on the class path unless a template folder overrides it.
   */
  default String templateRoot() {
    return id();
  }

  /** The module a new definition starts with ('dddgen init' without --module). */
  default String exampleModule(String projectName) {
    return "example.com/" + projectName;
  }

  /** The model's template-rendered files (migrations excepted) and how each is finished. */
  FilePlan files(DomainModel model);

  /** Every template-rendered file of the model, with its context, in order. */
  default List<Artifact> artifacts(DomainModel model) {
    return files(model).artifacts();
  }

  /**
   * The context per-aggregate templates see for {@code aggregate}: what 'templates context' prints.
   */
  Map<String, Object> aggregateContext(DomainModel model, String aggregate);

  /** The files of migration {@code number}. */
  List<GeneratedFile> migrationFiles(int number, Migration migration);

  /** The number of the migration a generated path belongs to, if it is one. */
  OptionalInt migrationNumber(String path);
}
