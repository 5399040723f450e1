package dev.dddgen.cli;

import dev.dddgen.schema.DefinitionSchema;
import picocli.CommandLine.Command;

@Command(
    name = "schema",
    description = {
      "Print the JSON Schema (draft 2020-12) of dddgen.yaml on stdout.",
      "Editors use it for completion: put '# yaml-language-server: $schema=<path or URL>' atop the file."
    })
final class SchemaCommand extends BaseCommand {
  @Override
  public Integer call() {
    out().print(DefinitionSchema.json());
    out().flush();
    return ExitCodes.OK;
  }
}
