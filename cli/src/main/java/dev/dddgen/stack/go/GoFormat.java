package dev.dddgen.stack.go;

import dev.dddgen.render.FilePlan;
import dev.dddgen.render.GeneratedFile;
import dev.dddgen.render.MissingToolException;
import dev.dddgen.render.UnparsableOutputException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Go toolchain's gofmt over every generated .go file of a run, in one process: the files are
 * written to a scratch folder, {@code gofmt -l -w} formats them there (on every core), and those it
 * changed are read back. Templates write plain Go; what gofmt decides (alignment, import order,
 * line breaks of long one-line bodies) is gofmt's alone.
 */
final class GoFormat {
  /** A gofmt error: {@code file.go:line:column: message}. */
  private static final Pattern ERROR = Pattern.compile("^(.+?\\.go):(\\d+):(?:\\d+:)? (.*)$");

  private GoFormat() {}

  /**
   * gofmt as the Go stack's formatting of a run: it formats the .go files, each as its own text
   * alone, so what it made of a text before is reused (versioned by the Go release gofmt came
   * with).
   */
  static FilePlan.Formatting formatting(Map<String, String> env) {
    return new FilePlan.Formatting() {
      @Override
      public List<GeneratedFile> formatAll(List<GeneratedFile> files)
          throws UnparsableOutputException {
        return format(files, env);
      }

      @Override
      public boolean formats(String path) {
        return path.endsWith(".go");
      }

      @Override
      public String version() {
        return "gofmt " + release(locate(env));
      }
    };
  }

  /**
   * The Go release of a toolchain's gofmt ({@code GOROOT/VERSION}'s first line, e.g. go1.26.8); for
   * a gofmt outside a toolchain folder, its real path, size and time, which change when it is
   * replaced.
   */
  static String release(Path gofmt) {
    try {
      Path real = gofmt.toRealPath();
      Path goRoot = real.getParent() == null ? null : real.getParent().getParent();
      Path version = goRoot == null ? null : goRoot.resolve("VERSION");
      if (version != null && Files.isRegularFile(version)) {
        try (Stream<String> lines = Files.lines(version, StandardCharsets.UTF_8)) {
          Optional<String> first = lines.findFirst().map(String::strip);
          if (first.isPresent() && first.get().startsWith("go")) {
            return first.get();
          }
        }
      }
      return real + " " + Files.size(real) + " " + Files.getLastModifiedTime(real).toMillis();
    } catch (IOException | UncheckedIOException e) {
      return gofmt.toString();
    }
  }

