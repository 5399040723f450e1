package dev.dddgen.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * npm packages installed into a folder of the build on first use, and Node scripts run against
 * them: how the tests check generated documents with the tools their own ecosystem trusts (Mermaid,
 * the AsyncAPI parser). Without Node and npm a test is skipped with a message, except under CI
 * ({@code CI=true}), where it fails.
 */
public final class NodeScripts {
  private final Path modules;

  private NodeScripts(Path modules) {
    this.modules = modules;
  }

  /** What a script printed (stdout and stderr together) and its exit status. */
  public record Run(int exit, String output) {}

  /**
   * The {@code packages} ({@code name@version}) in {@code target/<folder>}, installed with npm
   * unless every one is there; {@code purpose} says what cannot be checked without Node.
   */
  public static NodeScripts install(String folder, String purpose, String... packages)
      throws Exception {
    if (Tools.onPath("node") == null || Tools.onPath("npm") == null) {
      Tools.skipOrFailWithout("Node.js and npm are not on the PATH: " + purpose);
    }
    Path modules = Path.of("target", folder).toAbsolutePath();
    boolean installed = true;
    for (String pkg : packages) {
      // "@asyncapi/parser@3.6.3": the version follows the last @, a scope starts with the first.
      installed &= Files.isDirectory(modules.resolve("node_modules").resolve(name(pkg)));
    }
    if (!installed) {
      Files.createDirectories(modules);
      List<String> command =
          new ArrayList<>(
              List.of(
                  "npm",
                  "install",
                  "--prefix",
                  modules.toString(),
                  "--no-audit",
                  "--no-fund",
                  "--loglevel=error"));
      command.addAll(List.of(packages));
      Process npm = new ProcessBuilder(command).redirectErrorStream(true).start();
      String log = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(npm.waitFor(10, TimeUnit.MINUTES)).as("npm install finishes").isTrue();
      assertThat(npm.exitValue())
          .as("npm install %s: %s", String.join(" ", packages), log)
          .isZero();
    }
    return new NodeScripts(modules);
  }

  private static String name(String pkg) {
    int at = pkg.lastIndexOf('@');
    return at > 0 ? pkg.substring(0, at) : pkg;
  }

  /**
   * Copies {@code script} (a test resource) beside the packages, so that its imports resolve, and
   * runs it with Node on {@code files}.
   */
  public Run run(Path script, List<String> files) throws Exception {
    Path copy = modules.resolve(script.getFileName());
    Files.copy(script, copy, StandardCopyOption.REPLACE_EXISTING);
    List<String> command = new ArrayList<>(List.of("node", copy.toString()));
    command.addAll(files);
    Process process =
        new ProcessBuilder(command).directory(modules.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("node %s finishes", script).isTrue();
    return new Run(process.exitValue(), output);
  }

  /** Writes {@code text} to {@code dir/name} and returns the file's path, as a script argument. */
  public static String write(Path dir, String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8).toString();
  }
}
