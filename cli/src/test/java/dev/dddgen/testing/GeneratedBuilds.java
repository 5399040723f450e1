package dev.dddgen.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Building a generated backend and running its own tests, as the tests that build generated code
 * (GoBuildTest, JavaBuildTest, the definition fuzzer, the coverage check) all do: each step must
 * exit 0, and a failure shows the tail of what it printed.
 */
public final class GeneratedBuilds {
  /** JaCoCo, run from the command line as the generated Makefile's {@code cover} target runs it. */
  public static final String JACOCO = "org.jacoco:jacoco-maven-plugin:0.8.13";

  private static final Pattern GO_TOTAL =
      Pattern.compile("^total:\\s+\\(statements\\)\\s+([0-9.]+)%$", Pattern.MULTILINE);

  /** How Maven prints a javac warning: {@code [WARNING] /path/File.java:[12,34] message}. */
  private static final Pattern JAVAC_WARNING =
      Pattern.compile("^\\[WARNING\\] .*\\.java:\\[\\d+,\\d+\\]");

  private GeneratedBuilds() {}

  /**
   * {@code go build}, {@code go vet}, {@code gofmt -l} (nothing listed) and {@code go test
   * -count=1} over {@code ./...} of a generated Go backend, its tests against {@code databaseUrl}.
   */
  public static void goBuildVetAndTest(Path go, Path backend, String databaseUrl) throws Exception {
    run(backend, Map.of(), go.toString(), "build", "./...");
    run(backend, Map.of(), go.toString(), "vet", "./...");
    assertThat(run(backend, Map.of(), go.resolveSibling("gofmt").toString(), "-l", "."))
        .as("gofmt -l")
        .isBlank();
    run(backend, Map.of("DATABASE_URL", databaseUrl), go.toString(), "test", "-count=1", "./...");
  }

  /**
   * The share of a generated Go backend's statements its own tests run, in percent: {@code go test
   * -coverpkg=./...} (a test covers what it reaches in any package), then {@code go tool cover
   * -func}'s total.
   */
  public static double goStatementCoverage(Path go, Path backend, String databaseUrl)
      throws Exception {
    Path profile = backend.resolve("coverage.out");
    run(
        backend,
        Map.of("DATABASE_URL", databaseUrl),
        go.toString(),
        "test",
        "-count=1",
        "-coverpkg=./...",
        "-coverprofile=" + profile,
        "./...");
    String func = run(backend, Map.of(), go.toString(), "tool", "cover", "-func=" + profile);
    Matcher total = GO_TOTAL.matcher(func);
    assertThat(total.find()).as("go tool cover -func total:\n%s", tail(func)).isTrue();
    return Double.parseDouble(total.group(1));
  }

  /**
   * {@code mvnw -B verify} in a generated Java backend, its tests against {@code databaseUrl}
   * ({@code null}: with no DATABASE_URL, so that they find their own PostgreSQL): every test must
   * run (none skipped, no test class without a test run) and the compiler warn of nothing. Returns
   * Maven's output.
   */
  public static String mavenVerify(Path backend, String databaseUrl, String... extraGoals)
      throws Exception {
    List<String> command = new ArrayList<>(List.of(backend.resolve("mvnw").toString(), "-B"));
    command.addAll(List.of(extraGoals));
    if (!command.contains("verify")) {
      command.add("verify");
    }
    Map<String, String> env = new HashMap<>();
    env.put("DATABASE_URL", databaseUrl);
    String log = run(backend, env, command.toArray(String[]::new));
    assertThat(testClassesThatRanNothing(backend.resolve("target/surefire-reports")))
        .as("test classes whose tests did not run (an assumption in @BeforeAll skips them all)")
        .isEmpty();
    assertThat(log.lines().filter(line -> JAVAC_WARNING.matcher(line).find()).toList())
        .as("javac warnings (-Xlint:all, the generated pom's)")
        .isEmpty();
    assertThat(log).as("tests ran").contains("Tests run:");
    assertThat(log)
        .as("no test was skipped")
        .containsPattern("Tests run: [1-9][0-9]*, Failures: 0, Errors: 0, Skipped: 0\n");
    return log;
  }

  /** The test classes of Surefire's XML reports in {@code reports} that ran no test. */
  private static List<String> testClassesThatRanNothing(Path reports) throws IOException {
    Pattern suite = Pattern.compile("<testsuite [^>]*?name=\"([^\"]+)\"[^>]*?tests=\"0\"");
    List<String> empty = new ArrayList<>();
    try (Stream<Path> files = Files.list(reports)) {
      for (Path report : files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
        Matcher matcher = suite.matcher(Files.readString(report, StandardCharsets.UTF_8));
        if (matcher.find()) {
          empty.add(matcher.group(1));
        }
      }
    }
    return empty;
  }

  /**
   * The share of a generated Java backend's lines its own tests run, in percent: {@code mvnw
   * verify} under JaCoCo's agent, then the report's line counters summed over every class.
   */
  public static double javaLineCoverage(Path backend, String databaseUrl) throws Exception {
    mavenVerify(backend, databaseUrl, JACOCO + ":prepare-agent", "verify", JACOCO + ":report");
    long missed = 0;
    long covered = 0;
    List<String> rows = Files.readAllLines(backend.resolve("target/site/jacoco/jacoco.csv"));
    for (String row : rows.subList(1, rows.size())) {
      String[] cells = row.split(",");
      missed += Long.parseLong(cells[7]);
      covered += Long.parseLong(cells[8]);
    }
    assertThat(missed + covered).as("lines counted by JaCoCo").isPositive();
    return 100.0 * covered / (missed + covered);
  }

  /**
   * Runs {@code command} in {@code dir} with {@code env} added (and this JVM as JAVA_HOME), for at
   * most 20 minutes; it must exit 0. Returns what it printed, both streams.
   */
  public static String run(Path dir, Map<String, String> env, String... command) throws Exception {
    Path log = Files.createTempFile("build", ".log");
    ProcessBuilder builder =
        new ProcessBuilder(List.of(command))
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    env.forEach(
        (name, value) -> {
          if (value == null) {
            builder.environment().remove(name);
          } else {
            builder.environment().put(name, value);
          }
        });
    Process process = builder.start();
    boolean done = process.waitFor(20, TimeUnit.MINUTES);
    String output = Files.readString(log, StandardCharsets.UTF_8);
    Files.deleteIfExists(log);
    if (!done) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      fail(String.join(" ", command) + " timed out:\n" + tail(output));
    }
    assertThat(process.exitValue())
        .as("%s in %s:\n%s", String.join(" ", command), dir, tail(output))
        .isZero();
    return output;
  }

  /** The last 150 lines of {@code text}: where a build says what failed. */
  public static String tail(String text) {
    List<String> lines = text.lines().toList();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 150), lines.size()));
  }
}
