package dev.dddgen.cli;

import dev.dddgen.definition.DefinitionException;
import dev.dddgen.render.ClashException;
import dev.dddgen.render.MissingToolException;
import dev.dddgen.render.RenderException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The top-level command, built with picocli's programmatic API ({@link #spec()}) rather than from
 * annotations: reading a command's annotations (proxies, reflection over its members, the standard
 * help mixin's own annotated class) was a good part of the main thread's cold start, before any
 * work. Its help text is written here once.
 */
public final class Dddgen implements Runnable {
  private CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The top-level command: its options (those of picocli's standard help mixin) and help text. */
  private static CommandSpec spec() {
    Dddgen dddgen = new Dddgen();
    CommandSpec spec = CommandSpec.wrapWithoutInspection(dddgen).name("dddgen");
    dddgen.spec = spec;
    spec.versionProvider(new VersionProvider());
    spec.addOption(
        OptionSpec.builder("-h", "--help")
            .usageHelp(true)
            .arity("0")
            .description("Show this help message and exit.")
            .build());
    spec.addOption(
        OptionSpec.builder("-V", "--version")
            .versionHelp(true)
            .arity("0")
            .description("Print version information and exit.")
            .build());
    spec.usageMessage()
        .sortOptions(false)
        .autoWidth(true)
        .description(
            "Generates a Clean Architecture / DDD / CQRS backend (Go or Java) from a",
            "short YAML domain definition, and keeps it in step with the definition",
            "without losing a line written by hand.",
            "")
        .commandListHeading("%nCommands:%n")
        .footerHeading("%nGetting started:%n")
        .footer(
            "  dddgen init --target go --module github.com/acme/shop",
            "  dddgen validate      check the definition; errors point at the line",
            "  dddgen generate      write the backend into project.output",
            "  dddgen check         in CI: exit 1 when the generated code is stale",
            "",
            "Exit codes: 0 ok; 1 stale, conflict or confirmation needed; 2 usage;",
            "3 invalid definition; 4 template failed; 5 I/O or other failure.",
            "The format: README.md, and 'dddgen schema' for its JSON Schema.");
    return spec;
  }

  /** The subcommands' names, in the order of the help. */
  private static final List<String> SUBCOMMANDS =
      List.of(
          "init",
          "validate",
          "generate",
          "check",
          "add",
          "templates",
          "diagram",
          "schema",
          "generate-completion");

  /** A new instance of the subcommand {@code name}: a switch, no lambda to link on a cold start. */
  private static Object subcommand(String name) {
    return switch (name) {
      case "init" -> new InitCommand();
      case "validate" -> new ValidateCommand();
      case "generate" -> new GenerateCommand();
      case "check" -> new CheckCommand();
      case "add" -> new AddCommand();
      case "templates" -> new TemplatesCommand();
      case "diagram" -> new DiagramCommand();
      case "schema" -> new SchemaCommand();
      case "generate-completion" -> new AutoComplete.GenerateCompletion();
      default -> throw new IllegalArgumentException("no subcommand " + name);
    };
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
    CommandLine commandLine = new CommandLine(spec());
    for (String name : SUBCOMMANDS) {
      if (firstArgument == null
          || !SUBCOMMANDS.contains(firstArgument)
          || firstArgument.equals(name)) {
        commandLine.addSubcommand(name, subcommand(name));
      }
    }
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
    } else if (e instanceof ClashException clash) {
      err.println(ansi.string("@|red,bold error:|@ ") + clash.getMessage());
      err.println("nothing was written.");
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