  /** The files with every .go file formatted by {@code gofmt}, in the same order. */
  static List<GeneratedFile> format(List<GeneratedFile> files, Map<String, String> env)
      throws UnparsableOutputException {
    List<GeneratedFile> goFiles = files.stream().filter(f -> f.path().endsWith(".go")).toList();
    if (goFiles.isEmpty()) {
      return files;
    }
    Path gofmt = locate(env);
    Path scratch = null;
    try {
      scratch = Files.createTempDirectory(scratchRoot(goFiles), "dddgen-gofmt-");
      Map<String, String> formatted = run(gofmt, scratch, goFiles);
      List<GeneratedFile> out = new ArrayList<>(files.size());
      for (GeneratedFile file : files) {
        String text = formatted.get(file.path());
        out.add(text == null ? file : new GeneratedFile(file.path(), text, file.editable()));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("running " + gofmt + ": " + e.getMessage(), e);
    } finally {
      if (scratch != null) {
        deleteTree(scratch);
      }
    }
  }

  /** The files gofmt changed, by path, after writing them all to {@code scratch} and formatting. */
  private static Map<String, String> run(Path gofmt, Path scratch, List<GeneratedFile> goFiles)
      throws IOException, UnparsableOutputException {
    goFiles.stream()
        .map(f -> scratch.resolve(f.path()).getParent())
        .distinct()
        .forEach(GoFormat::createDirectories);
    goFiles.parallelStream().forEach(f -> write(scratch.resolve(f.path()), f.bytes()));
    ProcessBuilder builder = new ProcessBuilder(gofmt.toString(), "-l", "-w", scratch.toString());
    long chars = goFiles.stream().mapToLong(f -> f.content().length()).sum();
    tune(builder.environment(), chars, Runtime.getRuntime().availableProcessors());
    Process process = builder.start();
    process.getOutputStream().close();
    CompletableFuture<String> errors =
        CompletableFuture.supplyAsync(() -> text(process.getErrorStream()));
    String changed = text(process.getInputStream());
    int exit;
    try {
      exit = process.waitFor();
    } catch (InterruptedException e) {
      process.destroy();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while gofmt ran", e);
    }
    if (exit != 0) {
      throw firstError(scratch, errors.join(), exit);
    }
    Map<String, String> formatted = new HashMap<>();
    for (String line : changed.split("\n")) {
      if (!line.isEmpty()) {
        Path file = Path.of(line);
        formatted.put(relative(scratch, file), Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return formatted;
  }

  /**
   * Sets gofmt's runtime for a batch of {@code chars} on a machine of {@code cores}, keeping any
   * setting of the user's own in {@code environment}.
   *
   * <p>GOGC=400: gofmt collects garbage at Go's default pace as if it ran for long; over thousands
   * of files, collecting a quarter as often costs a fifth less CPU for some tens of MiB (measured
   * over the 8 MB of application files of 1,000 aggregates).
   *
   * <p>GOMAXPROCS of half the cores for a large batch: it is one of those a large project formats
   * while the rest renders, two at a time beside the renderer's threads, which already keep every
   * core busy, so more gofmt threads only add scheduling and parallel collection (on two cores, one
   * thread spent a tenth less CPU over 13 MB of generated Go in six alternating rounds). A small
   * project's one batch keeps every core.
   */
  static void tune(Map<String, String> environment, long chars, int cores) {
    environment.putIfAbsent("GOGC", "400");
    if (chars >= SHARED_BATCH_CHARS) {
      environment.putIfAbsent("GOMAXPROCS", String.valueOf(Math.max(1, cores / 2)));
    }
  }

  /** The error of the first file in path order (gofmt reports files as its workers finish them). */
  private static UnparsableOutputException firstError(Path scratch, String stderr, int exit) {
    List<UnparsableOutputException> errors = new ArrayList<>();
    for (String line : stderr.split("\n")) {
      Matcher m = ERROR.matcher(line);
      if (m.matches()) {
        String path = relative(scratch, Path.of(m.group(1)));
        errors.add(
            new UnparsableOutputException(path, "Go", Integer.parseInt(m.group(2)), m.group(3)));
      }
    }
    return errors.stream()
        .min(
            Comparator.comparing(UnparsableOutputException::path)
                .thenComparingInt(UnparsableOutputException::line))
        .orElseGet(
            () ->
                new UnparsableOutputException(
                    "(unknown file)",
                    "Go",
                    0,
                    "gofmt exited with " + exit + ": " + stderr.strip()));
  }

  /**
   * The gofmt to run, looked for as a user would expect: the file named by {@code GOFMT}, else
   * {@code gofmt} on the {@code PATH}, else the one in the toolchain of the {@code go} on the
   * {@code PATH} (an install that links only {@code go} into a bin folder).
   */
  static Path locate(Map<String, String> env) {
    String configured = env.get("GOFMT");
    if (configured != null && !configured.isBlank()) {
      Path path = Path.of(configured);
      if (!Files.isRegularFile(path) || !Files.isExecutable(path)) {
        throw new MissingToolException(
            "GOFMT is set to '"
                + configured
                + "', which is not an "
                + "executable file: point it at the gofmt of a Go toolchain or unset it");
      }
      return path;
    }
    Optional<Path> onPath = onPath(env, "gofmt");
    if (onPath.isPresent()) {
      return onPath.get();
    }
    Optional<Path> inGoRoot = onPath(env, "go").flatMap(GoFormat::goRootGofmt);
    return inGoRoot.orElseThrow(
        () ->
            new MissingToolException(
                "generating Go needs gofmt, which "
                    + "comes with the Go toolchain: install Go (1.26 or later, as the generated go.mod asks) "
                    + "and put its bin folder on the PATH, or set GOFMT to the gofmt program"));
  }

  private static Optional<Path> onPath(Map<String, String> env, String program) {
    String path = env.getOrDefault("PATH", "");
    boolean windows = File.separatorChar == '\\';
    for (String folder : path.split(File.pathSeparator)) {
      if (folder.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(folder, windows ? program + ".exe" : program);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static Optional<Path> goRootGofmt(Path go) {
    try {
      Process process =
          new ProcessBuilder(go.toString(), "env", "GOROOT")
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      String goRoot = text(process.getInputStream()).strip();
      if (process.waitFor() != 0 || goRoot.isEmpty()) {
        return Optional.empty();
      }
      boolean windows = File.separatorChar == '\\';
      Path gofmt = Path.of(goRoot, "bin", windows ? "gofmt.exe" : "gofmt");
      return Files.isExecutable(gofmt) ? Optional.of(gofmt) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /**
   * Where the scratch folder goes: a RAM-backed /dev/shm when there is one with room for the files
   * (a container's is often 64 MiB). Tens of thousands of files written and deleted on a disk file
   * system would slow down the run's own writes of the same files right after (ext4 steps over the
   * inodes it just freed).
   */
  private static Path scratchRoot(List<GeneratedFile> goFiles) {
    Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
    Path shm = Path.of("/dev/shm");
    if (!Files.isDirectory(shm) || !Files.isWritable(shm)) {
      return temporary;
    }
    // Each file takes whole pages; twice that leaves room for gofmt's rewrites and the folders.
    long pages = 0;
    for (GeneratedFile file : goFiles) {
      pages += file.content().length() / PAGE + 1;
    }
    try {
      return Files.getFileStore(shm).getUsableSpace() > 2 * pages * PAGE ? shm : temporary;
    } catch (IOException e) {
      return temporary;
    }
  }

  private static final long PAGE = 4096;

  /** The size of a batch from which gofmt shares the cores: half a full batch of FormatBatches. */
  static final long SHARED_BATCH_CHARS = 2L << 20;

  private static String relative(Path scratch, Path file) {
    return scratch.relativize(file).toString().replace(File.separatorChar, '/');
  }

  private static String text(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void createDirectories(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, byte[] bytes) {
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException | UncheckedIOException e) {
      // A scratch folder left behind in the temporary folder harms nothing.
    }
  }
}
