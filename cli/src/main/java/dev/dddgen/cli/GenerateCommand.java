package dev.dddgen.cli;

import dev.dddgen.model.DomainModel;
import dev.dddgen.workspace.Change;
import dev.dddgen.workspace.Generation;
import dev.dddgen.workspace.Plan;
import dev.dddgen.workspace.Workspace;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "generate",
    description = {
      "Generate (or regenerate) the backend described by the definition.",
      "Untouched files are replaced, edited ones merged three-way; conflicts are marked",
      "with <<<<<<< and exit 1. Nothing is written when the definition or a template is invalid."
    })
final class GenerateCommand extends BaseCommand {
  @Mixin DefinitionOption definition;
  @Mixin GenerateOptions options;

  @Override
  public Integer call() throws Exception {
    DomainModel model = loadDefinition(definition.file);
    return generate(this, model, definition.file, options);
  }

  /** Shared with {@code add aggregate}, which generates after editing the definition. */
  static int generate(BaseCommand command, DomainModel model, Path file, GenerateOptions options) throws Exception {
    Path definitionDir = file.toAbsolutePath().normalize().getParent();
    Path output = options.output != null ? options.output : definitionDir.resolve(model.project().output());
    Plan plan = Generation.plan(model, new Generation.Settings(definitionDir, output, options.templates, options.force));
    if (options.dryRun) {
      command.info("Plan for " + plan.output().root() + " (dry run, nothing written):");
      PlanPrinter.printChanges(command.out(), plan, command.ansi(), command.output.verbose);
      if (options.diff) {
        PlanPrinter.printDiffs(command.out(), plan);
      }
      command.info(PlanPrinter.summary(plan) + ".");
      return ExitCodes.OK;
    }
    Workspace.apply(plan);
    if (!command.output.quiet) {
      PlanPrinter.printChanges(command.out(), plan, command.ansi(), command.output.verbose);
    }
    command.info(PlanPrinter.summary(plan) + " in " + plan.output().root() + ".");
    if (plan.hasConflicts()) {
      command.err().println(plan.with(Change.Status.CONFLICT).size()
          + " file(s) have conflict markers (<<<<<<<): resolve them, then run 'dddgen check'.");
      return ExitCodes.STALE_OR_CONFLICT;
    }
    return ExitCodes.OK;
  }
}
