package dev.dddgen.cli;

import dev.dddgen.definition.DefinitionEditor;
import dev.dddgen.definition.DefinitionException;
import dev.dddgen.definition.DefinitionLoader;
import dev.dddgen.definition.Problem;
import dev.dddgen.definition.SourceLocation;
import dev.dddgen.model.DomainModel;
import dev.dddgen.workspace.AtomicFiles;
import dev.dddgen.workspace.TextMerge;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "add",
    mixinStandardHelpOptions = true,
    description = "Add to the definition from the command line, then generate.",
    subcommands = {AddCommand.Aggregate.class})
final class AddCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "say what to add, e.g. 'dddgen add aggregate Invoice'");
  }

  @Command(
      name = "aggregate",
      description = {
        "Add an aggregate to dddgen.yaml (keeping its comments and layout), validate, then generate.",
        "Example: dddgen add aggregate Invoice --field number:string:unique --field total:Money"
      })
  static final class Aggregate extends BaseCommand {
    @Parameters(
        index = "0",
        paramLabel = "NAME",
        description = "The aggregate's name, in PascalCase.")
    String name;

    @Option(
        names = "--field",
        paramLabel = "name:type[:constraint...]",
        description =
            "A field; constraints: optional, unique, pii, min=N, max=N, minLength=N, maxLength=N,"
                + " pattern=RE, default=V, to=Aggregate (for ref), values=A|B (for enum).")
    List<String> fields = new ArrayList<>();

    @Mixin DefinitionOption definition;
    @Mixin GenerateOptions options;

    @Override
    public Integer call() throws Exception {
      loadDefinition(definition.file);
      String before = Files.readString(definition.file, StandardCharsets.UTF_8);
      // Checked before the edit: after it, the clash would be reported in the appended lines.
      Optional<SourceLocation> taken =
          DefinitionLoader.parse(definition.file.toString(), before).declarationAt(name);
      if (taken.isPresent()) {
        throw new DefinitionException(
            List.of(
                new Problem(
                    taken.get(),
                    "'" + name + "' is already defined",
                    "choose another name for the new aggregate")),
            before);
      }
      if (fields.isEmpty()) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(),
            "give the aggregate at least one --field, e.g. --field name:string:maxLength=120");
      }
      List<DefinitionEditor.FieldSpec> specs = new ArrayList<>();
      for (String field : fields) {
        try {
          specs.add(DefinitionEditor.FieldSpec.parse(field));
        } catch (IllegalArgumentException e) {
          throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
      }
      String after;
      try {
        after = DefinitionEditor.addAggregate(before, name, specs);
      } catch (IllegalArgumentException e) {
        throw CliFailure.of(ExitCodes.INVALID_DEFINITION, definition.file + ": " + e.getMessage());
      }
      // The edited text must be valid before anything is written; errors point into the new text.
      DomainModel model = DefinitionLoader.load(definition.file.toString(), after);
      if (options.dryRun) {
        info("dddgen.yaml would change:");
        out().print(TextMerge.unifiedDiff(definition.file.toString(), before, after));
        return GenerateCommand.generate(this, model, definition.file, options);
      }
      int code =
          GenerateCommand.generate(
              this,
              model,
              definition.file,
              options,
              () -> AtomicFiles.write(definition.file, after.getBytes(StandardCharsets.UTF_8)));
      if (code == ExitCodes.OK
          || code == ExitCodes.STALE_OR_CONFLICT
              && Files.readString(definition.file).equals(after)) {
        info("Added aggregate " + name + " to " + definition.file + ".");
      }
      return code;
    }
  }
}
