package dev.dddgen.workspace;

import dev.dddgen.render.Sha256;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
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
 * {@code manifest} (one {@code sha256 path} line per file, sorted), {@code base.txt} (the content
 * of every file, in the same order, each after a {@code <<< path length} line: one file to write
 * instead of one per generated file, and still a readable diff), and {@code snapshots/} (the
 * relational schema and HTTP contract last generated, from which new migrations and breaking API
 * changes are computed), and {@code formatted} (what gofmt was given for each file whose copy is
 * its result: {@link FormatSources}). All deterministic; commit them. (Before 0.1, base copies were
 * files under {@code base/}; they are still read, and replaced by {@code base.txt} on the next
 * save.)
 */
public final class StateStore {
  public static final String FOLDER = ".dddgen";
  private static final String MANIFEST_HEADER =
      "# Files dddgen generated and the SHA-256 of what it last wrote (their text is in base.txt).\n"
          + "# Commit this folder with the code; dddgen uses it to merge your edits on regeneration.\n";

  private final Path stateDir;
  private final String prefix;
  private final TreeMap<String, String> manifest = new TreeMap<>();

  /**
   * Where each base copy lies in {@code base.txt} (manifest key → offset of its record, offset of
   * its text, length), indexed on first use from the record headers alone, which are read by
   * skipping over each text. A copy is read only when asked for: a check of an up-to-date tree
   * needs a handful of the thousands of copies a large project holds, and reading the whole file (a
   * hundred megabytes for 1,000 aggregates) cost that much memory.
   */
  private volatile Map<String, long[]> baseIndex;

