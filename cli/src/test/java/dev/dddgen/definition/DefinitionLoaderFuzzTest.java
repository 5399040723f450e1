package dev.dddgen.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dev.dddgen.cli.CliRunner;
import dev.dddgen.model.DomainModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Feeds the loader thousands of deterministic random mutations of the shop example (and of the
 * broken definitions under {@code src/test/resources/invalid/}): every one must end in a model or a
 * {@link DefinitionException} with at least one located problem, never in any other exception (the
 * CLI would print "unexpected failure" instead of pointing at the line).
 */
class DefinitionLoaderFuzzTest {
  /**
   * Override with -Ddddgen.fuzz.seed / -Ddddgen.fuzz.runs to explore further than the default run.
   */
  private static final long SEED = Long.getLong("dddgen.fuzz.seed", 20_260_101L);

  private static final int RUNS = Integer.getInteger("dddgen.fuzz.runs", 3_000);

  /** Tokens that tend to upset a parser or a validator when dropped into a definition. */
  private static final List<String> TOKENS =
      List.of(
          ":",
          ": ",
          "{",
          "}",
          "[",
          "]",
          ",",
          "- ",
          "&a ",
          "*a",
          "!!str ",
          "!!binary ",
          "? ",
          "|",
          ">",
          "'",
          "\"",
          "#",
          "%YAML 1.2\n",
          "---\n",
          "...\n",
          "\t",
          "~",
          "null",
          "true",
          "yes",
          "-1",
          "0",
          "1e999999999999",
          "-1e-999999999999",
          ".inf",
          "-.inf",
          ".nan",
          "0x1F",
          "0o17",
          "9999999999999999999999",
          "1_000",
          "1.5",
          "-0",
          "enum",
          "ref",
          "string",
          "int",
          "long",
          "decimal",
          "bool",
          "date",
          "timestamp",
          "uuid",
          "Money",
          "Email",
          "Customer",
          "Order",
          "OrderLine",
          "id",
          "version",
          "to: Order",
          "values: []",
          "values: [A, A]",
          "default: ",
          "min: ",
          "max: ",
          "minLength: ",
          "maxLength: ",
          "pattern: '(?=x)'",
          "pattern: '['",
          "pattern: '\\\\'",
          "create: true",
          "update: true",
          "delete: true",
          "when: ",
          "set: ",
          "emits: ",
          "filter: ",
          "by: ",
          "fields: ",
          "params: ",
          "events: ",
          "entities: ",
          "commands: ",
          "queries: ",
          "plural: ",
          "table: ",
          "renamedFrom: ",
          "optional: ",
          "unique: true",
          "pii: true",
          "../",
          "é",
          "\u0000",
          "\uFEFF",
          "\uD83D\uDE00",
          "\r",
          "\n",
          "  ",
          "    ");

  private static String shop;

  /** The broken definitions of the CLI corpus: mutating them too reaches other corners. */
  private static List<String> corpus;

  @BeforeAll
  static void readExamples() throws Exception {
    shop =
        Files.readString(
            CliRunner.repo().resolve("examples/shop/dddgen.yaml"), StandardCharsets.UTF_8);
    Path invalid = Path.of(DefinitionLoaderFuzzTest.class.getResource("/invalid").toURI());
    try (Stream<Path> files = Files.list(invalid)) {
      corpus =
          files
              .filter(f -> f.toString().endsWith(".yaml"))
              .sorted()
              .map(f -> new String(readBytes(f), StandardCharsets.UTF_8))
              .toList();
    }
  }

  private static byte[] readBytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theUnmodifiedExampleLoads() throws Exception {
    DomainModel model = DefinitionLoader.load("dddgen.yaml", shop);
    assertThat(model.aggregates()).isNotEmpty();
  }

