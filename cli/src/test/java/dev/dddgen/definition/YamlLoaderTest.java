package dev.dddgen.definition;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dddgen.cli.CliRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link YamlLoader} reads the usual YAML subset straight from the text ({@link SubsetReader}),
 * other plain documents from the parser's events ({@link PlainReader}) and everything else
 * through SnakeYAML's composer: all must give the same tree and the same problems, and the fast
 * paths must really be taken for ordinary definitions.
 */
class YamlLoaderTest {
  private static final String HEADER = "version: 1\nproject: { name: shop, target: go, module: github.com/acme/shop }\n";

  record Loaded(Optional<YamlNode> root, List<Problem> problems) {}

  private static Loaded load(String text, YamlLoader.Route from) {
    List<Problem> problems = new ArrayList<>();
    return new Loaded(YamlLoader.load("t.yaml", text, problems, from), problems);
  }

  private static Loaded fast(String text) {
    List<Problem> problems = new ArrayList<>();
    return new Loaded(YamlLoader.load("t.yaml", text, problems), problems);
  }

  private static Loaded composed(String text) {
    return load(text, YamlLoader.Route.COMPOSER);
  }

  /** Both fast readers, each on its own, give what the composer gives. */
  private static void assertSameAsComposer(String text, String description) {
    Loaded composed = composed(text);
    assertThat(fast(text)).as(description).isEqualTo(composed);
    assertThat(load(text, YamlLoader.Route.EVENTS)).as(description).isEqualTo(composed);
  }

  private static boolean takesSubsetPath(String text) {
    return SubsetReader.read("t.yaml", text, YamlLoader.settings("t.yaml", text).getSchema().getScalarResolver()) != null;
  }

  private static boolean takesFastPath(String text) {
    return PlainReader.read("t.yaml", YamlLoader.settings("t.yaml", text), text) != null;
  }

  static Stream<Path> definitions() throws Exception {
    Path repo = CliRunner.repo();
    List<Path> files = new ArrayList<>(List.of(
        repo.resolve("examples/shop/dddgen.yaml"), repo.resolve("examples/library/dddgen.yaml"),
        repo.resolve("examples/library-java/dddgen.yaml"),
        repo.resolve("cli/src/test/resources/go/edge.yaml"), repo.resolve("cli/src/test/resources/java/edge.yaml")));
    return files.stream();
  }

  @ParameterizedTest
  @MethodSource("definitions")
  void theExamplesTakeTheFastPathAndGiveTheComposersTree(Path file) throws Exception {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(takesSubsetPath(text)).isTrue();
    assertThat(takesFastPath(text)).isTrue();
    assertThat(fast(text).root()).isPresent();
    assertSameAsComposer(text, file.toString());
  }

  @Test
  void theBrokenCorpusGivesTheSameTreeAndProblemsBothWays() throws Exception {
    Path invalid = Path.of(YamlLoaderTest.class.getResource("/invalid").toURI());
    List<Path> cases;
    try (Stream<Path> files = Files.list(invalid)) {
      cases = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    }
    assertThat(cases).hasSizeGreaterThan(30);
    for (Path file : cases) {
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      assertSameAsComposer(text, file.getFileName().toString());
    }
  }

  /** Random mutations of the examples: whichever path a mutant takes, the result is the composer's. */
  @Test
  void mutationsGiveTheSameTreeAndProblemsBothWays() throws Exception {
    List<String> examples = new ArrayList<>();
    for (Path file : definitions().toList()) {
      examples.add(Files.readString(file, StandardCharsets.UTF_8));
    }
    // Override with -Ddddgen.fuzz.seed / -Ddddgen.fuzz.runs to explore further than the default run.
    Random random = new Random(Long.getLong("dddgen.fuzz.seed", 20_261_126L));
    int runs = Integer.getInteger("dddgen.fuzz.runs", 3_000);
    int subsetPath = 0;
    int fastPath = 0;
    for (int run = 0; run < runs; run++) {
      String mutated = DefinitionLoaderFuzzTest.mutate(examples.get(random.nextInt(examples.size())), random);
      try {
        composed(mutated);
      } catch (RuntimeException | StackOverflowError e) {
        continue; // a crash of the composer path is the fuzz test's business, not a difference
      }
      assertSameAsComposer(mutated, "run " + run + ":\n" + mutated);
      subsetPath += takesSubsetPath(mutated) ? 1 : 0;
      fastPath += takesFastPath(mutated) ? 1 : 0;
    }
    // Every path must be exercised for the comparison to mean anything.
    assertThat(subsetPath).isBetween(runs / 10, runs * 9 / 10);
    assertThat(fastPath).isBetween(subsetPath + runs / 30, runs * 29 / 30);
  }

