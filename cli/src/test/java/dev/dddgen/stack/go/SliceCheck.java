package dev.dddgen.stack.go;

import dev.dddgen.definition.DefinitionLoader;
import dev.dddgen.model.DomainModel;
import dev.dddgen.render.Artifact;
import dev.dddgen.render.FilePlan;
import dev.dddgen.render.RenderException;
import dev.dddgen.render.Renderer;
import dev.dddgen.render.TemplateLookup;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Development aid: renders the artifacts whose template matches a regex and diffs each against the
 * golden file of an example. Usage: SliceCheck REPO EXAMPLE TEMPLATE_REGEX [--write OUTDIR]
 */
public final class SliceCheck {
  public static void main(String[] args) throws Exception {
    Path repo = Path.of(args[0]);
    String example = args[1];
    Pattern only = Pattern.compile(args[2]);
    Path exampleDir = repo.resolve("examples").resolve(example);
    Path definition = exampleDir.resolve("dddgen.yaml");
    Path golden = exampleDir.resolve("backend");
    if (!Files.exists(definition)) {
      definition = Path.of(example);
      golden = null;
    }
    DomainModel model = DefinitionLoader.load(definition, definition.toString());
    GoTarget target = new GoTarget();
    FilePlan plan = target.files(model);
    List<Artifact> artifacts = plan.artifacts();
    Renderer renderer =
        new Renderer(
            new TemplateLookup(
                List.of(new TemplateLookup.Source("--templates", repo.resolve("templates")))));
    Path tmp = Files.createTempDirectory("slice");
    int same = 0;
    int differ = 0;
    int failed = 0;
    for (Artifact artifact : artifacts) {
      if (!only.matcher(artifact.template()).find()) {
        continue;
      }
      String text;
      try {
        text = plan.finish(artifact, renderer.render(artifact.template(), artifact.context()));
      } catch (RenderException | RuntimeException e) {
        System.out.println("FAIL   " + artifact.path() + " (" + artifact.template() + "): " + e);
        failed++;
        continue;
      }
      text = text.replace("\r\n", "\n").replaceAll("\n*$", "") + "\n";
      if (golden == null) {
        System.out.println("----- " + artifact.path() + "\n" + text);
        continue;
      }
      Path expected = golden.resolve(artifact.path());
      Path actual = tmp.resolve(artifact.path().replace('/', '_'));
      Files.writeString(actual, text, StandardCharsets.UTF_8);
      if (Files.exists(expected) && Files.readString(expected).equals(text)) {
        same++;
        continue;
      }
      differ++;
      System.out.println("DIFF   " + artifact.path() + " (" + artifact.template() + ")");
      Process diff =
          new ProcessBuilder(
                  "diff",
                  "-u",
                  Files.exists(expected) ? expected.toString() : "/dev/null",
                  actual.toString())
              .redirectErrorStream(true)
              .start();
      String out = new String(diff.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      diff.waitFor();
      String[] lines = out.split("\n");
      int limit = Integer.getInteger("lines", 80);
      for (int i = 0; i < Math.min(lines.length, limit); i++) {
        System.out.println(lines[i]);
      }
      if (lines.length > limit) {
        System.out.println("... (" + (lines.length - limit) + " more diff lines; -Dlines=N)");
      }
    }
    System.out.println("same " + same + ", differ " + differ + ", failed " + failed);
  }
}
