package dev.dddgen.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.dddgen.cli.CliRunner;
import dev.dddgen.definition.DefinitionLoader;
import dev.dddgen.model.DomainModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example under {@code examples/} is generated and compared, file by file, with the tree
 * committed beside it ({@code examples/<name>/<output>}, the state folder {@code .dddgen} ignored).
 * Run with {@code -Dgolden.update=true} to rewrite the committed trees (and their {@code .dddgen}
 * state) from the current templates instead.
 */
class GoldenTest {
  private static final int SHOWN_DIFFS = 5;

  static List<Path> examples() throws IOException {
    Path root = CliRunner.repo().resolve("examples");
    try (Stream<Path> dirs = Files.list(root)) {
      return dirs.filter(d -> Files.isRegularFile(d.resolve("dddgen.yaml"))).sorted().toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void generatedTreeMatchesTheCommittedOne(Path example, @TempDir Path temp) throws Exception {
    Path definition = example.resolve("dddgen.yaml");
    DomainModel model = DefinitionLoader.load(definition, definition.toString());
    Path golden = example.resolve(model.project().output());
    if (Boolean.getBoolean("golden.update")) {
      deleteTree(golden);
      deleteTree(example.resolve(".dddgen"));
      CliRunner.Result result =
          CliRunner.run("generate", "-f", definition.toString(), "--yes", "--quiet");
      assertThat(result.exitCode()).as(result.describe()).isZero();
      return;
    }
    Path out = temp.resolve("out");
    CliRunner.Result result =
        CliRunner.run(
            "generate", "-f", definition.toString(), "-o", out.toString(), "--yes", "--quiet");
    assertThat(result.exitCode()).as(result.describe()).isZero();
    String report = compare(golden, out);
    if (!report.isEmpty()) {
      fail(
          "generated tree differs from "
              + CliRunner.repo().relativize(golden)
              + " (run with -Dgolden.update=true to accept the new output)\n"
              + report);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void generatingTwiceIsByteIdentical(Path example, @TempDir Path temp) throws Exception {
    Path definition = example.resolve("dddgen.yaml");
    for (String run : List.of("a", "b")) {
      CliRunner.Result result =
          CliRunner.run(
              "generate",
              "-f",
              definition.toString(),
              "-o",
              temp.resolve(run).toString(),
              "--yes",
              "--quiet");
      assertThat(result.exitCode()).as(result.describe()).isZero();
    }
    TreeMap<String, byte[]> a = files(temp.resolve("a"), true);
    TreeMap<String, byte[]> b = files(temp.resolve("b"), true);
    assertThat(b.keySet()).containsExactlyElementsOf(a.keySet());
    for (String path : a.keySet()) {
      assertThat(b.get(path)).as(path).isEqualTo(a.get(path));
    }
  }

  /**
   * Missing and extra files, then a {@code -want +got} unified diff of the first differing files;
   * empty when equal.
   */
  static String compare(Path want, Path got) throws IOException {
    TreeMap<String, byte[]> wanted = files(want, false);
    TreeMap<String, byte[]> generated = files(got, false);
    TreeSet<String> missing = new TreeSet<>(wanted.keySet());
    missing.removeAll(generated.keySet());
    TreeSet<String> extra = new TreeSet<>(generated.keySet());
    extra.removeAll(wanted.keySet());
    List<String> differing = new ArrayList<>();
    for (String path : wanted.keySet()) {
      if (generated.containsKey(path) && !Arrays.equals(wanted.get(path), generated.get(path))) {
        differing.add(path);
      }
    }
    StringBuilder report = new StringBuilder();
    if (!missing.isEmpty()) {
      report.append("missing (committed but not generated):\n");
      missing.forEach(p -> report.append("  ").append(p).append('\n'));
    }
    if (!extra.isEmpty()) {
      report.append("extra (generated but not committed):\n");
      extra.forEach(p -> report.append("  ").append(p).append('\n'));
    }
    if (!differing.isEmpty()) {
      report
          .append(differing.size())
          .append(" file(s) differ")
          .append(differing.size() > SHOWN_DIFFS ? ", the first " + SHOWN_DIFFS + " shown" : "")
          .append(":\n");
      for (String path : differing.subList(0, Math.min(SHOWN_DIFFS, differing.size()))) {
        report.append(unifiedDiff(path, wanted.get(path), generated.get(path)));
      }
    }
    return report.toString();
  }

  static String unifiedDiff(String path, byte[] want, byte[] got) throws IOException {
    RawText a = new RawText(want);
    RawText b = new RawText(got);
    EditList edits =
        DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM)
            .diff(RawTextComparator.DEFAULT, a, b);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DiffFormatter formatter = new DiffFormatter(out)) {
      formatter.setContext(3);
      formatter.format(edits, a, b);
    }
    return "--- want/"
        + path
        + "\n+++ got/"
        + path
        + "\n"
        + out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Every file under root by relative path ('/'-separated); the state folder only when asked. */
  static TreeMap<String, byte[]> files(Path root, boolean withState) throws IOException {
    TreeMap<String, byte[]> out = new TreeMap<>();
    if (!Files.isDirectory(root)) {
      return out;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        if (!withState && (relative.equals(".dddgen") || relative.startsWith(".dddgen/"))) {
          continue;
        }
        out.put(relative, Files.readAllBytes(file));
      }
    }
    return out;
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