  /** Scalars whose kind the fast path decides without the resolver, and numbers it leaves to it. */
  @ParameterizedTest
  @ValueSource(strings = {"true", "false", "True", "FALSE", "tru", "truex", "f", "null", "Null", "NULL", "nul",
      "nullx", "n", "~", "''", "\"\"", "'true'", "\"null\"", "1", "-1", "0", "-0", "01", "1.5", "-1.5", "1.", ".5",
      "1e3", "1E-3", "1e", ".inf", "-.inf", ".Inf", ".nan", ".NaN", "-", ".", "-x", "0x1F", "0o17", "1_000",
      "9999999999999999999999", "yes", "no", "on", "$x", "${HOME}", "é", "x y", "[1]", "{a: 1}"})
  void scalarKindsAreTheResolversOnes(String scalar) {
    String text = "a: " + scalar + "\nb:\n  - " + scalar + "\nc: [" + scalar + "]\n" + scalar + ": 1\n";
    assertSameAsComposer(text, text);
    // Every one of them that is valid YAML here is read by the events path.
    assertThat(takesFastPath(text)).isEqualTo(composed(text).problems().isEmpty());
  }

  @Test
  void kindsOfTypicalValues() {
    YamlNode.Mapping root = (YamlNode.Mapping) fast("a: true\nb: 12\nc: 1.5\nd: ~\ne: null\nf:\ng: '12'\nh: text\n"
        + "i: -3\nj: .inf\nk: tRue\n").root().orElseThrow();
    assertThat(root.entries()).extracting(e -> e.key().value() + "=" + ((YamlNode.Scalar) e.value()).text().kind())
        .containsExactly("a=BOOL", "b=INT", "c=FLOAT", "d=STRING", "e=NULL", "f=NULL", "g=STRING", "h=STRING",
            "i=INT", "j=FLOAT", "k=STRING");
  }

  @Test
  void locationsAreOneBasedLinesAndColumns() {
    YamlNode.Mapping root = (YamlNode.Mapping) fast("# c\nouter:\n  inner: [x, {y: 1}]\n").root().orElseThrow();
    YamlNode.Entry outer = root.entries().get(0);
    assertThat(root.at()).isEqualTo(new SourceLocation("t.yaml", 2, 1));
    assertThat(outer.key().at()).isEqualTo(new SourceLocation("t.yaml", 2, 1));
    YamlNode.Entry inner = ((YamlNode.Mapping) outer.value()).entries().get(0);
    assertThat(inner.key().at()).isEqualTo(new SourceLocation("t.yaml", 3, 3));
    YamlNode.Sequence list = (YamlNode.Sequence) inner.value();
    assertThat(list.at()).isEqualTo(new SourceLocation("t.yaml", 3, 10));
    assertThat(list.items().get(1).at()).isEqualTo(new SourceLocation("t.yaml", 3, 14));
  }

  /** Shapes the subset reader takes: each is read exactly as the composer reads it. */
  @ParameterizedTest
  @ValueSource(strings = {
      "a: 1\nb: two words  # a comment\nc: -1.5\nd: .inf\ne: +1\nf: x/y.z-w_v\n",
      "a:\nb:\n", // empty values, the last at the end of the text
      "a: # nothing\n  # a comment, more indented\nb:\n    c: 1\n# at the margin\n    d:\n  \ne: 1", // no final newline
      "a:\n  b:\n    c: [x, 'y', \"z\"]\n  d: { e: { f: [] }, g: {} }\nh: 1\n",
      "a: \"q\\\\s \\\" \\/ #x\"\nb: 'it''s: #'\nc: ''\nd: \"\"\n", // escapes, quotes, ':' and '#' quoted
      "a : 1\nb:    2   \nc: {  d  :  e  ,  f: [ g ,h ] }\n", // spacing
      "\n\n# header\n   \na: 1\n\n\n", // blank and comment lines around
      "a: true\nb: false\nc: null\nd: True\ne: nulls\nf: 0\ng: 007\nh: 1e3\ni: 1.\nj: .5\n",
      "key with spaces: 1\nx: { key with spaces: value with spaces }\n",
      "# caf\u00e9 \u2192 \u00a7\na: 'caf\u00e9'\nb: \"\u00e9\u00e9\" # \u00e9\n"}) // non-ASCII in comments and quotes
  void subsetShapesAreReadAsTheComposerReadsThem(String text) {
    assertThat(takesSubsetPath(text)).isTrue();
    assertSameAsComposer(text, text);
  }

