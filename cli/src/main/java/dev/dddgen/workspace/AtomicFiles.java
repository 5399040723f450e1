package dev.dddgen.workspace;

import static java.nio.file.attribute.PosixFilePermission.GROUP_EXECUTE;
import static java.nio.file.attribute.PosixFilePermission.GROUP_READ;
import static java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE;
import static java.nio.file.attribute.PosixFilePermission.OTHERS_READ;
import static java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE;
import static java.nio.file.attribute.PosixFilePermission.OWNER_READ;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

/** Writes a file so that readers see either the old content or the new one, never a mix. */
public final class AtomicFiles {
  private AtomicFiles() {}

  private static final Map<PosixFilePermission, PosixFilePermission> EXECUTE_IF_READ =
      Map.of(OWNER_READ, OWNER_EXECUTE, GROUP_READ, GROUP_EXECUTE, OTHERS_READ, OTHERS_EXECUTE);

  /**
   * Writes many files, each atomically, several at a time: a generation writes thousands of small
   * files, and the time goes to system calls that overlap well. {@code absent} are files known not
   * to exist (a plan found them missing): there is no mode of theirs to keep, and no need to look.
   */
  public static void writeAll(Map<Path, String> files, Set<Path> absent) throws IOException {
    createFolders(files.keySet());
    inParallel(
        files,
        (file, content) ->
            write(
                file, out -> out.write(content), false, isScript(content), !absent.contains(file)));
  }

  /**
   * Writes a folder that does not exist yet with all its files. They are staged in a hidden folder
   * inside it, each written once, without a temporary file and a rename of its own (a first
   * generation of a large project creates tens of thousands of files, and each rename is one more
   * directory operation); then each top-level entry is renamed into place. Every file a reader sees
   * is whole, nothing is written outside the folder, and a failure removes the folder again.
   */
  public static void createTree(Path root, Map<Path, String> files) throws IOException {
    Path target = root.toAbsolutePath();
    Files.createDirectories(target.getParent());
    Files.createDirectory(target);
    boolean done = false;
    try {
      Path staging = target.resolve(".dddgen-staging");
      Map<Path, String> staged = new LinkedHashMap<>();
      files.forEach(
          (file, text) ->
              staged.put(staging.resolve(target.relativize(file.toAbsolutePath())), text));
      createFolders(staged.keySet());
      inParallel(
          staged,
          (file, content) -> {
            try (OutputStream out =
                Files.newOutputStream(
                    file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
              out.write(content);
            }
            keepPermissions(file, file, isScript(content), false);
          });
      List<Path> entries;
      try (java.util.stream.Stream<Path> list = Files.list(staging)) {
        entries = list.sorted().toList();
      }
      for (Path entry : entries) {
        Files.move(entry, target.resolve(entry.getFileName()), StandardCopyOption.ATOMIC_MOVE);
      }
      Files.delete(staging);
      done = true;
    } finally {
      if (!done) {
        deleteTree(target);
      }
    }
  }

  private static void createFolders(Set<Path> files) throws IOException {
    Set<Path> folders = new LinkedHashSet<>();
    files.forEach(file -> folders.add(file.toAbsolutePath().getParent()));
    for (Path folder : folders) {
      Files.createDirectories(folder);
    }
  }

  /** Writes one file's bytes. */
  @FunctionalInterface
  private interface FileWriter {
    void write(Path file, byte[] content) throws IOException;
  }

  /**
   * Every file written by {@code writer}, several at a time. Every task finishes (and removes its
   * temporary file) before the first failure is reported; once one has failed, the tasks not yet
   * started are skipped.
   */
  private static void inParallel(Map<Path, String> files, FileWriter writer) throws IOException {
    AtomicBoolean failed = new AtomicBoolean();
    List<IOException> failures =
        files.entrySet().parallelStream()
            .map(
                file -> {
                  if (failed.get()) {
                    return null;
                  }
                  try {
                    writer.write(
                        file.getKey(),
                        file.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    return null;
                  } catch (IOException e) {
                    failed.set(true);
                    return e;
                  }
                })
            .filter(Objects::nonNull)
            .toList();
    if (!failures.isEmpty()) {
      IOException first = failures.get(0);
      failures.stream().skip(1).forEach(first::addSuppressed);
      throw first;
    }
  }

  /** Removes a staged folder that was not moved into place; what cannot be removed is left. */
  private static void deleteTree(Path root) {
    try (java.util.stream.Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      // What cannot be removed stays inside the folder this run created.
    }
  }

  public static void write(Path target, byte[] content) throws IOException {
    write(target, content, true);
  }

  /** Something that writes a file's content to a stream. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes a file streamed from {@code content}, atomically, without holding it all in memory. */
  public static void write(Path target, Content content) throws IOException {
    write(
        target,
        out -> {
          java.io.BufferedOutputStream buffered = new java.io.BufferedOutputStream(out, 1 << 16);
          content.writeTo(buffered);
          buffered.flush();
        },
        true);
  }

  private static void write(Path target, byte[] content, boolean createFolder) throws IOException {
    write(target, out -> out.write(content), createFolder, isScript(content), true);
  }

  private static void write(Path target, Content content, boolean createFolder) throws IOException {
    write(target, content, createFolder, false, true);
  }

  private static boolean isScript(byte[] content) {
    return content.length > 1 && content[0] == '#' && content[1] == '!';
  }

  private static void write(
      Path target, Content content, boolean createFolder, boolean script, boolean mayExist)
      throws IOException {
    Path folder = target.toAbsolutePath().getParent();
    if (createFolder) {
      Files.createDirectories(folder);
    }
    // Created like any new file (permissions from the umask), unlike createTempFile's owner-only
    // mode.
    Path temp =
        folder.resolve(
            "."
                + target.getFileName()
                + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong())
                + ".dddgen-tmp");
    boolean moved = false;
    try {
      try (OutputStream out =
          Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        content.writeTo(out);
      }
      keepPermissions(target, temp, script, mayExist);
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(temp);
      }
    }
  }

  /**
   * A replaced file keeps its mode (an executable script stays executable, or stays not executable
   * if its owner chose so); a new file that starts with {@code #!} is a script such as a Maven
   * wrapper, and is made executable by whoever may read it.
   */
  private static void keepPermissions(
      Path original, Path replacement, boolean script, boolean mayExist) throws IOException {
    if (!script && !mayExist) {
      return;
    }
    PosixFileAttributeView to =
        Files.getFileAttributeView(replacement, PosixFileAttributeView.class);
    if (to == null) {
      return;
    }
    if (mayExist && Files.exists(original)) {
      PosixFileAttributeView from =
          Files.getFileAttributeView(original, PosixFileAttributeView.class);
      if (from != null) {
        to.setPermissions(from.readAttributes().permissions());
      }
    } else if (script) {
      Set<PosixFilePermission> permissions = EnumSet.copyOf(to.readAttributes().permissions());
      EXECUTE_IF_READ.forEach(
          (read, execute) -> {
            if (permissions.contains(read)) {
              permissions.add(execute);
            }
          });
      to.setPermissions(permissions);
    }
  }
}
