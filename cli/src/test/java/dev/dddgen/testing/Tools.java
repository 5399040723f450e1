package dev.dddgen.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;

/** The external tools some tests drive (go, node, python3...), found on the PATH. */
public final class Tools {
  private Tools() {}

  /** The executable {@code tool} on the PATH, or null. */
  public static Path onPath(String tool) {
    boolean windows =
        System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (folder.isBlank()) {
        continue;
      }
      Path candidate = Path.of(folder, windows ? tool + ".exe" : tool);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /**
   * Skips the calling test when a tool it needs is missing, with {@code message}; under CI ({@code
   * CI=true}) such a test is required, so it fails instead.
   */
  public static void skipOrFailWithout(String message) {
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(message + "; under CI (CI=true) this test is required");
    }
    Assumptions.abort(message + " (required under CI=true)");
  }
}
