package dev.dddgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of broken definitions under {@code src/test/resources/invalid/} (see its README): each
 * must give exit 3 and located messages, print no stack trace, and write nothing.
 */
class InvalidDefinitionCorpusTest {
  private static final Pattern EXPECT = Pattern.compile("# expect: (\\d+)(?::(\\d+))? (.+)");
  private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*m");
  private static final Pattern SUMMARY =
      Pattern.compile("(?m)^(\\d+) problems? found; nothing was written\\.$");

  /** One expected problem: where (column 0 = any) and a literal fragment of its message or hint. */
  record Expectation(int line, int column, String fragment) {
    String location(Path file) {
      return file + ":" + line + ":" + (column > 0 ? column + ":" : "");
    }
  }

  record Case(String name, Path file, List<Expectation> expectations) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Path corpus() throws URISyntaxException {
    return Path.of(InvalidDefinitionCorpusTest.class.getResource("/invalid").toURI());
  }

  static Stream<Case> cases() throws IOException, URISyntaxException {
    List<Case> cases = new ArrayList<>();
    try (Stream<Path> files = Files.list(corpus())) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        cases.add(new Case(file.getFileName().toString(), file, expectations(file)));
      }
    }
    return cases.stream();
  }

  /**
   * The leading {@code # expect:} lines; the file is read as bytes, since a case may not be UTF-8.
   */
  static List<Expectation> expectations(Path file) throws IOException {
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    List<Expectation> expectations = new ArrayList<>();
    for (String line : text.split("\n")) {
      Matcher m = EXPECT.matcher(line.strip());
      if (!m.matches()) {
        break;
      }
      expectations.add(
          new Expectation(
              Integer.parseInt(m.group(1)),
              m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
              m.group(3).strip()));
    }
    return expectations;
  }

  @Test
  void theCorpusIsLargeAndEveryCaseStatesWhatItExpects() throws Exception {
    List<Case> cases = cases().toList();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(30);
    String readme = Files.readString(corpus().resolve("README.md"));
    for (Case c : cases) {
      assertThat(c.expectations()).as("'# expect:' lines at the top of %s", c.name()).isNotEmpty();
      assertThat(readme)
          .as("README.md lists %s", c.name())
          .contains("| " + c.name().replace(".yaml", "") + " |");
    }
  }

  @ParameterizedTest(name = "validate {0}")
  @MethodSource("cases")
  void validateReportsTheProblemAndExits3(Case c) {
    CliRunner.Result result = CliRunner.run("validate", "-f", c.file().toString());

    assertReported(c, result);
    assertThat(result.stdout()).as("stdout of %s", c.name()).isEmpty();
  }

  @ParameterizedTest(name = "generate {0}")
  @MethodSource("cases")
  void generateReportsTheProblemAndWritesNothing(Case c, @TempDir Path temp) {
    Path out = temp.resolve("out");

    CliRunner.Result result =
        CliRunner.run("generate", "-f", c.file().toString(), "-o", out.toString(), "--yes");

    assertReported(c, result);
    assertThat(out).as("output folder of %s", c.name()).doesNotExist();
    try (Stream<Path> left = Files.list(temp)) {
      assertThat(left).as("files written next to the output folder").isEmpty();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static void assertReported(Case c, CliRunner.Result result) {
    String stderr = ANSI.matcher(result.stderr()).replaceAll("");
    assertThat(result.exitCode())
        .as("exit code of %s\n%s", c.name(), result)
        .isEqualTo(ExitCodes.INVALID_DEFINITION);
    assertNoStackTrace(stderr, result);
    List<String> lines = stderr.lines().toList();
    for (Expectation e : c.expectations()) {
      String location = e.location(c.file());
      assertThat(lines)
          .as("a line starting '%s' and containing \"%s\"\n%s", location, e.fragment(), result)
          .anyMatch(
              line ->
                  line.startsWith(location)
                      && line.contains("error: ")
                      && line.contains(e.fragment()));
    }
    Matcher summary = SUMMARY.matcher(stderr);
    assertThat(summary.find()).as("summary line\n%s", result).isTrue();
    assertThat(Integer.parseInt(summary.group(1)))
        .as("number of problems of %s (one per '# expect:')\n%s", c.name(), result)
        .isEqualTo(c.expectations().size());
  }

  static void assertNoStackTrace(String stderr, CliRunner.Result result) {
    assertThat(stderr)
        .as("no stack trace\n%s", result)
        .doesNotContain("\tat ")
        .doesNotContain("Exception");
  }

  /**
   * The whole report of one problem, as a user sees it: location, message, hint, line and caret.
   */
  @Test
  void aProblemIsShownWithItsSourceLineAndACaret() throws Exception {
    Path file = corpus().resolve("unknown-type.yaml");

    CliRunner.Result result = CliRunner.run("validate", "--no-color", "-f", file.toString());

    assertThat(result.stderr())
        .isEqualTo(
            file
                + ":7:21: error: unknown type 'strng' — did you mean 'string'?\n"
                + " 7 |       name: { type: strng, maxLength: 120 }\n"
                + "   |                     ^\n"
                + "1 problem found; nothing was written.\n");
  }

  @Test
  void everyProblemOfAFileIsReportedInOneRun(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("dddgen.yaml");
    Files.writeString(
        file,
        """
        version: 1
        project: { name: shop, target: rust, module: github.com/acme/shop }
        valueObjects:
          Money: { fields: { amount: { type: decimal, min: 10, max: 1 } } }
        aggregates:
          Customer:
            fields:
              name: { type: strng }
              email: { type: string, maxLenght: 10 }
          Order:
            fields:
              customerId: { type: ref, to: Client }
              total: Money
            commands:
              PlaceOrder: { create: true, emits: OrderPlaced }
        security: { default: public }
        """);

    CliRunner.Result result = CliRunner.run("validate", "--no-color", "-f", file.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_DEFINITION);
    assertThat(result.stderr())
        .contains(file + ":2:32: error: unknown target 'rust'")
        .contains(file + ":4:52: error: min 10 is greater than max 1")
        .contains(file + ":8:21: error: unknown type 'strng' — did you mean 'string'?")
        .contains(
            file + ":9:30: error: unknown key 'maxLenght' in 'email' — did you mean 'maxLength'?")
        .contains(file + ":12:36: error: 'Client' is not an aggregate")
        .contains(
            file
                + ":15:42: error: command 'PlaceOrder' emits 'OrderPlaced', which is not an event of 'Order'")
        .endsWith("6 problems found; nothing was written.\n");
    // Sorted by position, as a compiler lists them.
    List<Integer> lineNumbers =
        result
            .stderr()
            .lines()
            .filter(l -> l.startsWith(file.toString()))
            .map(l -> Integer.parseInt(l.substring(file.toString().length() + 1).split(":")[0]))
            .toList();
    assertThat(lineNumbers).isSorted().hasSize(6);
  }
}
