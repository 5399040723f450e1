package dev.dddgen.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "add",
    description = "Add to the definition from the command line, then generate.",
    subcommands = {AddCommand.Aggregate.class})
final class AddCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "say what to add, e.g. 'dddgen add aggregate Invoice'");
  }

  @Command(
      name = "aggregate",
      description = {
        "Add an aggregate to dddgen.yaml (keeping its comments and layout), validate, then generate.",
        "Example: dddgen add aggregate Invoice --field number:string:unique --field total:Money"
      })
  static final class Aggregate extends BaseCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "The aggregate's name, in PascalCase.")
    String name;

    @Option(names = "--field", paramLabel = "name:type[:constraint...]",
        description = {"A field; constraints: optional, unique, pii, min=N, max=N, minLength=N,",
            "maxLength=N, pattern=RE, default=V, to=Aggregate (for ref), values=A|B (for enum)."})
    List<String> fields = new ArrayList<>();

    @Mixin DefinitionOption definition;
    @Mixin GenerateOptions options;

    @Override
    public Integer call() throws Exception {
      loadDefinition(definition.file);
      throw CliFailure.failure("'add aggregate' is not yet available in this build");
    }
  }
}
