package dev.dddgen.stack.go;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/** Finding the Go toolchain and running its commands, for the tests that build generated Go. */
final class GoCommands {
  private GoCommands() {}

  /** What a command printed (both streams) and how it exited. */
  record Result(int exitCode, String output) {}

  /** The {@code go} on the PATH, or null. */
  static String findGo() {
    for (String dir :
        System.getenv().getOrDefault("PATH", "").split(Pattern.quote(File.pathSeparator))) {
      Path candidate = dir.isEmpty() ? null : Path.of(dir, "go");
      if (candidate != null && Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    return null;
  }

  /** Runs {@code command} in {@code dir} with {@code env} added, for at most 15 minutes. */
  static Result run(Path dir, Map<String, String> env, String... command) throws Exception {
    Path log = Files.createTempFile("go", ".log");
    ProcessBuilder builder =
        new ProcessBuilder(List.of(command))
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().putAll(env);
    Process process = builder.start();
    boolean done = process.waitFor(15, TimeUnit.MINUTES);
    String output = Files.readString(log, StandardCharsets.UTF_8);
    Files.deleteIfExists(log);
    if (!done) {
      process.destroyForcibly();
      fail(String.join(" ", command) + " timed out:\n" + output);
    }
    return new Result(process.exitValue(), output);
  }
}
