package dev.dddgen.cli;

import dev.dddgen.model.DomainModel;
import dev.dddgen.schema.JsonText;
import dev.dddgen.workspace.Change;
import dev.dddgen.workspace.Generation;
import dev.dddgen.workspace.Plan;
import dev.dddgen.workspace.TextMerge;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "check",
    description = {
      "Exit 1, with a diff, when 'dddgen generate' would change a file (for CI).",
      "The committed code is then stale against the definition. Your own edits that",
      "the generator leaves alone are not stale. Changes that would break clients of",
      "the recorded HTTP contract or consumers of the recorded events are listed",
      "first. Writes nothing."
    })
final class CheckCommand extends BaseCommand {
  enum Format {
    text,
    json
  }

  @Mixin DefinitionOption definition;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      description =
          "The generated tree (default: project.output, relative to the definition's folder).")
  Path output;

  @Option(
      names = "--templates",
      paramLabel = "DIR",
      description = "Template overrides, as for generate.")
  Path templates;

  @Option(
      names = "--format",
      paramLabel = "text|json",
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() throws Exception {
    DomainModel model = loadDefinition(definition.file);
    Path definitionDir = DefinitionOption.folderOf(definition.file);
    Path out = DefinitionOption.outputOf(definition.file, output, model);
    Plan plan =
        Generation.plan(
            model,
            new Generation.Settings(
                definitionDir, out, TemplatesCommand.requireFolder(templates), false),
            timings);
    printTimings();
    List<Change> stale = plan.changes().stream().filter(CheckCommand::fails).toList();
    List<String> breakingApi = plan.evolution().breakingApiChanges();
    List<String> breakingEvents = plan.evolution().breakingEventChanges();
    boolean upToDate = stale.isEmpty() && breakingApi.isEmpty() && breakingEvents.isEmpty();
    if (format == Format.json) {
      out().println(json(plan, stale, breakingApi, breakingEvents));
      return upToDate ? ExitCodes.OK : ExitCodes.STALE_OR_CONFLICT;
    }
    breaking(breakingApi, "the HTTP contract", "its clients");
    breaking(breakingEvents, "the event contract", "consumers of the events");
    if (upToDate) {
      info(out + " is up to date with " + definition.file + ".");
    } else if (!stale.isEmpty()) {
      out()
          .println(
              stale.size() + " file(s) in " + out + " are stale against " + definition.file + ":");
      for (Change change : stale) {
        out()
            .println(
                "  "
                    + ansi().string("@|yellow " + staleness(change.status()) + "|@")
                    + "  "
                    + change.path());
      }
      for (Change change : stale) {
        out().print(TextMerge.unifiedDiff(change.path(), change.onDisk(), change.result()));
      }
      if (stale.stream().anyMatch(c -> c.status() == Change.Status.UNRESOLVED)) {
        out()
            .println(
                "Resolve the conflict markers (<<<<<<< yours ... >>>>>>> generated now) by hand; generate leaves them alone.");
      }
      if (stale.stream().anyMatch(c -> c.status().writes())) {
        out().println("Run 'dddgen generate' to bring them up to date.");
      }
    }
    return upToDate ? ExitCodes.OK : ExitCodes.STALE_OR_CONFLICT;
  }

  /** Lists the changes to {@code contract} that would break {@code whom}, if there are any. */
  private void breaking(List<String> changes, String contract, String whom) {
    if (changes.isEmpty()) {
      return;
    }
    out()
        .println(
            changes.size()
                + " change(s) to "
                + contract
                + " recorded in .dddgen/snapshots would break "
                + whom
                + ":");
    changes.forEach(change -> out().println("  " + change));
    out()
        .println(
            "'dddgen generate' asks before making them (or '--yes'); publish the new contract to "
                + whom
                + " first.");
  }

  /**
   * Whether {@code change} makes the check fail: generate would change the file, or it still holds
   * conflict markers (generate leaves those alone, but they must not pass CI unnoticed).
   */
  private static boolean fails(Change change) {
    return change.status().writes() || change.status() == Change.Status.UNRESOLVED;
  }

  private static String staleness(Change.Status status) {
    return switch (status) {
      case CREATE -> "missing";
      case UPDATE -> "stale";
      case MERGE -> "stale (your edits merge cleanly)";
      case CONFLICT -> "stale (conflicts with your edits)";
      case UNRESOLVED -> "unresolved conflict markers";
      case DELETE -> "orphan";
      default -> status.label();
    };
  }

  private static String json(
      Plan plan, List<Change> stale, List<String> breakingApi, List<String> breakingEvents) {
    List<Map<String, Object>> files = new ArrayList<>();
    for (Change change : plan.changes()) {
      if (change.status() != Change.Status.UNCHANGED) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("path", change.path());
        file.put("status", change.status().name().toLowerCase(Locale.ROOT));
        file.put("stale", fails(change));
        files.add(file);
      }
    }
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("upToDate", stale.isEmpty() && breakingApi.isEmpty() && breakingEvents.isEmpty());
    report.put("files", files);
    report.put("breakingApiChanges", breakingApi);
    report.put("breakingEventChanges", breakingEvents);
    return JsonText.compact(report);
  }
}