  @Test
  void everyMutationEndsInAModelOrLocatedProblems() {
    Random random = new Random(SEED);
    int valid = 0;
    int invalid = 0;
    Map<String, Crash> crashes = new TreeMap<>();
    for (int run = 0; run < RUNS; run++) {
      String base = random.nextInt(4) == 0 ? corpus.get(random.nextInt(corpus.size())) : shop;
      String mutated = mutate(base, random);
      try {
        DefinitionLoader.load("fuzz.yaml", mutated);
        valid++;
      } catch (DefinitionException e) {
        invalid++;
        assertThat(e.problems()).as("problems of run %d", run).isNotEmpty();
        for (Problem problem : e.problems()) {
          assertThat(problem.message()).as("run %d", run).isNotBlank();
          assertThat(problem.at().file()).isEqualTo("fuzz.yaml");
          assertThat(problem.at().line())
              .as("line of '%s' in run %d", problem.message(), run)
              .isPositive();
          assertThat(problem.at().column())
              .as("column of '%s' in run %d", problem.message(), run)
              .isPositive();
        }
      } catch (RuntimeException | StackOverflowError e) {
        // Keep the shortest input per distinct crash site, so one report names every bug at once.
        String site =
            e.getClass().getName()
                + " at "
                + (e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?");
        crashes.merge(
            site,
            new Crash(run, mutated, e),
            (a, b) -> b.input.length() < a.input.length() ? b : a);
      }
    }
    if (!crashes.isEmpty()) {
      StringBuilder report =
          new StringBuilder(crashes.size() + " distinct crash(es) of the loader:\n");
      crashes.forEach(
          (site, crash) ->
              report
                  .append("\n== ")
                  .append(crash.error)
                  .append(" (run ")
                  .append(crash.run)
                  .append(")\n")
                  .append(stackTrace(crash.error))
                  .append("-- input --\n")
                  .append(crash.input)
                  .append("\n"));
      fail(report.toString());
    }
    // The mutations must actually exercise both outcomes, or the test proves little.
    assertThat(invalid).isGreaterThan(RUNS / 2);
    assertThat(valid).isPositive();
  }

  /**
   * snakeyaml-engine's reader used to fail when a surrogate pair straddled the end of its buffer.
   */
  @Test
  void charactersOutsideTheBasicPlaneAreReadAnywhere() throws Exception {
    for (int pad = 1010; pad < 1030; pad++) { // around the default buffer size, 1024
      String text = "# " + "x".repeat(pad) + "\uD83D\uDE00 \uD83D\uDE00\n" + shop;
      assertThat(DefinitionLoader.load("emoji.yaml", text).aggregates()).isNotEmpty();
    }
  }

  /**
   * Inputs built to exhaust memory, stack or time; each must be refused with a problem, quickly.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileInputs")
  void hostileInputsAreRefusedWithAProblem(String name, String text, String expected) {
    assertThatThrownBy(() -> DefinitionLoader.load("hostile.yaml", text))
        .isInstanceOf(DefinitionException.class)
        .satisfies(
            e ->
                assertThat(((DefinitionException) e).problems())
                    .anyMatch(p -> p.message().contains(expected)));
  }

  static Stream<Arguments> hostileInputs() {
    String header =
        "version: 1\nproject: { name: shop, target: go, module: github.com/acme/shop }\n"
            + "security: { default: public }\n";
    String longValue = "A".repeat(100_000);
    StringBuilder wide = new StringBuilder(header).append("big: &big [");
    for (int i = 0; i < 25_000; i++) { // 21 uses of 25,000 items exceed YamlLoader.MAX_NODES
      wide.append(i).append(", ");
    }
    wide.append("0]\ncopies: [").append("*big, ".repeat(19)).append("*big]\naggregates: {}\n");
    return Stream.of(
        Arguments.of(
            "a long enum value and a near miss (quadratic did-you-mean)",
            header
                + "aggregates:\n  Order:\n    fields:\n      status: { type: enum, values: ["
                + longValue
                + "], default: "
                + longValue
                + "B }\n",
            "is not one of the enum's values"),
        Arguments.of(
            "a long unknown key",
            header
                + "aggregates:\n  Order:\n    fields: { a: int }\n    ? "
                + "x".repeat(200_000)
                + "\n    : 1\n",
            "unknown key"),
        Arguments.of(
            "a long unknown type",
            header + "aggregates:\n  Order:\n    fields: { a: " + "Strng".repeat(40_000) + " }\n",
            "unknown type"),
        Arguments.of(
            "deep flow nesting",
            header + "x: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n",
            "nested"),
        Arguments.of("deep block nesting", header + deepBlock(500), "nested"),
        Arguments.of("few aliases of a large anchor", wide.toString(), "nodes"),
        Arguments.of("over 8 MiB", header + "# " + "x".repeat(8 << 20) + "\n", "too large"));
  }

  private static String deepBlock(int depth) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      text.append("  ".repeat(i)).append("k").append(i).append(":\n");
    }
    return text.append("  ".repeat(depth)).append("leaf: 1\n").toString();
  }

  private record Crash(int run, String input, Throwable error) {}

  private static String stackTrace(Throwable error) {
    StringBuilder trace = new StringBuilder();
    StackTraceElement[] frames = error.getStackTrace();
    for (int i = 0; i < Math.min(8, frames.length); i++) {
      trace.append("    ").append(frames[i]).append("\n");
    }
    return trace.toString();
  }

  /**
   * One to four random edits: delete, duplicate or swap lines, flip characters, insert tokens,
   * truncate.
   */
  static String mutate(String text, Random random) {
    String result = text;
    int edits = 1 + random.nextInt(4);
    for (int i = 0; i < edits; i++) {
      result =
          switch (random.nextInt(8)) {
            case 0 -> editLines(result, random, Edit.DELETE);
            case 1 -> editLines(result, random, Edit.DUPLICATE);
            case 2 -> editLines(result, random, Edit.SWAP);
            case 3 -> flipCharacter(result, random);
            case 4, 5 -> insertToken(result, random);
            case 6 -> replaceWord(result, random);
            default ->
                random.nextInt(4) == 0 ? truncate(result, random) : flipCharacter(result, random);
          };
    }
    return result;
  }

  private enum Edit {
    DELETE,
    DUPLICATE,
    SWAP
  }

  private static String editLines(String text, Random random, Edit edit) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    if (lines.size() < 2) {
      return text;
    }
    int a = random.nextInt(lines.size());
    int b = random.nextInt(lines.size());
    switch (edit) {
      case DELETE -> lines.remove(a);
      case DUPLICATE -> lines.add(b, lines.get(a));
      case SWAP -> {
        String line = lines.get(a);
        lines.set(a, lines.get(b));
        lines.set(b, line);
      }
    }
    return String.join("\n", lines);
  }

