package dev.dddgen.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The state's {@code formatted} file: for each generated file the stack's formatter was given, the
 * fingerprint of the text it was given (with the formatter's version), one {@code md5 path} line
 * each, sorted. The formatted result is the file's copy in {@code base.txt}, so a regeneration
 * whose rendered text did not change takes it from there instead of running gofmt again. Losing the
 * file costs only time; a line whose base copy is missing or damaged is not used.
 */
final class FormatSources {
  static final String FILE = "formatted";
  private static final String HEADER =
      "# For each generated file gofmt formatted: the MD5 of gofmt's version and of the text it was"
          + " given.\n"
          + "# dddgen takes the formatted text of a file whose rendered text did not change from"
          + " base.txt.\n";

  private final TreeMap<String, String> sources = new TreeMap<>();
  private final String loaded;

  private FormatSources(String loaded) {
    this.loaded = loaded;
    for (String line : loaded.split("\n")) {
      int gap = line.indexOf("  ");
      if (!line.startsWith("#") && gap > 0) {
        sources.put(line.substring(gap + 2), line.substring(0, gap));
      }
    }
  }

  static FormatSources read(Path stateDir) throws IOException {
    Path file = stateDir.resolve(FILE);
    return new FormatSources(
        Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "");
  }

  /** Whether the text formatted into {@code key}'s base copy had the fingerprint {@code hash}. */
  boolean matches(String key, String hash) {
    return hash.equals(sources.get(key));
  }

  /**
   * The file's text after this output's entries (keys starting with {@code prefix}) are replaced by
   * {@code now} (path → fingerprint); empty when it does not change.
   */
  Optional<String> replacing(String prefix, Map<String, String> now) {
    TreeMap<String, String> next = new TreeMap<>(sources);
    next.keySet().removeIf(key -> key.startsWith(prefix));
    now.forEach((path, hash) -> next.put(prefix + path, hash));
    if (next.isEmpty() && loaded.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder text = new StringBuilder(HEADER);
    next.forEach((key, hash) -> text.append(hash).append("  ").append(key).append('\n'));
    String out = text.toString();
    return out.equals(loaded) ? Optional.empty() : Optional.of(out);
  }
}