  /** Shapes outside the subset: left to the other readers, and still read as the composer reads them. */
  @ParameterizedTest
  @ValueSource(strings = {
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
      "a: \"\\n\"\n", // an escape the subset does not take
      "a: x#y\n", // '#' inside a plain scalar
      "a: http://x\n", // ':' inside a plain scalar
      "  a: 1\n", // an indented root
      "a: {b: [c: d]}\n", // a pair in a flow list
      "--- \na: 1\n", // a document marker
      "a: 1\r\nb: 2\r\n"}) // carriage returns
  void shapesOutsideTheSubsetAreLeftToTheOtherReaders(String text) {
    assertThat(takesSubsetPath(text)).isFalse();
    assertSameAsComposer(text, text);
  }

  @Test
  void aLongKeyIsLeftToTheComposer() {
    for (int length : new int[] {999, 1000, 1001, 1023, 1024, 1025, 1030}) {
      String text = "k" + "x".repeat(length - 1) + ": 1\nm: { " + "y".repeat(length) + ": 2 }\n";
      assertSameAsComposer(text, "key of " + length);
    }
  }

  /** What the fast path leaves to the composer; each must still load exactly as the composer loads it. */
  @ParameterizedTest
  @ValueSource(strings = {
      "base: &b { type: string }\nfields: { a: *b, c: *b }\n", // an anchor on a mapping, aliases of it
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
          + "lol3: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"}) // an alias bomb
  void unusualDocumentsTakeTheComposerPath(String text) {
    assertThat(takesSubsetPath(text)).isFalse();
    assertThat(takesFastPath(text)).isFalse();
    assertSameAsComposer(text, text);
  }

  @Test
  void aliasesExpandToTheAnchoredNodeAndMergeKeysAreHonoured() {
    YamlNode.Mapping root = (YamlNode.Mapping) fast("base: &b { a: 1 }\nplain: { <<: *b }\nmerged: { !!merge <<: *b, c: 2 }\n")
        .root().orElseThrow();
    YamlNode base = root.entries().get(0).value();
    YamlNode.Mapping plain = (YamlNode.Mapping) root.entries().get(1).value();
    assertThat(plain.entries()).singleElement().satisfies(e -> {
      assertThat(e.key().value()).isEqualTo("<<");
      assertThat(e.value()).isEqualTo(base);
    });
    YamlNode.Mapping merged = (YamlNode.Mapping) root.entries().get(2).value();
    assertThat(merged.entries()).extracting(e -> e.key().value()).containsExactlyInAnyOrder("a", "c");
  }

  @Test
  void deepOrHugeDocumentsAreRefusedWithTheComposersProblems() {
    String deep = "x: " + "[".repeat(70) + "]".repeat(70) + "\n";
    assertThat(takesFastPath(deep)).isFalse();
    Loaded loaded = fast(deep);
    assertThat(loaded).isEqualTo(composed(deep));
    assertThat(loaded.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("nested more than 64"));

    String huge = "x: [" + "0, ".repeat(YamlLoader.MAX_NODES) + "0]\n";
    assertThat(takesFastPath(huge)).isFalse();
    Loaded hugeLoaded = fast(huge);
    assertThat(hugeLoaded.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("more than 400000 nodes"));
    String atTheLimit = "x: [" + "0, ".repeat(YamlLoader.MAX_NODES - 3) + "0]\n"; // root, list and items
    assertThat(takesFastPath(atTheLimit)).isTrue();
    assertThat(fast(atTheLimit)).isEqualTo(composed(atTheLimit));
  }

  @Test
  void anAliasBombIsRefused() {
    Loaded loaded = fast(HEADER + "lol1: &a [l, l, l, l, l, l, l, l, l]\n"
        + "lol2: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nlol3: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
        + "lol4: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n");
    assertThat(loaded.root()).isEmpty();
    assertThat(loaded.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("aliases"));
  }
}