  private static String flipCharacter(String text, Random random) {
    if (text.isEmpty()) {
      return text;
    }
    String alphabet = ":{}[],-&*!|>'\"#%@ \t\nabczABZ019_.~?é";
    int at = random.nextInt(text.length());
    char replacement =
        random.nextBoolean()
            ? alphabet.charAt(random.nextInt(alphabet.length()))
            : (char) (text.charAt(at) ^ (1 << random.nextInt(7)));
    return text.substring(0, at) + replacement + text.substring(at + 1);
  }

  private static String insertToken(String text, Random random) {
    int at = random.nextInt(text.length() + 1);
    return text.substring(0, at) + TOKENS.get(random.nextInt(TOKENS.size())) + text.substring(at);
  }

  /**
   * Replaces one word (a run of letters or digits) with a token, so values change but the shape
   * stays.
   */
  private static String replaceWord(String text, Random random) {
    int at = random.nextInt(text.length() + 1);
    int start = at;
    while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
      start--;
    }
    int end = at;
    while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
      end++;
    }
    return text.substring(0, start)
        + TOKENS.get(random.nextInt(TOKENS.size())).strip()
        + text.substring(end);
  }

  private static String truncate(String text, Random random) {
    return text.substring(0, random.nextInt(text.length() + 1));
  }
}
