import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the index of the built-in templates: every {@code .mustache} file under a folder, as its
 * path relative to that folder with {@code /} separators, one per line, sorted. Run by the build on
 * the templates copied into the classes folder (a single-file program: {@code java
 * IndexTemplates.java FOLDER}), writing {@code FOLDER/index.txt}, which the runnable jar carries.
 *
 * <p>Why: without it, the tool learns its templates' names by walking every entry of its own jar
 * (about 7,000, nearly all of them libraries' classes), some 10 ms of a cold start's main thread.
 */
public final class IndexTemplates {
  private IndexTemplates() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: IndexTemplates FOLDER");
      System.exit(2);
    }
    Path folder = Path.of(args[0]);
    List<String> names;
    try (Stream<Path> files = Files.walk(folder)) {
      names =
          files
              .filter(Files::isRegularFile)
              .map(p -> folder.relativize(p).toString().replace('\\', '/'))
              .filter(n -> n.endsWith(".mustache"))
              .sorted()
              .toList();
    }
    Files.write(folder.resolve("index.txt"), names);
  }
}