  private StateStore(Path stateDir, String prefix) throws IOException {
    this.stateDir = stateDir;
    this.prefix = prefix;
    Path file = stateDir.resolve(MANIFEST);
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

  /**
   * The state for generating {@code output} from the definition in {@code definitionDir}. Every
   * file it will write is checked here, before anything is generated: a {@code .dddgen} (or a
   * folder in it) that is a symbolic link leading out of its folder is refused, as in the output
   * folder.
   */
  public static StateStore locate(Path definitionDir, Path output) throws IOException {
    Path definitions = definitionDir.toAbsolutePath().normalize();
    Path out = output.toAbsolutePath().normalize();
    StateStore state;
    if (out.startsWith(definitions) && !out.equals(definitions)) {
      String relative = definitions.relativize(out).toString().replace('\\', '/');
      state = new StateStore(definitions.resolve(FOLDER), relative + "/");
    } else if (out.equals(definitions)) {
      state = new StateStore(definitions.resolve(FOLDER), "");
    } else {
      state = new StateStore(out.resolve(FOLDER), "");
    }
    for (String file :
        List.of(
            BASE,
            MANIFEST,
            FormatSources.FILE,
            SNAPSHOTS + "/" + state.prefix + SCHEMA,
            SNAPSHOTS + "/" + state.prefix + CONTRACT)) {
      state.writable(file);
    }
    return state;
  }

  /**
   * The state file at {@code relative}, refusing one that a symbolic link would take out of the
   * state's folder.
   */
  private Path writable(String relative) throws IOException {
    return new OutputFolder(stateDir.getParent()).resolve(FOLDER + "/" + relative);
  }

  public Path folder() {
    return stateDir;
  }

  /** Whether dddgen has generated into this output before. */
  public boolean isEmpty() {
    return manifest.keySet().stream().noneMatch(p -> p.startsWith(prefix));
  }

  /**
   * What dddgen last generated at {@code path} (relative to the output), if it did and the copy is
   * intact.
   */
  public Optional<String> base(String path) throws IOException {
    String key = prefix + path;
    String hash = manifest.get(key);
    if (hash == null) {
      return Optional.empty();
    }
    String known = verified.get(key);
    if (known != null) {
      return Optional.of(known);
    }
    String text = storedBase(key);
    if (text == null) {
      Path legacy = stateDir.resolve(LEGACY_BASE).resolve(key);
      if (!Files.isRegularFile(legacy)) {
        return Optional.empty();
      }
      text = Files.readString(legacy, StandardCharsets.UTF_8);
    }
    if (!sha256(text.getBytes(StandardCharsets.UTF_8)).equals(hash)) {
      return Optional.empty();
    }
    verified.put(key, text);
    return Optional.of(text);
  }

  /**
   * The copies {@link #base} found intact this run, by manifest key: each is hashed once per run,
   * however often it is asked for (the format memo, the plan and the migrations each ask), and
   * {@link #save(Map, Map)} keeps the manifest's hash for a file whose text is still that copy.
   */
  private final Map<String, String> verified = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The formatted text of {@code path} that the last run recorded, if the text it formatted then
   * had the fingerprint {@code sourceHash} and the copy is intact; empty when anything is amiss
   * (the file is then formatted again).
   */
  public Optional<String> formatted(String path, String sourceHash) {
    try {
      return formatSources().matches(prefix + path, sourceHash) ? base(path) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private volatile FormatSources formatSources;

  private synchronized FormatSources formatSources() throws IOException {
    if (formatSources == null) {
      formatSources = FormatSources.read(stateDir);
    }
    return formatSources;
  }

  private static final String BASE = "base.txt";
  private static final String MANIFEST = "manifest";
  private static final String SNAPSHOTS = "snapshots";
  private static final String LEGACY_BASE = "base";
  private static final String RECORD = BaseRecords.RECORD;

  /** Built on first use; synchronized because a plan looks up base copies from several threads. */
  private synchronized Map<String, long[]> baseIndex() throws IOException {
    if (baseIndex == null) {
      baseIndex = new HashMap<>();
      Path file = stateDir.resolve(BASE);
      if (Files.isRegularFile(file)) {
        // Opened per use, never held (an open file cannot be replaced on Windows).
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
          BaseRecords.index(channel::read, channel.size(), baseIndex);
        }
      }
    }
    return baseIndex;
  }

  /** The copy {@code base.txt} holds for {@code key}, or null. */
  private String storedBase(String key) throws IOException {
    byte[] bytes = storedBytes(key);
    return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
  }

  /**
   * The bytes of {@code key}'s copy, or null. The record's header is read again and must still name
   * the key: a {@code base.txt} replaced since it was indexed (by another run) gives no copy rather
   * than another file's bytes.
   */
  private byte[] storedBytes(String key) throws IOException {
    long[] where = baseIndex().get(key);
    if (where == null) {
      return null;
    }
    Path file = stateDir.resolve(BASE);
    int length = (int) where[2];
    byte[] header = (RECORD + key + " " + length + "\n").getBytes(StandardCharsets.UTF_8);
    if (where[0] + header.length != where[1]) {
      return null;
    }
    ByteBuffer buffer = ByteBuffer.allocate(header.length + length);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      while (buffer.hasRemaining() && channel.read(buffer, where[0] + buffer.position()) > 0) {
        // read on
      }
    } catch (java.nio.file.NoSuchFileException e) {
      return null;
    }
    if (buffer.hasRemaining()
        || !java.util.Arrays.equals(buffer.array(), 0, header.length, header, 0, header.length)) {
      return null;
    }
    return java.util.Arrays.copyOfRange(buffer.array(), header.length, header.length + length);
  }

  /** The relational schema dddgen recorded for this output, if any. */
  public Optional<String> schema() throws IOException {
    return snapshot(SCHEMA);
  }

  /** The file {@link #schema()} reads, for messages. */
  public Path schemaFile() {
    return snapshotFile(SCHEMA);
  }

  /** The HTTP contract dddgen recorded for this output, if any. */
  public Optional<String> contract() throws IOException {
    return snapshot(CONTRACT);
  }

  /** The event contract dddgen recorded for this output, if any ({@link EventContract}). */
  public Optional<String> eventContract() throws IOException {
    return snapshot(EVENTS);
  }

  /**
   * Records the snapshots; an empty event contract (no event leaves the service) is recorded as no
   * file.
   */
  public void saveSnapshots(String schema, String contract, String events) throws IOException {
    saveSnapshot(SCHEMA, schema);
    saveSnapshot(CONTRACT, contract);
    if (events.isEmpty()) {
      Files.deleteIfExists(snapshotFile(EVENTS));
    } else {
      saveSnapshot(EVENTS, events);
    }
  }

  private static final String SCHEMA = "schema.json";
  private static final String CONTRACT = "contract.txt";
  private static final String EVENTS = "events.txt";

  private Optional<String> snapshot(String name) throws IOException {
    Path file = snapshotFile(name);
    return Files.isRegularFile(file)
        ? Optional.of(Files.readString(file, StandardCharsets.UTF_8))
        : Optional.empty();
  }

  private void saveSnapshot(String name, String text) throws IOException {
    Optional<String> current = snapshot(name);
    if (current.isEmpty() || !current.get().equals(text)) {
      AtomicFiles.write(
          writable(SNAPSHOTS + "/" + prefix + name), text.getBytes(StandardCharsets.UTF_8));
    }
  }

  private Path snapshotFile(String name) {
    return stateDir.resolve(SNAPSHOTS).resolve(prefix + name);
  }

  /** Paths (relative to the output) that dddgen generated last time. */
  public List<String> generatedPaths() {
    return manifest.keySet().stream()
        .filter(p -> p.startsWith(prefix))
        .map(p -> p.substring(prefix.length()))
        .toList();
  }

  /**
   * Records {@code generated} as what was last generated for this output, forgetting every other
   * path of this output. The base copies are written before the manifest that vouches for them.
   */
  public void save(Map<String, String> generated) throws IOException {
    save(generated, Map.of());
  }

  /**
   * As {@link #save(Map)}, also recording for each path of {@code sourceHashes} the fingerprint of
   * the text its formatter was given, whose result is the text recorded in {@code generated}.
   */
  public void save(Map<String, String> generated, Map<String, String> sourceHashes)
      throws IOException {
    save(generated, sourceHashes, Map.of());
  }

  /**
   * As {@link #save(Map, Map)}, given the SHA-256 of some of the {@code generated} texts (path →
   * hash of exactly the text in {@code generated}), made while they were rendered: those are not
   * hashed again.
   */
  public void save(
      Map<String, String> generated,
      Map<String, String> sourceHashes,
      Map<String, String> textHashes)
      throws IOException {
    FormatSources sources = formatSources();
    Map<String, long[]> stored = baseIndex();
    for (String old : generatedPaths()) {
      if (!generated.containsKey(old)) {
        manifest.remove(prefix + old);
      }
    }
    // Encoding, hashing and framing each file's copy is most of the CPU a large save costs: done on
    // every core, a slice of the files at a time in manifest order, each slice written before the
    // next is made, so the copies of a large project are never all in memory at once.
    java.util.TreeSet<String> sorted = new java.util.TreeSet<>(manifest.keySet());
    generated.keySet().forEach(path -> sorted.add(prefix + path));
    List<String> keys = List.copyOf(sorted);
    AtomicFiles.write(
        writable(BASE),
        out -> {
          for (int from = 0; from < keys.size(); from += SAVE_SLICE) {
            List<String> slice = keys.subList(from, Math.min(keys.size(), from + SAVE_SLICE));
            List<Object> records =
                slice.parallelStream()
                    .map(key -> record(key, generated, textHashes, stored))
                    .toList();
            for (int i = 0; i < slice.size(); i++) {
              if (records.get(i) instanceof IOException e) {
                throw e;
              }
              if (records.get(i) instanceof BaseRecord r) {
                manifest.put(slice.get(i), r.hash());
                out.write(r.header());
                out.write(r.text());
                out.write('\n');
              } // else another output's file whose base copy was lost: left out of base.txt
            }
          }
        });
    verified.clear();
    // base.txt was replaced: index the new one when next asked.
    baseIndex = null;
    StringBuilder text = new StringBuilder(MANIFEST_HEADER);
    manifest.forEach((path, hash) -> text.append(hash).append("  ").append(path).append('\n'));
    AtomicFiles.write(writable(MANIFEST), text.toString().getBytes(StandardCharsets.UTF_8));
    Map<String, String> formattedNow = new java.util.HashMap<>(sourceHashes);
    formattedNow.keySet().retainAll(generated.keySet());
    Optional<String> formatted = sources.replacing(prefix, formattedNow);
    if (formatted.isPresent()) {
      AtomicFiles.write(
          writable(FormatSources.FILE), formatted.get().getBytes(StandardCharsets.UTF_8));
    }
    formatSources = null;
    Path legacy = stateDir.resolve(LEGACY_BASE);
    if (Files.isDirectory(legacy)) {
      try (var walk = Files.walk(legacy)) {
        for (Path old : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(old);
        }
      }
    }
  }

  /** Files encoded and hashed at a time by {@link #save(Map, Map)}. */
  private static final int SAVE_SLICE = 512;

  /**
   * The record of {@code key}'s copy: its text now (in {@code generated}, by path under this
   * output) or the copy {@code base.txt} holds for another output's file; null when there is
   * neither; the IOException when reading failed. A text this run found intact as the last copy
   * keeps the manifest's hash: it is the same text.
   */
  private Object record(
      String key,
      Map<String, String> generated,
      Map<String, String> textHashes,
      Map<String, long[]> stored) {
    String path = key.startsWith(prefix) ? key.substring(prefix.length()) : null;
    String now = path != null ? generated.get(path) : null;
    try {
      byte[] bytes =
          now != null
              ? now.getBytes(StandardCharsets.UTF_8)
              : stored.containsKey(key) ? storedBytes(key) : null; // another output's, carried over
      if (bytes == null) {
        return null;
      }
      String checked = verified.get(key);
      String known = now == null ? null : textHashes.get(path);
      String hash =
          now == null || (checked != null && checked.equals(now))
              ? manifest.get(key)
              : known != null ? known : sha256(bytes);
      return new BaseRecord(
          hash, (RECORD + key + " " + bytes.length + "\n").getBytes(StandardCharsets.UTF_8), bytes);
    } catch (IOException e) {
      return e;
    }
  }

  /**
   * One file's copy in {@code base.txt}: its manifest hash, its {@code <<< path length} line and
   * its text.
   */
  private record BaseRecord(String hash, byte[] header, byte[] text) {}

  /** The manifest's fingerprint of a file: its SHA-256 in lowercase hex. */
  static String sha256(byte[] bytes) {
    return Sha256.hex(bytes);
  }
}
