package dev.dddgen.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dddgen.cli.CliRunner;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * How each target's service is generated, built and started from a definition: the same domain runs
 * on every target, its {@code project.target} (and, for Java, a package as its module) rewritten in
 * a copy.
 */
final class Targets {
  static final String GO = "go";
  static final String JAVA = "java";

  private static final long BUILD_MINUTES = 10;

  private Targets() {}

  /** Why the targets' toolchains cannot run here, or empty when they can. */
  static Optional<String> missingToolchain() {
    if (go().isEmpty()) {
      return Optional.of("the Go toolchain ('go') is not on the PATH");
    }
    Path springBoot =
        Path.of(
            System.getProperty("user.home"),
            ".m2/repository/org/springframework/boot/spring-boot-starter-parent");
    if (!Files.isDirectory(springBoot)) {
      return Optional.of("Spring Boot is not in the local Maven repository (" + springBoot + ")");
    }
    return Optional.empty();
  }

  /** A built service: how to start it, and where. */
  record Built(String target, List<String> command, Path dir) {
    /** Starts an instance on {@code databaseUrl} with {@code environment} added. */
    Service start(String databaseUrl, Map<String, String> environment) throws Exception {
      return Service.start(target, command, dir, databaseUrl, environment);
    }
  }

  /** Generates {@code definition} for {@code target} in {@code dir} and builds it. */
  static Built build(String target, Path definition, Path dir) throws Exception {
    Path copy = dir.resolve("dddgen.yaml");
    Files.writeString(copy, retargeted(Files.readString(definition), target));
    Path backend = dir.resolve("backend");
    CliRunner.Result generated =
        CliRunner.run("generate", "-q", "-f", copy.toString(), "-o", backend.toString());
    assertThat(generated.exitCode())
        .as("generate %s for %s: %s", definition, target, generated)
        .isZero();
    if (target.equals(GO)) {
      run(backend, go().orElseThrow(), "build", "-o", "bin/api", "./cmd/api");
      return new Built(target, List.of(backend.resolve("bin/api").toString()), backend);
    }
    run(backend, backend.resolve("mvnw").toString(), "-B", "-q", "-DskipTests", "package");
    Path jar;
    try (Stream<Path> jars = Files.list(backend.resolve("target"))) {
      jar = jars.filter(p -> p.toString().endsWith("-SNAPSHOT.jar")).findFirst().orElseThrow();
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new Built(target, List.of(java, "-jar", jar.toString()), backend);
  }

  /** The definition with {@code project.target} set, and for Java a package as the module. */
  @SuppressWarnings("unchecked")
  static String retargeted(String text, String target) {
    Map<String, Object> root =
        (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(text);
    Map<String, Object> project = new LinkedHashMap<>((Map<String, Object>) root.get("project"));
    project.put("target", target);
    if (target.equals(JAVA)) {
      String name =
          String.valueOf(project.get("name")).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
      project.put("module", "dev.conformance." + name);
    }
    Map<String, Object> copy = new LinkedHashMap<>(root);
    copy.put("project", project);
    return new Dump(DumpSettings.builder().build()).dumpToString(copy);
  }

  private static Optional<String> go() {
    for (String dir :
        System.getenv().getOrDefault("PATH", "").split(Pattern.quote(File.pathSeparator))) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "go"))) {
        return Optional.of(Path.of(dir, "go").toString());
      }
    }
    return Optional.empty();
  }

  private static void run(Path dir, String... command) throws Exception {
    Path log = Files.createTempFile(dir.getParent(), "build", ".log");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process process = builder.start();
    if (!process.waitFor(BUILD_MINUTES, TimeUnit.MINUTES)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      throw new AssertionError(String.join(" ", command) + " timed out in " + dir);
    }
    assertThat(process.exitValue())
        .as(
            "%s in %s:\n%s",
            String.join(" ", command), dir, Files.readString(log, StandardCharsets.UTF_8))
        .isZero();
  }
}
