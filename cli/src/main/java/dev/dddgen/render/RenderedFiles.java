package dev.dddgen.render;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run's rendered and formatted files, sorted by path, and for each file the stack's formatter was
 * given, the fingerprint of what it was given (path → hash), for the {@link FormatMemo} of the next
 * run; and the SHA-256 of the texts that were hashed as they were made ({@link #sha256Of}).
 */
public record RenderedFiles(
    List<GeneratedFile> files, Map<String, String> sourceHashes, Map<String, String> textHashes) {
  public RenderedFiles {
    files = List.copyOf(files);
    sourceHashes = Map.copyOf(sourceHashes);
    // Keyed by the text itself, not its characters: a hash belongs to the very string it was made
    // of, so nothing that merely has the same path can borrow it.
    IdentityHashMap<String, String> byText = new IdentityHashMap<>(textHashes);
    textHashes = Collections.unmodifiableMap(byText);
  }

  public RenderedFiles(List<GeneratedFile> files, Map<String, String> sourceHashes) {
    this(files, sourceHashes, Map.of());
  }

  /**
   * The SHA-256 (lowercase hex, as the state's manifest records it) of {@code text} if this very
   * string was hashed while rendering or formatting, else null.
   */
  public String sha256Of(String text) {
    return textHashes.get(text);
  }
}
