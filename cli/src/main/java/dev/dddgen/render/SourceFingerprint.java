package dev.dddgen.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The key a formatted text is remembered by: the MD5 of the formatter's version and the text it was
 * given. A cache key, not a security check (the project's own templates make both texts), so the
 * digest is the one the JVM computes fastest without its optimizing compiler, which the launcher
 * leaves off: MD5 hashes about five times the bytes per second SHA-256 does there.
 */
final class SourceFingerprint {
  private SourceFingerprint() {}

  static String of(String version, String text) {
    MessageDigest digest = MD5.get();
    digest.update(version.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) '\n');
    digest.update(text.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest.digest());
  }

  private static final ThreadLocal<MessageDigest> MD5 = ThreadDigests.of("MD5");
}
