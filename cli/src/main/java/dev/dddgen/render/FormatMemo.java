package dev.dddgen.render;

import java.util.Optional;

/**
 * What a formatter run over a whole project made of each file last time, found by the fingerprint
 * of the text it was given ({@link FilePlan.Formatting#version} and the text, see {@link
 * ArtifactRenderer}): a regeneration formats only the files whose rendered text changed. A memo
 * that cannot answer (missing, damaged, another formatter version) answers empty, and the file is
 * formatted again.
 */
@FunctionalInterface
public interface FormatMemo {
  /** The formatted text of {@code path} if the text with {@code sourceHash} was formatted to it. */
  Optional<String> formatted(String path, String sourceHash);

  /** Remembers nothing: every file is formatted. */
  FormatMemo NONE = (path, sourceHash) -> Optional.empty();
}
