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
 * {@link YamlLoader} reads plain documents straight from the parser's events ({@link PlainReader})
 * and everything else through SnakeYAML's composer: both must give the same tree and the same
 * problems, and the fast path must really be taken for ordinary definitions.
 */
class YamlLoaderTest {
  private static final String HEADER = "version: 1\nproject: { name: shop, target: go, module: github.com/acme/shop }\n";

  record Loaded(Optional<YamlNode> root, List<Problem> problems) {}

  private static Loaded fast(String text) {
    List<Problem> problems = new ArrayList<>();
    return new Loaded(YamlLoader.load("t.yaml", text, problems), problems);
  }

  private static Loaded composed(String text) {
    List<Problem> problems = new ArrayList<>();
    return new Loaded(YamlLoader.loadThroughComposer("t.yaml", text, problems), problems);
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
    assertThat(takesFastPath(text)).isTrue();
    Loaded fast = fast(text);
    assertThat(fast.root()).isPresent();
    assertThat(fast).isEqualTo(composed(text));
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
      assertThat(fast(text)).as(file.getFileName().toString()).isEqualTo(composed(text));
    }
  }

  /** Random mutations of the shop example: whichever path a mutant takes, the result is the composer's. */
  @Test
  void mutationsGiveTheSameTreeAndProblemsBothWays() throws Exception {
    String shop = Files.readString(CliRunner.repo().resolve("examples/shop/dddgen.yaml"), StandardCharsets.UTF_8);
    Random random = new Random(20_261_126L);
    int fastPath = 0;
    for (int run = 0; run < 2_000; run++) {
      String mutated = DefinitionLoaderFuzzTest.mutate(shop, random);
      Loaded composed;
      try {
        composed = composed(mutated);
      } catch (RuntimeException | StackOverflowError e) {
        continue; // a crash of the composer path is the fuzz test's business, not a difference
      }
      assertThat(fast(mutated)).as("run %d:\n%s", run, mutated).isEqualTo(composed);
      if (takesFastPath(mutated)) {
        fastPath++;
      }
    }
    // Both paths must be exercised for the comparison to mean anything.
    assertThat(fastPath).isBetween(200, 1_900);
  }

  /** Scalars whose kind the fast path decides without the resolver, and numbers it leaves to it. */
  @ParameterizedTest
  @ValueSource(strings = {"true", "false", "True", "FALSE", "tru", "truex", "f", "null", "Null", "NULL", "nul",
      "nullx", "n", "~", "''", "\"\"", "'true'", "\"null\"", "1", "-1", "0", "-0", "01", "1.5", "-1.5", "1.", ".5",
      "1e3", "1E-3", "1e", ".inf", "-.inf", ".Inf", ".nan", ".NaN", "-", ".", "-x", "0x1F", "0o17", "1_000",
      "9999999999999999999999", "yes", "no", "on", "$x", "${HOME}", "é", "x y", "[1]", "{a: 1}"})
  void scalarKindsAreTheResolversOnes(String scalar) {
    String text = "a: " + scalar + "\nb:\n  - " + scalar + "\nc: [" + scalar + "]\n" + scalar + ": 1\n";
    Loaded composed = composed(text);
    assertThat(fast(text)).isEqualTo(composed);
    // Every one of them that is valid YAML here is read by the fast path.
    assertThat(takesFastPath(text)).isEqualTo(composed.problems().isEmpty());
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
    assertThat(takesFastPath(text)).isFalse();
    assertThat(fast(text)).isEqualTo(composed(text));
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
