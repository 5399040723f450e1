package dev.dddgen.cli;

import dev.dddgen.definition.Suggestions;
import dev.dddgen.diagram.Mermaid;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.DomainModel;
import dev.dddgen.model.Lifecycle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "diagram",
    description = {
      "Print Mermaid diagrams of the domain: its model, its commands and events, its lifecycles.",
      "Without WHAT, a Markdown section with every diagram (the one generated READMEs embed).",
      "WHAT is 'model', 'commands', an aggregate (the lifecycle of its state field) or",
      "AGGREGATE.FIELD (one state field's lifecycle); then the diagram alone, in Mermaid.",
      "A state field is an enum or bool field that a command's 'set' assigns or a 'when' tests.",
      "--format svg renders the diagram with mermaid-cli ('mmdc', from npm's",
      "@mermaid-js/mermaid-cli), which must be on the PATH."
    })
final class DiagramCommand extends BaseCommand {
  enum Format {
    mermaid,
    svg
  }

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "WHAT",
      description = "model, commands, AGGREGATE or AGGREGATE.FIELD (default: everything).")
  String what;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "mermaid",
      description = "mermaid (default) or svg.")
  Format format;

  @Mixin DefinitionOption definition;

  @Override
  public Integer call() throws Exception {
    DomainModel model = loadDefinition(definition.file);
    String text = what == null ? Mermaid.markdown(model) : diagram(model, what);
    if (format == Format.svg) {
      if (what == null) {
        throw CliFailure.of(
            ExitCodes.USAGE,
            "--format svg draws one diagram: name it (model, commands or AGGREGATE)");
      }
      text = svg(text);
    }
    out().print(text);
    out().flush();
    return ExitCodes.OK;
  }

  private static String diagram(DomainModel model, String what) {
    if (what.equals("model")) {
      return Mermaid.model(model);
    }
    if (what.equals("commands")) {
      return Mermaid.commands(model);
    }
    int dot = what.indexOf('.');
    String name = dot < 0 ? what : what.substring(0, dot);
    Optional<Aggregate> aggregate = model.aggregate(name);
    if (aggregate.isEmpty()) {
      List<String> choices = new ArrayList<>(List.of("model", "commands"));
      model.aggregates().forEach(a -> choices.add(a.name()));
      throw CliFailure.of(
          ExitCodes.USAGE,
          "no aggregate '"
              + name
              + "' in the definition"
              + Suggestions.closest(name, choices)
                  .map(c -> " — did you mean '" + c + "'?")
                  .orElse(""));
    }
    List<Lifecycle> lifecycles = Lifecycle.of(aggregate.get());
    List<String> fields = lifecycles.stream().map(l -> name + "." + l.field().name()).toList();
    if (dot >= 0) {
      String field = what.substring(dot + 1);
      return lifecycles.stream()
          .filter(l -> l.field().name().equals(field))
          .findFirst()
          .map(Mermaid::lifecycle)
          .orElseThrow(
              () ->
                  CliFailure.of(
                      ExitCodes.USAGE,
                      "'"
                          + field
                          + "' is no state field of "
                          + name
                          + (fields.isEmpty()
                              ? " (it has none)"
                              : "; its state fields: " + String.join(", ", fields))));
    }
    if (lifecycles.size() != 1) {
      throw CliFailure.of(
          ExitCodes.USAGE,
          lifecycles.isEmpty()
              ? name
                  + " has no lifecycle: no command's 'set' or 'when' names one of its enum or bool fields"
              : name + " has several lifecycles: name one of " + String.join(", ", fields));
    }
    return Mermaid.lifecycle(lifecycles.get(0));
  }

  /** The diagram drawn by mermaid-cli. */
  private static String svg(String mermaid) throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("dddgen-diagram");
    try {
      Path in = Files.writeString(dir.resolve("diagram.mmd"), mermaid, StandardCharsets.UTF_8);
      Path out = dir.resolve("diagram.svg");
      Process process;
      try {
        process =
            new ProcessBuilder("mmdc", "-q", "-i", in.toString(), "-o", out.toString())
                .redirectErrorStream(true)
                .start();
      } catch (IOException e) {
        throw CliFailure.failure(
            "--format svg needs mermaid-cli's 'mmdc' on the PATH"
                + " (npm install -g @mermaid-js/mermaid-cli), or use --format mermaid");
      }
      String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(120, TimeUnit.SECONDS)
          || process.exitValue() != 0
          || !Files.exists(out)) {
        process.destroyForcibly();
        throw CliFailure.failure("mmdc could not draw the diagram: " + log.strip());
      }
      return Files.readString(out, StandardCharsets.UTF_8);
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
