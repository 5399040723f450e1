package dev.dddgen.workspace;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.merge.MergeAlgorithm;
import org.eclipse.jgit.merge.MergeFormatter;
import org.eclipse.jgit.merge.MergeResult;

/** Three-way merge and unified diff of text files, using JGit's proven algorithms. */
public final class TextMerge {
  private TextMerge() {}

  /** The merged text and whether it holds conflict markers. */
  public record Merged(String text, boolean conflicted) {}

  /**
   * The labels of the two sides in the markers dddgen writes ({@code <<<<<<< yours}, {@code >>>>>>>
   * generated now}).
   */
  static final String OURS = "yours";

  static final String THEIRS = "generated now";
  private static final java.util.regex.Pattern MARKERS =
      java.util.regex.Pattern.compile(
          "(?ms)^<<<<<<< " + OURS + "$.*?^=======$.*?^>>>>>>> " + THEIRS + "$");

  /**
   * Whether {@code text} still holds conflict markers dddgen wrote (and the user has not resolved
   * yet). Only dddgen's own labels count, so a file that merely mentions git markers is not
   * flagged.
   */
  public static boolean hasConflictMarkers(String text) {
    return text.contains("<<<<<<< " + OURS) && MARKERS.matcher(text).find();
  }

  /**
   * Merges the user's edits ({@code ours}, on disk) with the generator's change from {@code base}
   * (what it generated last) to {@code theirs} (what it generates now). Conflicts are marked the
   * way git marks them.
   */
  public static Merged merge(String base, String ours, String theirs) {
    MergeAlgorithm algorithm =
        new MergeAlgorithm(DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM));
    MergeResult<RawText> result =
        algorithm.merge(RawTextComparator.DEFAULT, text(base), text(ours), text(theirs));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new MergeFormatter()
          .formatMerge(
              out, result, List.of("generated before", OURS, THEIRS), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Merged(out.toString(StandardCharsets.UTF_8), result.containsConflicts());
  }

  /** A unified diff from {@code before} to {@code after}, with git-style a/ and b/ headers. */
  public static String unifiedDiff(String path, String before, String after) {
    RawText a = text(before == null ? "" : before);
    RawText b = text(after == null ? "" : after);
    EditList edits =
        DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM)
            .diff(RawTextComparator.DEFAULT, a, b);
    if (edits.isEmpty()) {
      return "";
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DiffFormatter formatter = new DiffFormatter(out)) {
      formatter.setContext(3);
      out.write(
          ("--- " + (before == null ? "/dev/null" : "a/" + path) + "\n")
              .getBytes(StandardCharsets.UTF_8));
      out.write(
          ("+++ " + (after == null ? "/dev/null" : "b/" + path) + "\n")
              .getBytes(StandardCharsets.UTF_8));
      formatter.format(edits, a, b);
      formatter.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static RawText text(String content) {
    return new RawText(content.getBytes(StandardCharsets.UTF_8));
  }
}
