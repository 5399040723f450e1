package dev.dddgen.render;

import java.nio.charset.StandardCharsets;

/** A rendered file, ready to be planned against the disk: path relative to the output folder. */
public record GeneratedFile(String path, String content, boolean editable) {
  public byte[] bytes() {
    return content.getBytes(StandardCharsets.UTF_8);
  }
}
