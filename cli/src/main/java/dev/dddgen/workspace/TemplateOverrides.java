package dev.dddgen.workspace;

import dev.dddgen.render.TemplateLookup;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A project's template overrides in {@code .dddgen/templates/}. Ejecting a built-in template copies
 * it there and keeps the copy it came from in {@code .dddgen/ejected/}, so that after a dddgen
 * upgrade {@link #upstreamChanges} can show how the built-in changed since.
 */
public final class TemplateOverrides {
  private final Path templates;
  private final Path ejected;

  public TemplateOverrides(Path definitionDir) {
    Path state = definitionDir.toAbsolutePath().normalize().resolve(StateStore.FOLDER);
    this.templates = state.resolve("templates");
    this.ejected = state.resolve("ejected");
  }

  public Path folder() {
    return templates;
  }

  /** Copies a built-in template for editing; false when an override already exists (it is kept). */
  public boolean eject(String name) throws IOException {
    TemplateLookup.Template builtIn =
        TemplateLookup.builtInOnly()
            .builtIn(name)
            .orElseThrow(() -> new IllegalArgumentException(name));
    OutputFolder overrides = new OutputFolder(templates);
    Path target = overrides.resolve(name + TemplateLookup.EXTENSION);
    if (Files.exists(target)) {
      return false;
    }
    byte[] text = builtIn.text().getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(new OutputFolder(ejected).resolve(name + TemplateLookup.EXTENSION), text);
    AtomicFiles.write(target, text);
    return true;
  }

  /** Logical names of the templates overridden in this project, sorted. */
  public List<String> overridden() throws IOException {
    List<String> names = new ArrayList<>();
    if (!Files.isDirectory(templates)) {
      return names;
    }
    try (Stream<Path> files = Files.walk(templates)) {
      files
          .filter(Files::isRegularFile)
          .map(p -> templates.relativize(p).toString().replace('\\', '/'))
          .filter(n -> n.endsWith(TemplateLookup.EXTENSION))
          .map(n -> n.substring(0, n.length() - TemplateLookup.EXTENSION.length()))
          .sorted()
          .forEach(names::add);
    }
    return names;
  }

  /** The built-in text this project's override was ejected from, if it was ejected. */
  public Optional<String> ejectedFrom(String name) throws IOException {
    Path file = ejected.resolve(name + TemplateLookup.EXTENSION);
    return Files.isRegularFile(file)
        ? Optional.of(Files.readString(file, StandardCharsets.UTF_8))
        : Optional.empty();
  }

  /**
   * How the built-in template changed since it was ejected: a unified diff, empty when it did not.
   */
  public String upstreamChanges(String name) throws IOException {
    Optional<String> then = ejectedFrom(name);
    Optional<TemplateLookup.Template> now = TemplateLookup.builtInOnly().builtIn(name);
    if (then.isEmpty()) {
      return "";
    }
    return TextMerge.unifiedDiff(
        "built-in/" + name + TemplateLookup.EXTENSION,
        then.get(),
        now.map(TemplateLookup.Template::text).orElse(null));
  }
}
