package dev.dddgen.cli;

import dev.dddgen.model.Aggregate;
import dev.dddgen.model.DomainModel;
import dev.dddgen.model.Lifecycle;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "validate",
    description = {
      "Check a definition and report every problem, each with file:line:column and a hint.",
      "Warnings (e.g. a no-op transition) are reported too but do not fail it; --verbose lists",
      "each lifecycle's initial and terminal states.",
      "Writes nothing. Exit 0 when valid, 3 when not."
    })
final class ValidateCommand extends BaseCommand {
  @Mixin DefinitionOption definition;

  @Override
  public Integer call() throws Exception {
    DomainModel model = loadDefinition(definition.file);
    int commands = model.aggregates().stream().mapToInt(a -> a.commands().size()).sum();
    int queries = model.aggregates().stream().mapToInt(a -> a.queries().size()).sum();
    info(
        definition.file
            + " is valid: "
            + model.aggregates().size()
            + " aggregate(s), "
            + model.valueObjects().size()
            + " value object(s), "
            + commands
            + " command(s), "
            + queries
            + " quer"
            + (queries == 1 ? "y" : "ies")
            + "; target "
            + model.project().target()
            + ".");
    for (Aggregate aggregate : model.aggregates()) {
      for (Lifecycle lifecycle : Lifecycle.of(aggregate)) {
        List<String> terminal = lifecycle.terminal();
        verbose(
            "lifecycle "
                + aggregate.name()
                + "."
                + lifecycle.field().name()
                + ": starts at "
                + lifecycle.initial().orElse("(no default)")
                + "; terminal: "
                + (terminal.isEmpty() ? "none" : String.join(", ", terminal)));
      }
    }
    return ExitCodes.OK;
  }
}
