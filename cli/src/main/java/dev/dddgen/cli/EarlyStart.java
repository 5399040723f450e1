package dev.dddgen.cli;

import dev.dddgen.definition.DefinitionException;
import dev.dddgen.definition.DefinitionLoader;
import dev.dddgen.render.Renderer;
import dev.dddgen.workspace.Generation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Reads and validates the definition a command names, on a second thread, while picocli builds the
 * command line on the first (a cold run's first tenth of a second, on one core); then starts
 * compiling the templates of its target. The command takes the result when it reads the same file
 * with the same template folders; the arguments are only looked at, not parsed, so a wrong guess
 * costs the work done in vain, never a different result: the command then reads the file itself.
 */
final class EarlyStart {
  /** Nothing started: every command reads its definition itself. */
  static final EarlyStart NONE = new EarlyStart(null, null);

  private static final Set<String> READING_A_DEFINITION = Set.of("validate", "generate", "check");
  private static final Set<String> RENDERING = Set.of("generate", "check");

  private final Path file;
  private final CompletableFuture<Loaded> loaded;

  /** The definition read, or what reading it threw, and the renderer started for its target. */
  private record Loaded(
      DefinitionLoader.Checked checked, Exception failure, Optional<Renderer> renderer) {}

  private EarlyStart(Path file, CompletableFuture<Loaded> loaded) {
    this.file = file;
    this.loaded = loaded;
  }

  /**
   * Starts reading the definition of {@code dddgen args...} when the command reads one from a
   * regular file: {@code -f FILE}, {@code --file FILE}, {@code --file=FILE}, else {@code
   * dddgen.yaml}.
   */
  static EarlyStart of(String[] args) {
    if (args.length == 0 || !READING_A_DEFINITION.contains(args[0])) {
      return NONE;
    }
    List<String> arguments = List.of(args);
    try {
      Path file = Path.of(valueOf(arguments, "-f", "--file").orElse("dddgen.yaml"));
      if (!Files.isRegularFile(file)) {
        return NONE;
      }
      boolean render = RENDERING.contains(args[0]);
      Path templates =
          render
              ? valueOf(arguments, "--templates", "--templates").map(Path::of).orElse(null)
              : null;
      CompletableFuture<Loaded> loaded = new CompletableFuture<>();
      Thread thread =
          new Thread(() -> loaded.complete(load(file, templates, render)), "dddgen-early-start");
      thread.setDaemon(true);
      thread.start();
      return new EarlyStart(file, loaded);
    } catch (InvalidPathException e) {
      return NONE;
    }
  }

  /** The value of the last of the option's spellings, as picocli takes the last one given. */
  private static Optional<String> valueOf(List<String> arguments, String shortName, String name) {
    String value = null;
    for (int i = 1; i < arguments.size(); i++) {
      String argument = arguments.get(i);
      if (argument.equals("--")) {
        break;
      }
      if ((argument.equals(shortName) || argument.equals(name)) && i + 1 < arguments.size()) {
        value = arguments.get(++i);
      } else if (argument.startsWith(name + "=")) {
        value = argument.substring(name.length() + 1);
      }
    }
    return Optional.ofNullable(value);
  }

  private static Loaded load(Path file, Path templates, boolean render) {
    try {
      DefinitionLoader.Checked checked = DefinitionLoader.check(file, file.toString());
      Optional<Renderer> renderer =
          render && (templates == null || Files.isDirectory(templates))
              ? Optional.of(
                  Generation.renderer(checked.model(), DefinitionOption.folderOf(file), templates))
              : Optional.empty();
      return new Loaded(checked, null, renderer);
    } catch (IOException | DefinitionException e) {
      return new Loaded(null, e, Optional.empty());
    } catch (RuntimeException | Error e) {
      // Not a result the command's own reading could give on its thread: it reads the file again.
      return null;
    }
  }

  /**
   * {@link DefinitionLoader#check(Path, String)} of {@code file} named as written: what was read
   * early when it is the same file, else read now.
   */
  DefinitionLoader.Checked check(Path file) throws IOException, DefinitionException {
    Loaded early = early(file);
    if (early == null) {
      return DefinitionLoader.check(file, file.toString());
    }
    if (early.failure() instanceof IOException e) {
      throw e;
    }
    if (early.failure() instanceof DefinitionException e) {
      throw e;
    }
    return early.checked();
  }

  /**
   * The renderer already compiling templates for the definition {@link #check} returned, when that
   * was read early; {@link Generation#plan} uses it only for the template folders it was made for.
   */
  Optional<Renderer> renderer(Path file) {
    Loaded early = early(file);
    return early == null ? Optional.empty() : early.renderer();
  }

  private Loaded early(Path file) {
    if (loaded == null || !file.equals(this.file)) {
      return null;
    }
    try {
      return loaded.join();
    } catch (CompletionException e) {
      return null;
    }
  }
}
