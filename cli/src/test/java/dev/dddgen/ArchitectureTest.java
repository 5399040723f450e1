package dev.dddgen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of DESIGN.md §9, checked over the tool's own sources: data flows one way
 * (definition → model → api → stacks → render → workspace → cli), stacks know nothing of each
 * other, and nothing below {@code cli} prints or exits. A reference is any {@code dev.dddgen.…}
 * name in code (imports and qualified names alike); comments do not count.
 */
class ArchitectureTest {
  private static final Path SOURCES = Path.of("src/main/java/dev/dddgen");

  /** A package of the tool named in code: {@code stack.go} for {@code dev.dddgen.stack.go.X}. */
  private static final Pattern REFERENCE =
      Pattern.compile("\\bdev\\.dddgen\\.((?:[a-z][a-z0-9]*\\.)*[a-z][a-z0-9]*)\\.(?:[A-Z]|\\*)");

  private static final Pattern BLOCK_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
  private static final Pattern LINE_COMMENT = Pattern.compile("(?m)^\\s*//.*$");
  private static final Pattern PRINTS =
      Pattern.compile("\\bSystem\\.(?:out|err)\\b|\\.printStackTrace\\(\\)");
  private static final Pattern EXITS =
      Pattern.compile("\\bSystem\\.exit\\(|\\bRuntime\\.getRuntime\\(\\)\\.(?:exit|halt)\\(");

  /** One source file of the tool: its package (relative to dev.dddgen) and its code. */
  private record Source(Path path, String pkg, String code) {
    Set<String> references() {
      Set<String> packages = new TreeSet<>();
      Matcher matcher = REFERENCE.matcher(code);
      while (matcher.find()) {
        packages.add(matcher.group(1));
      }
      packages.remove(pkg);
      return packages;
    }

    boolean in(String layer) {
      return within(pkg, layer);
    }

    String className() {
      return pkg + "." + path.getFileName().toString().replace(".java", "");
    }
  }

  private static List<Source> sources;

  @BeforeAll
  static void readSources() throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      sources =
          files
              .filter(file -> file.toString().endsWith(".java"))
              .sorted()
              .map(ArchitectureTest::read)
              .toList();
    }
    // A test that finds no source would pass whatever the code does.
    assertThat(sources).extracting(Source::pkg).contains("definition", "stack.go", "cli");
  }

  private static Source read(Path file) {
    try {
      return source(file, Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Source source(Path file, String text) {
    String code = LINE_COMMENT.matcher(BLOCK_COMMENT.matcher(text).replaceAll("")).replaceAll("");
    String pkg = SOURCES.relativize(file.getParent()).toString().replace('/', '.');
    return new Source(file, pkg, code);
  }

  /** Whether {@code pkg} is {@code layer} or one of its sub-packages. */
  private static boolean within(String pkg, String layer) {
    return pkg.equals(layer) || pkg.startsWith(layer + ".");
  }

  /** "file -> package" for every reference from {@code from} into any of {@code forbidden}. */
  private static List<String> references(List<String> from, List<String> forbidden) {
    return sources.stream()
        .filter(source -> from.stream().anyMatch(source::in))
        .flatMap(
            source ->
                source.references().stream()
                    .filter(ref -> forbidden.stream().anyMatch(layer -> within(ref, layer)))
                    .map(ref -> source.className() + " -> " + ref))
        .toList();
  }

  @Test
  void referencesAreImportsAndQualifiedNamesOutsideComments() {
    Source source =
        source(
            SOURCES.resolve("api/Example.java"),
            """
            package dev.dddgen.api;

            import dev.dddgen.model.Aggregate;
            import dev.dddgen.naming.*;
            import static dev.dddgen.render.Renderer.render;

            /** Unlike {@link dev.dddgen.cli.Main}, this is not a reference. */
            class Example {
              // dev.dddgen.workspace.Plan is not one either
              dev.dddgen.stack.go.GoTarget target;
              dev.dddgen.api.Api api;
            }
            """);
    assertThat(source.pkg()).isEqualTo("api");
    assertThat(source.references()).containsExactly("model", "naming", "render", "stack.go");
  }

  @Test
  void theDefinitionModelApiAndNamingKnowNothingOfStacksRenderingTheWorkspaceOrTheCli() {
    assertThat(
            references(
                List.of("definition", "model", "api", "naming"),
                List.of("stack", "render", "workspace", "cli")))
        .isEmpty();
  }

  @Test
  void stacksKnowNothingOfTheWorkspaceOrTheCli() {
    assertThat(references(List.of("stack"), List.of("cli", "workspace"))).isEmpty();
  }

  @Test
  void renderingKnowsNothingOfStacksTheWorkspaceOrTheCli() {
    // Stacks hand the renderer its input types (Artifact, FilePlan): the dependency goes one way.
    assertThat(references(List.of("render"), List.of("stack", "workspace", "cli"))).isEmpty();
  }

  @Test
  void theWorkspaceKnowsNothingOfTheCli() {
    assertThat(references(List.of("workspace"), List.of("cli"))).isEmpty();
  }

  @Test
  void stacksKnowNothingOfEachOther() {
    Set<String> stacks = new TreeSet<>();
    sources.stream()
        .map(Source::pkg)
        .filter(pkg -> pkg.startsWith("stack."))
        .forEach(pkg -> stacks.add(pkg.split("\\.")[1]));
    assertThat(stacks).contains("go", "java");
    for (String stack : stacks) {
      List<String> others =
          stacks.stream().filter(other -> !other.equals(stack)).map(o -> "stack." + o).toList();
      assertThat(references(List.of("stack." + stack), others)).as(stack).isEmpty();
    }
  }

  @Test
  void nothingBelowTheCliPrints() {
    assertThat(matches(PRINTS, source -> !source.in("cli"))).isEmpty();
  }

  @Test
  void onlyTheCliMainExits() {
    assertThat(matches(EXITS, source -> !source.className().equals("cli.Main"))).isEmpty();
  }

  private static List<String> matches(
      Pattern pattern, java.util.function.Predicate<Source> checked) {
    return sources.stream()
        .filter(checked)
        .filter(source -> pattern.matcher(source.code()).find())
        .map(Source::className)
        .toList();
  }
}
