package dev.dddgen.render;

import java.util.List;
import java.util.Map;

/**
 * A run's rendered and formatted files, sorted by path, and for each file the stack's formatter was
 * given, the fingerprint of what it was given (path → hash), for the {@link FormatMemo} of the next
 * run.
 */
public record RenderedFiles(List<GeneratedFile> files, Map<String, String> sourceHashes) {
  public RenderedFiles {
    files = List.copyOf(files);
    sourceHashes = Map.copyOf(sourceHashes);
  }
}
