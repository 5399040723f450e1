package dev.dddgen.cli;

import dev.dddgen.definition.Definition;
import dev.dddgen.definition.DefinitionLoader;
import dev.dddgen.definition.SourceLocation;
import dev.dddgen.model.DomainModel;
import dev.dddgen.render.TemplateLookup;
import dev.dddgen.schema.MigrationRefused;
import dev.dddgen.workspace.Generation;
import dev.dddgen.workspace.Plan;
import dev.dddgen.workspace.Workspace;
import java.io.BufferedReader;
import java.io.Console;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "generate",
    description = {
      "Generate (or regenerate) the backend described by the definition.",
      "Untouched files are replaced, edited ones merged three-way; conflicts are marked",
      "with <<<<<<< and exit 1. A changed schema adds new migrations (old ones are never",
      "edited). Into an existing project, new aggregates, migrations and dependencies are",
      "confirmed first (--yes when not on a terminal); destructive migrations also need",
      "--allow-destructive. Nothing is written when anything is invalid or refused."
    })
final class GenerateCommand extends BaseCommand {
  @Mixin DefinitionOption definition;
  @Mixin GenerateOptions options;

  @Override
  public Integer call() throws Exception {
    DomainModel model = loadDefinition(definition.file);
    return generate(this, model, definition.file, options);
  }

  /** Something to write just before the generated files, once the plan is confirmed. */
  interface BeforeWrite {
    void run() throws java.io.IOException;
  }

  static int generate(BaseCommand command, DomainModel model, Path file, GenerateOptions options)
      throws Exception {
    return generate(command, model, file, options, () -> {});
  }

  /**
   * Shared with {@code add aggregate}, which writes the edited definition only when generation goes
   * ahead.
   */
  static int generate(
      BaseCommand command,
      DomainModel model,
      Path file,
      GenerateOptions options,
      BeforeWrite beforeWrite)
      throws Exception {
    Path definitionDir = DefinitionOption.folderOf(file);
    Path output = DefinitionOption.outputOf(file, options.output, model);
    // An override file that matches no template would otherwise be ignored without a word.
    for (String name :
        Generation.templates(definitionDir, TemplatesCommand.requireFolder(options.templates))
            .unusedOverrides()) {
      command.warn(
          "template override "
              + name
              + TemplateLookup.EXTENSION
              + " is not used: no built-in template has"
              + " this name and no template includes it ('dddgen templates list' shows the names)");
    }
    Plan plan;
    try {
      plan =
          Generation.plan(
              model,
              new Generation.Settings(definitionDir, output, options.templates, options.force),
              command.timings);
    } catch (MigrationRefused e) {
      Definition written = DefinitionLoader.parse(file.toString(), Files.readString(file));
      for (MigrationRefused.Refusal refusal : e.refusals()) {
        String where =
            refusal
                .field()
                .flatMap(f -> written.fieldAt(f.owner(), f.name()))
                .map(SourceLocation::toString)
                .orElse(file.toString());
        command
            .err()
            .println(
                command.ansi().string("@|red,bold error:|@ ") + where + ": " + refusal.reason());
      }
      command.err().println("nothing was written.");
      return ExitCodes.INVALID_DEFINITION;
    }
    List<String> askFirst = plan.askFirst();
    if (options.dryRun) {
      command.info("Plan for " + plan.output().root() + " (dry run, nothing written):");
      PlanPrinter.printChanges(command.out(), plan, command.ansi(), command.output.verbose);
      askFirst.forEach(item -> command.info("  ask first: " + item));
      if (options.diff) {
        PlanPrinter.printDiffs(command.out(), plan);
      }
      command.info(PlanPrinter.summary(plan) + ".");
      return ExitCodes.OK;
    }
    if (!plan.destructiveMigrations().isEmpty() && !options.allowDestructive) {
      command
          .err()
          .println(
              command.ansi().string("@|red,bold refused:|@ ") + "these migrations can lose data:");
      for (Plan.NewMigration m : plan.destructiveMigrations()) {
        command.err().println("  " + m.paths().get(0) + "  (" + m.migration().description() + ")");
        m.migration().losses().forEach(loss -> command.err().println("    - " + loss));
      }
      command.err().println("Pass --allow-destructive to generate them. Nothing was written.");
      return ExitCodes.STALE_OR_CONFLICT;
    }
    if (!askFirst.isEmpty() && !options.yes && !confirm(command, askFirst)) {
      return ExitCodes.STALE_OR_CONFLICT;
    }
    beforeWrite.run();
    Workspace.apply(plan);
    command.timings.lap("write");
    command.printTimings();
    if (!command.output.quiet) {
      PlanPrinter.printChanges(command.out(), plan, command.ansi(), command.output.verbose);
    }
    command.info(PlanPrinter.summary(plan) + " in " + plan.output().root() + ".");
    if (PlanPrinter.everyFileDeleted(plan)) {
      command
          .err()
          .println(
              "Nothing was written: every file dddgen generated in "
                  + plan.output().root()
                  + " was deleted, and .dddgen/ keeps deleted files deleted."
                  + " To generate them all again: dddgen generate --force");
    }
    if (plan.hasConflicts()) {
      command
          .err()
          .println(
              plan.conflicts().size()
                  + " file(s) have conflict markers (<<<<<<<): resolve them, then run 'dddgen check'.");
      plan.conflicts().forEach(c -> command.err().println("  " + c.path()));
      return ExitCodes.STALE_OR_CONFLICT;
    }
    return ExitCodes.OK;
  }

  /** Asks on a terminal; elsewhere explains that --yes is needed. True to go ahead. */
  private static boolean confirm(BaseCommand command, List<String> items)
      throws java.io.IOException {
    command.err().println("This changes an existing project; the reference asks first about:");
    items.forEach(item -> command.err().println("  - " + item));
    Console console = System.console();
    if (console == null) {
      command
          .err()
          .println(
              "Not on a terminal: re-run with --yes to confirm (or --dry-run --diff to review). Nothing was written.");
      return false;
    }
    command.err().print("Proceed? [y/N] ");
    command.err().flush();
    BufferedReader reader = new BufferedReader(console.reader());
    String answer = reader.readLine();
    boolean yes = answer != null && answer.trim().toLowerCase(Locale.ROOT).startsWith("y");
    if (!yes) {
      command.err().println("Nothing was written.");
    }
    return yes;
  }
}
