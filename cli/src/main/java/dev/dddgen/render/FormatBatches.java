package dev.dddgen.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Hands a formatter the files of a run in batches while the rest are still rendering, so that the
 * formatter's processes (gofmt) and the renderer share the cores instead of taking turns: a large
 * project's first generation otherwise renders on every core, then formats on every core. Only for
 * a formatter that formats each file from its own text alone ({@link FilePlan.Formatting#version}
 * is set), which makes what a file becomes independent of the batch it went in.
 */
final class FormatBatches implements AutoCloseable {
  /**
   * About 1,400 generated Go files: 1,000 aggregates make sixteen such batches, each big enough
   * that starting a formatter process is a small part of its cost.
   */
  static final long BATCH_CHARS = 4L << 20;

  /**
   * The first batch, about twenty files: the formatter starts while a small project still renders
   * instead of taking all its files at the end; each next batch is twice as big, up to {@link
   * #BATCH_CHARS}.
   */
  static final long FIRST_BATCH_CHARS = 64L << 10;

  /**
   * Two batches at a time: one formatter process already uses every core but leaves them idle while
   * it starts and finishes; more would only hold more files in memory.
   */
  private static final int RUNNING = 2;

  private final FilePlan.Formatting formatting;
  private final ExecutorService runner =
      Executors.newFixedThreadPool(
          RUNNING,
          task -> {
            Thread thread = new Thread(task, "dddgen-format");
            thread.setDaemon(true);
            return thread;
          });
  private final List<CompletableFuture<List<GeneratedFile>>> batches = new ArrayList<>();
  private List<GeneratedFile> pending = new ArrayList<>();

  /**
   * The SHA-256 of each formatted text, by the text itself ({@link RenderedFiles#sha256Of}): made
   * on the batch's thread as soon as the formatter returns, while the other batches and the
   * renderer still run, rather than by the state's save after everything is rendered.
   */
  private final Map<String, String> textHashes =
      java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

  private long pendingChars;
  private long batchChars = FIRST_BATCH_CHARS;

  FormatBatches(FilePlan.Formatting formatting) {
    this.formatting = formatting;
  }

  /** Queues a file to be formatted, starting a batch once enough are queued. */
  synchronized void add(GeneratedFile file) {
    pending.add(file);
    pendingChars += file.content().length();
    if (pendingChars >= batchChars) {
      start();
      batchChars = Math.min(2 * batchChars, BATCH_CHARS);
    }
  }

  private void start() {
    // In path order, whichever thread rendered which file first: the formatter sees the same list.
    List<GeneratedFile> batch = pending;
    batch.sort(Comparator.comparing(GeneratedFile::path));
    pending = new ArrayList<>();
    pendingChars = 0;
    batches.add(
        CompletableFuture.supplyAsync(
            () -> {
              try {
                List<GeneratedFile> formatted = formatting.formatAll(batch);
                Map<String, String> hashes = new java.util.IdentityHashMap<>();
                for (GeneratedFile file : formatted) {
                  hashes.put(file.content(), Sha256.hex(file.content()));
                }
                textHashes.putAll(hashes);
                return formatted;
              } catch (UnparsableOutputException e) {
                throw new CompletionException(e);
              }
            },
            runner));
  }

  /**
   * Every queued file formatted, by path. Of files that do not parse, the first in path order (and
   * line) is reported, as one formatter run over all of them would.
   */
  Map<String, GeneratedFile> formatted() throws UnparsableOutputException {
    List<CompletableFuture<List<GeneratedFile>>> all;
    synchronized (this) {
      if (!pending.isEmpty()) {
        start();
      }
      all = List.copyOf(batches);
    }
    Map<String, GeneratedFile> byPath = new HashMap<>();
    List<UnparsableOutputException> unparsable = new ArrayList<>();
    RuntimeException failure = null;
    for (CompletableFuture<List<GeneratedFile>> batch : all) {
      try {
        batch.join().forEach(file -> byPath.put(file.path(), file));
      } catch (CompletionException e) {
        if (e.getCause() instanceof UnparsableOutputException u) {
          unparsable.add(u);
        } else if (failure == null) {
          failure = e.getCause() instanceof RuntimeException r ? r : e;
        }
      }
    }
    if (!unparsable.isEmpty()) {
      throw unparsable.stream()
          .min(
              Comparator.comparing(UnparsableOutputException::path)
                  .thenComparingInt(UnparsableOutputException::line))
          .orElseThrow();
    }
    if (failure != null) {
      throw failure;
    }
    return byPath;
  }

  /** The SHA-256 of every text {@link #formatted()} returned, by the text itself. */
  Map<String, String> textHashes() {
    return textHashes;
  }

  /** Waits for running batches, so that none outlives the run (each removes its scratch files). */
  @Override
  public void close() {
    runner.shutdown();
    try {
      runner.awaitTermination(1, TimeUnit.HOURS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
