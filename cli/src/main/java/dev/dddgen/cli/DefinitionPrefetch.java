package dev.dddgen.cli;

import dev.dddgen.definition.DefinitionException;
import dev.dddgen.definition.DefinitionLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Set;

/**
 * Reads, validates and resolves the definition a command will ask for on a second thread, started
 * before picocli builds the command line: on a cold start, building it is the main thread's first
 * ~0.1 s, and the definition takes about as long again.
 *
 * <p>The arguments are only looked at, with the launcher's rule ({@code -f FILE}, {@code --file
 * FILE}, {@code --file=FILE}, else {@code dddgen.yaml}), never parsed: picocli still parses them
 * and reports every usage error first. The command takes what was read only when it asks for the
 * same path, once; otherwise (another path, a file that could not be read, a failure other than an
 * invalid definition) it reads the file itself, as without a prefetch. So a wrong guess costs the
 * work done in vain, never a different result. The file's bytes are read once, on the second
 * thread, and the command gets what those bytes say; nothing is printed there.
 */
final class DefinitionPrefetch {
  /** Nothing read ahead: the command reads its definition itself. */
  static final DefinitionPrefetch NONE = new DefinitionPrefetch(null);

  /** The commands that start by loading the definition of {@code -f}. */
  private static final Set<String> LOADING_A_DEFINITION =
      Set.of("validate", "generate", "check", "diagram");

  private final Path file;
  private final Reader reader;
  private boolean taken;

  private DefinitionPrefetch(Path file) {
    this.file = file;
    this.reader = file == null ? null : new Reader(file);
  }

  /** Starts reading the definition {@code dddgen args...} will load, when there is one to read. */
  static DefinitionPrefetch start(String... args) {
    if (args.length == 0 || !LOADING_A_DEFINITION.contains(args[0]) || asksForHelp(args)) {
      return NONE;
    }
    Path file;
    try {
      file = Path.of(fileArgument(args));
    } catch (InvalidPathException e) {
      return NONE;
    }
    // A missing file, a folder or a pipe is the command's to report, or read, as it always was.
    if (!Files.isRegularFile(file)) {
      return NONE;
    }
    DefinitionPrefetch prefetch = new DefinitionPrefetch(file);
    prefetch.reader.start();
    return prefetch;
  }

  /**
   * {@link DefinitionLoader#check(Path, String)} of {@code file}, named in messages as written:
   * what the second thread made of it when it is the file read ahead (the first time it is asked
   * for), else read now.
   */
  DefinitionLoader.Checked check(Path file) throws IOException, DefinitionException {
    if (reader != null && !taken && file.toString().equals(this.file.toString())) {
      taken = true;
      try {
        reader.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return DefinitionLoader.check(file, file.toString());
      }
      if (reader.invalid != null) {
        throw reader.invalid;
      }
      if (reader.checked != null) {
        return reader.checked;
      }
    }
    return DefinitionLoader.check(file, file.toString());
  }

  /**
   * Help is printed without reading anything: {@code --help}, or {@code -h} alone or in a cluster.
   */
  private static boolean asksForHelp(String[] args) {
    for (String argument : args) {
      if (argument.equals("--")) {
        return false;
      }
      if (argument.equals("--help")
          || (argument.startsWith("-") && !argument.startsWith("--") && argument.contains("h"))) {
        return true;
      }
    }
    return false;
  }

  /** The value of {@code -f}, {@code --file} or {@code --file=}, the last one given. */
  private static String fileArgument(String[] args) {
    String file = "dddgen.yaml";
    for (int i = 1; i < args.length; i++) {
      String argument = args[i];
      if (argument.equals("--")) {
        break;
      }
      if ((argument.equals("-f") || argument.equals("--file")) && i + 1 < args.length) {
        file = args[++i];
      } else if (argument.startsWith("--file=")) {
        file = argument.substring("--file=".length());
      }
    }
    return file;
  }

  /**
   * The second thread. A nested class rather than a lambda: the run's first lambda links
   * java.lang.invoke's machinery, which this thread should not wait for before it starts.
   */
  private static final class Reader extends Thread {
    private final Path file;

    /** What the file says; set before the thread ends, read only after joining it. */
    private DefinitionLoader.Checked checked;

    private DefinitionException invalid;

    Reader(Path file) {
      super("dddgen-definition-prefetch");
      this.file = file;
      setDaemon(true);
    }

    @Override
    public void run() {
      try {
        checked = DefinitionLoader.check(file, file.toString());
      } catch (DefinitionException e) {
        invalid = e;
      } catch (IOException | RuntimeException | Error e) {
        // Left for the command to meet again on its own thread, and report as it always has.
      }
    }
  }
}
