package dev.dddgen.cli;

import dev.dddgen.definition.DefinitionException;
import dev.dddgen.render.MissingToolException;
import dev.dddgen.render.RenderException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.ParseResult;

@Command(
    name = "dddgen",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Generates a Clean Architecture / DDD / CQRS backend (Go or Java) from a",
      "short YAML domain definition, and keeps it in step with the definition",
      "without losing a line written by hand.",
      ""
    },
    commandListHeading = "%nCommands:%n",
    footerHeading = "%nGetting started:%n",
    footer = {
      "  dddgen init --target go --module github.com/acme/shop",
      "  dddgen validate      check the definition; errors point at the line",
      "  dddgen generate      write the backend into project.output",
      "  dddgen check         in CI: exit 1 when the generated code is stale",
      "",
      "Exit codes: 0 ok; 1 stale, conflict or confirmation needed; 2 usage;",
      "3 invalid definition; 4 template failed; 5 I/O or other failure.",
      "The format: README.md, and 'dddgen schema' for its JSON Schema."
    })
public final class Dddgen implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The subcommands, in the order of the help. */
  private static final Map<String, Supplier<Object>> SUBCOMMANDS = new LinkedHashMap<>();

  static {
    SUBCOMMANDS.put("init", InitCommand::new);
    SUBCOMMANDS.put("validate", ValidateCommand::new);
    SUBCOMMANDS.put("generate", GenerateCommand::new);
    SUBCOMMANDS.put("check", CheckCommand::new);
    SUBCOMMANDS.put("add", AddCommand::new);
    SUBCOMMANDS.put("templates", TemplatesCommand::new);
    SUBCOMMANDS.put("diagram", DiagramCommand::new);
    SUBCOMMANDS.put("schema", SchemaCommand::new);
    // A lambda, not a constructor reference: JDK 25's AOT cache links call sites ahead of time, and
    // one that names a Java 5 class directly cannot be archived (the JVM aborts the dump);
    // picocli's
    // own jar is Java 5 bytecode, only the runnable jar's copy is rewritten as Java 8.
    SUBCOMMANDS.put("generate-completion", () -> new AutoComplete.GenerateCompletion());
  }

  /** The one way to build the CLI: {@link Main} and the tests both go through here. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, null);
  }

  /**
   * The CLI for a run whose first argument is {@code firstArgument}. When that names a subcommand,
   * only that one is built: picocli reads every command's annotations reflectively, which is a good
   * part of a cold start. Anything else (help, a typo to suggest a fix for) gets them all.
   */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err, String firstArgument) {
    CommandLine commandLine = new CommandLine(new Dddgen());
    SUBCOMMANDS.forEach(
        (name, command) -> {
          if (firstArgument == null
              || !SUBCOMMANDS.containsKey(firstArgument)
              || firstArgument.equals(name)) {
            commandLine.addSubcommand(name, command.get());
          }
        });
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExecutionExceptionHandler(Dddgen::handle);
    commandLine.setColorScheme(
        CommandLine.Help.defaultColorScheme(noColorRequested() ? Ansi.OFF : Ansi.AUTO));
    CommandLine completion = commandLine.getSubcommands().get("generate-completion");
    if (completion != null) {
      completion.getCommandSpec().usageMessage().hidden(false);
    }
    return commandLine;
  }

  static boolean noColorRequested() {
    String noColor = System.getenv("NO_COLOR");
    return noColor != null && !noColor.isEmpty();
  }

  static Ansi ansi(CommandLine commandLine, boolean noColorOption) {
    return noColorOption || noColorRequested() ? Ansi.OFF : commandLine.getColorScheme().ansi();
  }

  private static int handle(Exception e, CommandLine commandLine, ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    boolean verbose = matched(parseResult, "--verbose");
    Ansi ansi = ansi(commandLine, matched(parseResult, "--no-color"));
    int code;
    if (e instanceof DefinitionException definition) {
      ProblemPrinter.print(err, definition, ansi);
      code = ExitCodes.INVALID_DEFINITION;
    } else if (e instanceof RenderException render) {
      err.println(ansi.string("@|red,bold error:|@ ") + render.getMessage());
      err.println("nothing was written.");
      code = ExitCodes.TEMPLATE_FAILED;
    } else if (e instanceof CliFailure failure) {
      err.println(ansi.string("@|red,bold error:|@ ") + failure.getMessage());
      code = failure.exitCode();
    } else if (e instanceof MissingToolException missing) {
      err.println(ansi.string("@|red,bold error:|@ ") + missing.getMessage());
      err.println("nothing was written.");
      code = ExitCodes.FAILURE;
    } else if (e instanceof UnsupportedOperationException unavailable) {
      err.println(ansi.string("@|red,bold error:|@ ") + unavailable.getMessage());
      code = ExitCodes.FAILURE;
    } else if (e instanceof IOException || e instanceof UncheckedIOException) {
      err.println(ansi.string("@|red,bold error:|@ ") + "I/O failure: " + e.getMessage());
      code = ExitCodes.FAILURE;
    } else {
      err.println(
          ansi.string("@|red,bold error:|@ ")
              + "unexpected failure: "
              + e
              + (verbose ? "" : " (run with --verbose for details)"));
      code = ExitCodes.FAILURE;
    }
    if (verbose) {
      e.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  private static boolean matched(ParseResult parseResult, String option) {
    for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption(option)) {
        return true;
      }
    }
    return false;
  }
}
