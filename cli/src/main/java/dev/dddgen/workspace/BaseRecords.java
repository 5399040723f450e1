package dev.dddgen.workspace;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The layout of the state's {@code base.txt}: each base copy after a {@code <<< path length} line,
 * and a blank line after it. Reading it means indexing those headers, skipping over the texts.
 */
final class BaseRecords {
  static final String RECORD = "<<< ";

  private BaseRecords() {}

  /**
   * Reads {@code <<< path length} records; a damaged tail is ignored (those files have no base).
   */
  static void read(byte[] bytes, Map<String, String> into) {
    Map<String, long[]> index = new HashMap<>();
    try {
      index(
          (dst, at) -> {
            if (at >= bytes.length) {
              return -1;
            }
            int n = Math.min(dst.remaining(), bytes.length - (int) at);
            dst.put(bytes, (int) at, n);
            return n;
          },
          bytes.length,
          index);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    index.forEach(
        (key, where) ->
            into.put(
                key, new String(bytes, (int) where[1], (int) where[2], StandardCharsets.UTF_8)));
  }

  /** Positional reads, as {@link java.nio.channels.FileChannel#read(ByteBuffer, long)}. */
  @FunctionalInterface
  interface Source {
    int read(ByteBuffer dst, long at) throws IOException;
  }

  /**
   * Indexes {@code <<< path length} records (key → record offset, text offset, length), reading the
   * headers only; stops at a damaged tail.
   */
  static void index(Source channel, long size, Map<String, long[]> into) throws IOException {
    long at = 0;
    ByteBuffer chunk = ByteBuffer.allocate(4096);
    while (at < size) {
      long start = at;
      // The header line (or a blank separator line): read until its newline.
      java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
      boolean ended = false;
      while (!ended) {
        chunk.clear();
        int read = channel.read(chunk, at);
        if (read <= 0) {
          return;
        }
        byte[] bytes = chunk.array();
        int eol = -1;
        for (int i = 0; i < read; i++) {
          if (bytes[i] == '\n') {
            eol = i;
            break;
          }
        }
        if (eol >= 0) {
          line.write(bytes, 0, eol);
          at += eol + 1;
          ended = true;
        } else {
          line.write(bytes, 0, read);
          at += read;
        }
      }
      String header = line.toString(StandardCharsets.UTF_8);
      if (!header.startsWith(RECORD)) {
        continue;
      }
      int space = header.lastIndexOf(' ');
      int length;
      try {
        length = Integer.parseInt(header.substring(space + 1));
      } catch (NumberFormatException e) {
        return;
      }
      if (space <= RECORD.length() || length < 0 || at + length > size) {
        return;
      }
      into.put(header.substring(RECORD.length(), space), new long[] {start, at, length});
      at += length + 1;
    }
  }
}
