package dev.dddgen.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The {@code .dddgen/} state: for every generated file, what dddgen last wrote, so a regeneration
 * can tell untouched files from edited ones and merge three-way.
 *
 * <p>It lives next to {@code dddgen.yaml} when the output folder is inside the definition's folder
 * (the usual project layout; paths are then recorded relative to the definition's folder), and in
 * {@code <output>/.dddgen/} otherwise, so nothing outside the output folder is written. Layout:
 * {@code manifest} (one {@code sha256  path} line per file, sorted), {@code base/<path>} (the
 * content), and {@code snapshots/} (the relational schema and HTTP contract last generated, from
 * which new migrations and breaking API changes are computed). All deterministic; commit them.
 */
public final class StateStore {
  public static final String FOLDER = ".dddgen";
  private static final String MANIFEST_HEADER =
      "# Files dddgen generated and the SHA-256 of what it last wrote (their text is under base/).\n"
          + "# Commit this folder with the code; dddgen uses it to merge your edits on regeneration.\n";

  private final Path stateDir;
  private final String prefix;
  private final TreeMap<String, String> manifest = new TreeMap<>();

  private StateStore(Path stateDir, String prefix) throws IOException {
    this.stateDir = stateDir;
    this.prefix = prefix;
    Path file = stateDir.resolve("manifest");
    if (Files.isRegularFile(file)) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int gap = line.indexOf("  ");
        if (gap > 0) {
          manifest.put(line.substring(gap + 2), line.substring(0, gap));
        }
      }
    }
  }

  /** The state for generating {@code output} from the definition in {@code definitionDir}. */
  public static StateStore locate(Path definitionDir, Path output) throws IOException {
    Path definitions = definitionDir.toAbsolutePath().normalize();
    Path out = output.toAbsolutePath().normalize();
    if (out.startsWith(definitions) && !out.equals(definitions)) {
      String relative = definitions.relativize(out).toString().replace('\\', '/');
      return new StateStore(definitions.resolve(FOLDER), relative + "/");
    }
    if (out.equals(definitions)) {
      return new StateStore(definitions.resolve(FOLDER), "");
    }
    return new StateStore(out.resolve(FOLDER), "");
  }

  public Path folder() {
    return stateDir;
  }

  /** Whether dddgen has generated into this output before. */
  public boolean isEmpty() {
    return manifest.keySet().stream().noneMatch(p -> p.startsWith(prefix));
  }

  /** What dddgen last generated at {@code path} (relative to the output), if it did and the copy is intact. */
  public Optional<String> base(String path) throws IOException {
    String hash = manifest.get(prefix + path);
    if (hash == null) {
      return Optional.empty();
    }
    Path file = stateDir.resolve("base").resolve(prefix + path);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    byte[] bytes = Files.readAllBytes(file);
    return sha256(bytes).equals(hash) ? Optional.of(new String(bytes, StandardCharsets.UTF_8)) : Optional.empty();
  }

  /** The relational schema dddgen recorded for this output, if any. */
  public Optional<String> schema() throws IOException {
    return snapshot(SCHEMA);
  }

  /** The HTTP contract dddgen recorded for this output, if any. */
  public Optional<String> contract() throws IOException {
    return snapshot(CONTRACT);
  }

  public void saveSnapshots(String schema, String contract) throws IOException {
    saveSnapshot(SCHEMA, schema);
    saveSnapshot(CONTRACT, contract);
  }

  private static final String SCHEMA = "schema.json";
  private static final String CONTRACT = "contract.txt";

  private Optional<String> snapshot(String name) throws IOException {
    Path file = snapshotFile(name);
    return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
  }

  private void saveSnapshot(String name, String text) throws IOException {
    Optional<String> current = snapshot(name);
    if (current.isEmpty() || !current.get().equals(text)) {
      AtomicFiles.write(snapshotFile(name), text.getBytes(StandardCharsets.UTF_8));
    }
  }

  private Path snapshotFile(String name) {
    return stateDir.resolve("snapshots").resolve(prefix + name);
  }

  /** Paths (relative to the output) that dddgen generated last time. */
  public List<String> generatedPaths() {
    return manifest.keySet().stream()
        .filter(p -> p.startsWith(prefix))
        .map(p -> p.substring(prefix.length()))
        .toList();
  }

  /**
   * Records {@code generated} as what was last generated for this output, forgetting every other path
   * of this output. Base copies are written before the manifest that vouches for them.
   */
  public void save(Map<String, String> generated) throws IOException {
    Path baseDir = stateDir.resolve("base");
    OutputFolder bases = new OutputFolder(baseDir);
    for (String old : generatedPaths()) {
      if (!generated.containsKey(old)) {
        Workspace.deleteAndPrune(bases.root(), bases.resolve(prefix + old));
        manifest.remove(prefix + old);
      }
    }
    Map<Path, byte[]> writes = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, String> file : generated.entrySet()) {
      byte[] bytes = file.getValue().getBytes(StandardCharsets.UTF_8);
      String hash = sha256(bytes);
      String key = prefix + file.getKey();
      Path target = bases.resolve(key);
      if (!hash.equals(manifest.get(key)) || !Files.isRegularFile(target)) {
        writes.put(target, bytes);
      }
      manifest.put(key, hash);
    }
    AtomicFiles.writeAll(writes);
    StringBuilder text = new StringBuilder(MANIFEST_HEADER);
    manifest.forEach((path, hash) -> text.append(hash).append("  ").append(path).append('\n'));
    AtomicFiles.write(stateDir.resolve("manifest"), text.toString().getBytes(StandardCharsets.UTF_8));
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
