package dev.dddgen.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the real CLI in-process, exactly as {@link Main} wires it ({@link Dddgen#commandLine}), and
 * captures what it prints. Reusable by every CLI test:
 *
 * <pre>{@code
 * CliRunner.Result r = CliRunner.run("validate", "-f", file.toString());
 * assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
 * }</pre>
 *
 * <p>The CLI has no notion of a working directory of its own (and a JVM cannot change its own), so
 * tests pass absolute paths; {@link #runIn} helps by resolving a command line's paths against a
 * folder.
 */
public final class CliRunner {
  private CliRunner() {}

  /** What one run produced. Both streams use {@code \n} line ends, whatever the platform. */
  public record Result(int exitCode, String stdout, String stderr) {
    /** Both streams, for assertion messages. */
    public String describe() {
      return "exit " + exitCode + "\n--- stdout ---\n" + stdout + "--- stderr ---\n" + stderr;
    }

    @Override
    public String toString() {
      return describe();
    }
  }

  /** Runs {@code dddgen args...}. */
  public static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code;
    try (PrintWriter outWriter = new PrintWriter(out, true);
        PrintWriter errWriter = new PrintWriter(err, true)) {
      code =
          Dddgen.commandLine(outWriter, errWriter, args.length > 0 ? args[0] : null).execute(args);
      outWriter.flush();
      errWriter.flush();
    }
    return new Result(code, normalize(out.toString()), normalize(err.toString()));
  }

  /** Runs {@code dddgen args...}. */
  public static Result run(List<String> args) {
    return run(args.toArray(String[]::new));
  }

  /**
   * Runs {@code dddgen args...} "in" {@code dir}: the value of every path-taking option ({@code
   * -f}, {@code --file}, {@code -o}, {@code --output}, {@code --templates}) and every argument
   * naming something that exists under {@code dir} is made absolute against it.
   */
  public static Result runIn(Path dir, String... args) {
    List<String> resolved = new ArrayList<>();
    List<String> pathOptions = List.of("-f", "--file", "-o", "--output", "--templates");
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      int eq = arg.indexOf('=');
      if (arg.startsWith("-") && eq > 0 && pathOptions.contains(arg.substring(0, eq))) {
        resolved.add(arg.substring(0, eq + 1) + dir.resolve(arg.substring(eq + 1)));
      } else if (pathOptions.contains(arg) && i + 1 < args.length) {
        resolved.add(arg);
        resolved.add(dir.resolve(args[++i]).toString());
      } else if (!arg.startsWith("-") && !arg.isEmpty() && Files.exists(dir.resolve(arg))) {
        resolved.add(dir.resolve(arg).toString());
      } else {
        resolved.add(arg);
      }
    }
    return run(resolved);
  }

  /**
   * The repository's root folder (surefire sets {@code dddgen.repo}; from an IDE, the module's
   * parent).
   */
  public static Path repo() {
    String property = System.getProperty("dddgen.repo");
    if (property != null) {
      return Path.of(property).toAbsolutePath().normalize();
    }
    Path here = Path.of("").toAbsolutePath();
    return (Files.isDirectory(here.resolve("examples")) ? here : here.getParent()).normalize();
  }

  private static String normalize(String text) {
    return text.replace("\r\n", "\n");
  }

  /**
   * Every file under {@code dir} but {@code except}, by its path relative to {@code dir}, with its
   * text.
   */
  public static java.util.Map<String, String> tree(Path dir, Path except) {
    java.util.Map<String, String> files = new java.util.TreeMap<>();
    try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        if (!file.equals(except)) {
          files.put(
              dir.relativize(file).toString(),
              Files.readString(file, java.nio.charset.StandardCharsets.UTF_8));
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return files;
  }
}
