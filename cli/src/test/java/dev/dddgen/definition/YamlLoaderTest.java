package dev.dddgen.definition;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dddgen.cli.CliRunner;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * {@link YamlLoader}: the trees (values, kinds, locations) and problems it gives.
 *
 * <p>Besides the explicit cases, the examples, the broken-definition corpus and thousands of random
 * mutations of the examples are held to {@code yaml/reader-results.txt}: one digest of tree and
 * problems per input, recorded from the composer path, on which two hand-written readers were held
 * to the same results for these same inputs until they were removed. A change of reader or of
 * snakeyaml-engine that alters any tree, location or problem fails here. Re-record deliberately,
 * after reading the differences, with {@code -Dyaml.record=true}.
 */
class YamlLoaderTest {
  private static final String HEADER =
      "version: 1\nproject: { name: shop, target: go, module: github.com/acme/shop }\n"
          + "security: { default: public }\n";
  private static final String RECORDING = "yaml/reader-results.txt";
  private static final boolean RECORD = Boolean.getBoolean("yaml.record");
  private static final long MUTATION_SEED = 20_261_126L;
  private static final int MUTATION_RUNS = 3_000;

  private static Map<String, String> recorded;
  private static final Map<String, String> rerecorded = new LinkedHashMap<>();

  record Loaded(Optional<YamlNode> root, List<Problem> problems) {}

  private static Loaded load(String text) {
    List<Problem> problems = new ArrayList<>();
    return new Loaded(YamlLoader.load("t.yaml", text, problems), problems);
  }

  @BeforeAll
  static void readRecording() throws Exception {
    recorded = new LinkedHashMap<>();
    if (RECORD && !Files.exists(recordingFile())) {
      return;
    }
    for (String line : Files.readAllLines(recordingFile(), StandardCharsets.UTF_8)) {
      int tab = line.lastIndexOf('\t');
      recorded.put(line.substring(0, tab), line.substring(tab + 1));
    }
  }

  @AfterAll
  static void writeRecording() throws Exception {
    if (RECORD) {
      Map<String, String> all = new TreeMap<>(recorded);
      all.putAll(rerecorded);
      StringBuilder out = new StringBuilder();
      all.forEach((name, digest) -> out.append(name).append('\t').append(digest).append('\n'));
      Files.writeString(recordingFile(), out.toString(), StandardCharsets.UTF_8);
    }
  }

  private static Path recordingFile() throws Exception {
    return CliRunner.repo().resolve("cli/src/test/resources").resolve(RECORDING);
  }

  /** The loader's result for {@code text} is the one recorded under {@code name}. */
  private static void assertAsRecorded(String name, String text) throws Exception {
    String rendering = render(load(text));
    String digest = digest(rendering);
    if (RECORD) {
      rerecorded.put(name, digest);
      return;
    }
    assertThat(digest)
        .as("%s differs from %s; input:%n%s%nnow read as:%n%s", name, RECORDING, text, rendering)
        .isEqualTo(recorded.get(name));
  }

  /** Every node with its location and kind, then every problem: what a reader must get right. */
  static String render(Loaded loaded) {
    StringBuilder out = new StringBuilder();
    loaded.root().ifPresent(root -> render(root, "", out));
    loaded.problems().forEach(problem -> out.append(problem.format()).append('\n'));
    return out.toString();
  }

  private static void render(YamlNode node, String indent, StringBuilder out) {
    out.append(indent).append(node.at().line()).append(':').append(node.at().column()).append(' ');
    if (node instanceof YamlNode.Mapping mapping) {
      out.append("{\n");
      for (YamlNode.Entry entry : mapping.entries()) {
        out.append(indent).append("  key ").append(text(entry.key())).append('\n');
        render(entry.value(), indent + "    ", out);
      }
    } else if (node instanceof YamlNode.Sequence sequence) {
      out.append("[\n");
      sequence.items().forEach(item -> render(item, indent + "  ", out));
    } else {
      out.append(text(((YamlNode.Scalar) node).text())).append('\n');
    }
  }

  private static String text(Text text) {
    return text.at().line()
        + ":"
        + text.at().column()
        + " "
        + text.kind()
        + " "
        + text.value().replace("\\", "\\\\").replace("\n", "\\n");
  }

