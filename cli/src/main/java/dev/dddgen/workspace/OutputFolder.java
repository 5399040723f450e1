package dev.dddgen.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The folder generated files go into. Every path is resolved and checked here, so nothing is
 * written outside it: no '..' segments, no absolute paths, no symbolic links leading out.
 */
public final class OutputFolder {
  private final Path root;

  /** Folders already seen not to be links (or links that stay inside): each is checked once. */
  private final Set<Path> checkedFolders = ConcurrentHashMap.newKeySet();

  public OutputFolder(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  public Path root() {
    return root;
  }

  /** The file for a generated path, refusing any path that could leave the output folder. */
  public Path resolve(String relative) throws IOException {
    return resolve(relative, null);
  }

  /**
   * {@link #resolve(String)} for one of a batch of paths resolved before anything is written:
   * {@code missingFolders} collects the folders found not to exist, so that the thousands of files
   * of a fresh output do not each look one up again (and each pay for a NoSuchFileException).
   */
  public Path resolve(String relative, Set<Path> missingFolders) throws IOException {
    if (relative.isEmpty()
        || relative.startsWith("/")
        || relative.contains("\\")
        || relative.contains("\0")) {
      throw new IOException("refusing to write '" + relative + "': not a relative path");
    }
    for (String segment : relative.split("/")) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        throw new IOException("refusing to write '" + relative + "': it leaves the output folder");
      }
    }
    Path target = root.resolve(relative).normalize();
    if (!target.startsWith(root)) {
      throw new IOException("refusing to write '" + relative + "': it leaves the output folder");
    }
    // A symbolic link anywhere on the way (below the root) could lead out of the folder. Walked
    // from the root down: below the first missing folder nothing exists, so a fresh output costs
    // one failed lookup per file rather than one per missing level.
    int depth = root.getNameCount();
    for (int i = depth + 1; i <= target.getNameCount(); i++) {
      Path p = i == target.getNameCount() ? target : target.getRoot().resolve(target.subpath(0, i));
      if (p != target && checkedFolders.contains(p)) {
        continue;
      }
      if (missingFolders != null && missingFolders.contains(p)) {
        break;
      }
      BasicFileAttributes attributes;
      try {
        attributes = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (NoSuchFileException e) {
        if (missingFolders != null && p != target) {
          missingFolders.add(p);
        }
        break;
      }
      if (attributes.isSymbolicLink()) {
        Path real;
        try {
          real = p.toRealPath();
        } catch (NoSuchFileException e) {
          // Where a dangling link would lead cannot be checked: refuse it rather than guess.
          throw new IOException(
              "refusing to write '"
                  + relative
                  + "': "
                  + root.relativize(p)
                  + " is a symbolic link to something that does not exist ("
                  + Files.readSymbolicLink(p)
                  + ")");
        }
        if (!real.startsWith(realRoot())) {
          throw new IOException(
              "refusing to write '"
                  + relative
                  + "': "
                  + root.relativize(p)
                  + " is a link out of the output folder");
        }
      } else if (attributes.isDirectory()) {
        checkedFolders.add(p);
      }
    }
    return target;
  }

  private Path realRoot() throws IOException {
    return Files.exists(root) ? root.toRealPath() : root;
  }
}
