package dev.dddgen.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/** SHA-256 fingerprints in lowercase hex, as the state's manifest and format memo record them. */
public final class Sha256 {
  private Sha256() {}

  public static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(DIGEST.get().digest(bytes));
  }

  public static String hex(String text) {
    return hex(text.getBytes(StandardCharsets.UTF_8));
  }

  private static final ThreadLocal<MessageDigest> DIGEST = ThreadDigests.of("SHA-256");
}