  private static String digest(String rendering) throws Exception {
    byte[] sha =
        MessageDigest.getInstance("SHA-256").digest(rendering.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(sha, 0, 12);
  }

  static Stream<Path> definitions() throws Exception {
    Path repo = CliRunner.repo();
    return Stream.of(
        repo.resolve("examples/shop/dddgen.yaml"),
        repo.resolve("examples/library/dddgen.yaml"),
        repo.resolve("examples/library-java/dddgen.yaml"),
        repo.resolve("cli/src/test/resources/go/edge.yaml"),
        repo.resolve("cli/src/test/resources/java/edge.yaml"));
  }

  private static String name(Path file) throws Exception {
    return CliRunner.repo().relativize(file).toString().replace('\\', '/');
  }

  @ParameterizedTest
  @MethodSource("definitions")
  void theExamplesAreReadAsRecorded(Path file) throws Exception {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(load(text).problems()).isEmpty();
    assertAsRecorded("example " + name(file), text);
  }

  @Test
  void theBrokenCorpusIsReadAsRecorded() throws Exception {
    Path invalid = Path.of(YamlLoaderTest.class.getResource("/invalid").toURI());
    List<Path> cases;
    try (Stream<Path> files = Files.list(invalid)) {
      cases = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    }
    assertThat(cases).hasSizeGreaterThan(30);
    for (Path file : cases) {
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      assertAsRecorded("invalid " + file.getFileName(), text);
    }
  }

  /** Random mutations of the examples, many of them broken: each is read as recorded. */
  @Test
  void mutationsAreReadAsRecorded() throws Exception {
    List<String> examples = new ArrayList<>();
    for (Path file : definitions().toList()) {
      examples.add(Files.readString(file, StandardCharsets.UTF_8));
    }
    Random random = new Random(MUTATION_SEED);
    int broken = 0;
    for (int run = 0; run < MUTATION_RUNS; run++) {
      String mutated =
          DefinitionLoaderFuzzTest.mutate(examples.get(random.nextInt(examples.size())), random);
      broken += load(mutated).problems().isEmpty() ? 0 : 1;
      assertAsRecorded(String.format("mutation %04d", run), mutated);
    }
    // Both outcomes must be common for the recording to cover the reader's problems and trees.
    assertThat(broken).isBetween(MUTATION_RUNS / 10, MUTATION_RUNS * 9 / 10);
  }

  /** Each plain scalar's kind is the one snakeyaml-engine's own constructor gives its value. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "true",
        "false",
        "True",
        "FALSE",
        "tru",
        "truex",
        "f",
        "null",
        "Null",
        "NULL",
        "nul",
        "nullx",
        "n",
        "~",
        "''",
        "\"\"",
        "'true'",
        "\"null\"",
        "1",
        "-1",
        "0",
        "-0",
        "01",
        "1.5",
        "-1.5",
        "1.",
        ".5",
        "1e3",
        "1E-3",
        "1e",
        ".inf",
        "-.inf",
        ".Inf",
        ".nan",
        ".NaN",
        ".",
        "-x",
        "0x1F",
        "0o17",
        "1_000",
        "9999999999999999999999",
        "yes",
        "no",
        "on",
        "$x",
        "$HOME",
        "é",
        "x y"
      })
  void scalarKindsAreTheResolversOnes(String scalar) {
    String text =
        "a: " + scalar + "\nb:\n  - " + scalar + "\nc: [" + scalar + "]\n" + scalar + ": 1\n";
    LoadSettings settings = LoadSettings.builder().build();
    Text.Kind expected = kindOf(new Load(settings).loadFromString("a: " + scalar));
    YamlNode.Mapping root = (YamlNode.Mapping) load(text).root().orElseThrow();
    YamlNode.Scalar a = (YamlNode.Scalar) root.entries().get(0).value();
    YamlNode.Scalar b =
        (YamlNode.Scalar) ((YamlNode.Sequence) root.entries().get(1).value()).items().get(0);
    YamlNode.Scalar c =
        (YamlNode.Scalar) ((YamlNode.Sequence) root.entries().get(2).value()).items().get(0);
    assertThat(
            List.of(
                a.text().kind(),
                b.text().kind(),
                c.text().kind(),
                root.entries().get(3).key().kind()))
        .containsOnly(expected);
  }

  private static Text.Kind kindOf(Object document) {
    Object value = ((Map<?, ?>) document).get("a");
    if (value == null) {
      return Text.Kind.NULL;
    }
    if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
      return Text.Kind.INT;
    }
    if (value instanceof Double) {
      return Text.Kind.FLOAT;
    }
    return value instanceof Boolean ? Text.Kind.BOOL : Text.Kind.STRING;
  }

  @Test
  void kindsOfTypicalValues() {
    YamlNode.Mapping root =
        (YamlNode.Mapping)
            load("a: true\nb: 12\nc: 1.5\nd: ~\ne: null\nf:\n"
                    + "g: '12'\nh: text\ni: -3\nj: .inf\nk: tRue\n")
                .root()
                .orElseThrow();
    assertThat(root.entries())
        .extracting(e -> e.key().value() + "=" + ((YamlNode.Scalar) e.value()).text().kind())
        .containsExactly(
            "a=BOOL",
            "b=INT",
            "c=FLOAT",
            "d=STRING",
            "e=NULL",
            "f=NULL",
            "g=STRING",
            "h=STRING",
            "i=INT",
            "j=FLOAT",
            "k=STRING");
  }

  @Test
  void locationsAreOneBasedLinesAndColumns() {
    YamlNode.Mapping root =
        (YamlNode.Mapping) load("# c\nouter:\n  inner: [x, {y: 1}]\n").root().orElseThrow();
    YamlNode.Entry outer = root.entries().get(0);
    assertThat(root.at()).isEqualTo(new SourceLocation("t.yaml", 2, 1));
    assertThat(outer.key().at()).isEqualTo(new SourceLocation("t.yaml", 2, 1));
    YamlNode.Entry inner = ((YamlNode.Mapping) outer.value()).entries().get(0);
    assertThat(inner.key().at()).isEqualTo(new SourceLocation("t.yaml", 3, 3));
    YamlNode.Sequence list = (YamlNode.Sequence) inner.value();
    assertThat(list.at()).isEqualTo(new SourceLocation("t.yaml", 3, 10));
    assertThat(list.items().get(1).at()).isEqualTo(new SourceLocation("t.yaml", 3, 14));
  }

  /** A character beyond the BMP is one column, though two Java chars: 'b' is in column 10. */
  @Test
  void columnsCountCodePoints() {
    YamlNode.Mapping root =
        (YamlNode.Mapping) load("a: ['\uD83D\uDE00', b]\n").root().orElseThrow();
    YamlNode.Sequence list = (YamlNode.Sequence) root.entries().get(0).value();
    assertThat(list.items().get(1).at()).isEqualTo(new SourceLocation("t.yaml", 1, 10));
  }

  /** Layouts the examples use and layouts they do not: each is read as recorded. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "a: 1\nb: two words  # a comment\nc: -1.5\nd: .inf\ne: +1\nf: x/y.z-w_v\n",
        "a:\nb:\n", // empty values, the last at the end of the text
        "a: # nothing\n  # a comment, more indented\nb:\n    c: 1\n# at the margin\n    d:\n  \ne: 1",
        "a:\n  b:\n    c: [x, 'y', \"z\"]\n  d: { e: { f: [] }, g: {} }\nh: 1\n",
        "a: \"q\\\\s \\\" \\/ #x\"\nb: 'it''s: #'\nc: ''\nd: \"\"\n", // escapes, ':' and '#' quoted
        "a : 1\nb:    2   \nc: {  d  :  e  ,  f: [ g ,h ] }\n", // spacing
        "\n\n# header\n   \na: 1\n\n\n", // blank and comment lines around
        "a: true\nb: false\nc: null\nd: True\ne: nulls\nf: 0\ng: 007\nh: 1e3\ni: 1.\nj: .5\n",
        "key with spaces: 1\nx: { key with spaces: value with spaces }\n",
        "# caf\u00e9 \u2192 \u00a7\na: 'caf\u00e9'\nb: \"\u00e9\u00e9\" # \u00e9\n", // non-ASCII
        "a:\n  - 1\n  - 2\n", // a block list
        "a: hello\n  world\n", // a multi-line plain scalar
        "a: \"two\n  lines\"\n", // a multi-line quoted scalar
        "a: [1,\n  2]\n", // a flow list over two lines
        "a: [1, 2, ]\nb: { c: 1, }\n", // trailing commas
        "a: { b: }\n", // an empty flow value
        "a: |\n  text\n", // a block scalar
        "a:\tb\n", // a tab
        "a: caf\u00e9\n", // not ASCII in a plain scalar
        "a: 'x\uD83D\uDE00'\nb: 1\n", // a character beyond the BMP: one column, two chars
        "a: '\u2028'\n", // a Unicode line separator
        "a: 1 # \u0085\nb: 2\n", // NEL, a line break to YAML
        "a: b: c\n", // not YAML
        "a: 1\n b: 2\n", // a continuation
        "a:\n    b: 1\n  c: 2\n", // an indentation between two levels
        "a: 'x'y\n", // text after a quoted scalar
        "a: \"\\n\"\n", // an escape
        "a: x#y\n", // '#' inside a plain scalar
        "a: http://x\n", // ':' inside a plain scalar
        "  a: 1\n", // an indented root
        "a: {b: [c: d]}\n", // a pair in a flow list
        "--- \na: 1\n", // a document marker
        "a: 1\r\nb: 2\r\n", // carriage returns
        "base: &b { type: string }\nfields: { a: *b, c: *b }\n", // an anchor, aliases of it
        "x: &s hello\ny: *s\n", // an anchor on a scalar
        "base: &b { a: 1 }\nm: { <<: *b, c: 2 }\n", // '<<' is a plain key under the JSON schema
        "base: &b { a: 1 }\nm: { !!merge <<: *b, c: 2 }\n", // an explicit merge tag merges
        "a: !!str 12\nb: !!int 12\nc: ! 12\nd: !!str true\n", // tags
        "a: *nothing\n", // an undefined alias
        "a: &r [*r]\n", // an alias inside its own anchor
        "a: 1\na: 2\n", // a duplicate key
        "? [a, b]\n: 1\n", // a key that is not a scalar
        "a: 1\n---\nb: 2\n", // two documents
        "", // empty
        "a: [1, 2\n", // not YAML
        "lol1: &a [l, l, l, l, l, l, l, l, l]\nlol2: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
            + "lol3: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
      }) // an alias bomb
  void layoutsAreReadAsRecorded(String text) throws Exception {
    StringBuilder name = new StringBuilder("layout ");
    // line breaks and backslashes escaped: one recorded line per case
    text.codePoints()
        .forEach(
            c ->
                name.append(
                    c == '\\'
                        ? "\\\\"
                        : c == '\n'
                            ? "\\n"
                            : c < ' ' || c == 0x85 || c == 0x2028
                                ? String.format("\\u%04x", c)
                                : Character.toString(c)));
    assertAsRecorded(name.toString(), text);
  }

  /** snakeyaml-engine reads an implicit key of up to 1,024 characters, and refuses longer ones. */
  @Test
  void longKeysAreReadAsRecorded() throws Exception {
    for (int length : new int[] {999, 1000, 1001, 1023, 1024, 1025, 1030}) {
      String text = "k" + "x".repeat(length - 1) + ": 1\nm: { " + "y".repeat(length) + ": 2 }\n";
      assertAsRecorded("long key " + length, text);
    }
  }

  @Test
  void aliasesExpandToTheAnchoredNodeAndMergeKeysAreHonoured() {
    YamlNode.Mapping root =
        (YamlNode.Mapping)
            load("base: &b { a: 1 }\nplain: { <<: *b }\nmerged: { !!merge <<: *b, c: 2 }\n")
                .root()
                .orElseThrow();
    YamlNode base = root.entries().get(0).value();
    YamlNode.Mapping plain = (YamlNode.Mapping) root.entries().get(1).value();
    assertThat(plain.entries())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.key().value()).isEqualTo("<<");
              assertThat(e.value()).isEqualTo(base);
            });
    YamlNode.Mapping merged = (YamlNode.Mapping) root.entries().get(2).value();
    assertThat(merged.entries())
        .extracting(e -> e.key().value())
        .containsExactlyInAnyOrder("a", "c");
  }

  @Test
  void aDuplicateKeyIsReportedAtTheSecondWithTheFirstsLine() {
    Loaded loaded = load("a: 1\nb:\n  c: 2\n  c: 3\n");
    assertThat(loaded.problems())
        .extracting(Problem::format)
        .containsExactly(
            "t.yaml:4:3: duplicate key 'c' — it is already defined at line 3; "
                + "YAML keeps only one of them");
  }

  @Test
  void deepOrHugeDocumentsAreRefused() {
    String deep = "x: " + "[".repeat(70) + "]".repeat(70) + "\n";
    assertThat(load(deep).problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("nested more than 64"));

    String huge = "x: [" + "0, ".repeat(YamlLoader.MAX_NODES) + "0]\n";
    assertThat(load(huge).problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("more than 400000 nodes"));
    // the root, the list and its items
    String atTheLimit = "x: [" + "0, ".repeat(YamlLoader.MAX_NODES - 3) + "0]\n";
    assertThat(load(atTheLimit).problems()).isEmpty();
  }

  @Test
  void anAliasBombIsRefused() {
    Loaded loaded =
        load(
            HEADER
                + "lol1: &a [l, l, l, l, l, l, l, l, l]\n"
                + "lol2: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nlol3: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
                + "lol4: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n");
    assertThat(loaded.root()).isEmpty();
    assertThat(loaded.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("aliases"));
  }
}
