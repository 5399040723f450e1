package dev.dddgen.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds a template by its logical name ({@code go/domain/entity}) in the override folders, in
 * order, then among the built-in templates packaged with dddgen. A template is the file {@code
 * <logical name>.mustache}.
 */
public final class TemplateLookup {
  public static final String EXTENSION = ".mustache";
  private static final String BUILT_IN_ROOT = "templates/";

  /** The runnable jar's list of its built-in templates, under {@link #BUILT_IN_ROOT}. */
  private static final String INDEX = "index.txt";

  /** Where templates may come from, most specific first; the built-in pack is always last. */
  public record Source(String label, Path folder) {}

  /** A found template: its text and where it came from. */
  public record Template(String name, Source source, String location, String text) {}

  private final List<Source> overrides;
  private final Map<String, Optional<Template>> cache = new ConcurrentHashMap<>();

  public TemplateLookup(List<Source> overrides) {
    this.overrides = List.copyOf(overrides);
  }

  public static TemplateLookup builtInOnly() {
    return new TemplateLookup(List.of());
  }

  public static final Source BUILT_IN = new Source("built-in", null);

  public List<Source> overrides() {
    return overrides;
  }

  public Optional<Template> find(String name) {
    return cache.computeIfAbsent(name, this::load);
  }

  public Optional<Template> builtIn(String name) {
    return readBuiltIn(name);
  }

  private Optional<Template> load(String name) {
    if (!isSafe(name)) {
      return Optional.empty();
    }
    for (Source source : overrides) {
      Path file = source.folder().resolve(name + EXTENSION);
      if (Files.isRegularFile(file)) {
        try {
          return Optional.of(
              new Template(
                  name, source, file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read template " + file, e);
        }
      }
    }
    return readBuiltIn(name);
  }

  private static Optional<Template> readBuiltIn(String name) {
    if (!isSafe(name)) {
      return Optional.empty();
    }
    String resource = BUILT_IN_ROOT + name + EXTENSION;
    try {
      Optional<byte[]> bytes = BuiltIn.PACK.read(resource).or(() -> onClassPath(resource));
      return bytes.map(
          b ->
              new Template(
                  name, BUILT_IN, "built-in:" + resource, new String(b, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read built-in template " + resource, e);
    }
  }

  /**
   * A template a stack added as a plug-in brings in its own jar (or classes folder), under the same
   * {@code templates/} root as dddgen's: looked up through the class path when dddgen has none.
   */
  private static Optional<byte[]> onClassPath(String resource) {
    try (InputStream in = TemplateLookup.class.getClassLoader().getResourceAsStream(resource)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read template " + resource, e);
    }
  }

  /**
   * Logical names are relative paths of plain segments; nothing may climb out of a template folder.
   */
  static boolean isSafe(String name) {
    if (name.isEmpty() || name.startsWith("/") || name.contains("\\")) {
      return false;
    }
    for (String segment : name.split("/")) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        return false;
      }
    }
    return true;
  }

  /** Each template in an override folder, by logical name, from the folder that wins; sorted. */
  public Map<String, Source> overridden() {
    Map<String, Source> names = new TreeMap<>();
    for (Source source : overrides) {
      if (!Files.isDirectory(source.folder())) {
        continue;
      }
      try (Stream<Path> files = Files.walk(source.folder())) {
        files
            .filter(Files::isRegularFile)
            .map(p -> source.folder().relativize(p).toString().replace('\\', '/'))
            .filter(n -> n.endsWith(EXTENSION))
            .forEach(
                n -> names.putIfAbsent(n.substring(0, n.length() - EXTENSION.length()), source));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list templates in " + source.folder(), e);
      }
    }
    return names;
  }

  private static final Pattern PARTIAL = Pattern.compile("\\{\\{>\\s*([^}\\s]+)\\s*}}");

  /** The partials a template includes directly, as this lookup resolves it. */
  public Set<String> partialsOf(String name) {
    Set<String> partials = new TreeSet<>();
    find(name)
        .ifPresent(
            t -> {
              Matcher m = PARTIAL.matcher(t.text());
              while (m.find()) {
                partials.add(m.group(1));
              }
            });
    return partials;
  }

  /**
   * Override files that nothing uses: their name is no built-in template's, and no template
   * includes them as a partial. Usually a misspelt file name, which would otherwise be ignored
   * without a word.
   */
  public List<String> unusedOverrides() {
    Map<String, Source> overridden = overridden();
    List<String> builtIn = builtInNames();
    if (builtIn.containsAll(overridden.keySet())) {
      return List.of();
    }
    Set<String> used = new TreeSet<>();
    java.util.ArrayDeque<String> pending = new java.util.ArrayDeque<>(builtIn);
    while (!pending.isEmpty()) {
      for (String partial : partialsOf(pending.pop())) {
        if (used.add(partial)) {
          pending.add(partial);
        }
      }
    }
    return overridden.keySet().stream()
        .filter(n -> !builtIn.contains(n) && !used.contains(n))
        .toList();
  }

  /** Every built-in template's logical name, sorted. */
  public static List<String> builtInNames() {
    return BuiltIn.PACK.names;
  }

  /**
   * The built-in templates where dddgen's classes are: entries of its jar, read through one handle
   * opened once (a class-loader lookup per template cost a cold run ~10 ms), or files of its
   * classes folder when it runs from a build.
   */
  private static final class BuiltIn {
    static final BuiltIn PACK = open();

    private final Path folder;
    private final ZipFile jar;
    private final List<String> names;

    private BuiltIn(Path folder, ZipFile jar, List<String> names) {
      this.folder = folder;
      this.jar = jar;
      this.names = List.copyOf(names);
    }

    private static BuiltIn open() {
      TreeSet<String> names = new TreeSet<>();
      try {
        Path location =
            Path.of(
                TemplateLookup.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(location)) {
          Path root = location.resolve(BUILT_IN_ROOT);
          if (Files.isDirectory(root)) {
            try (Stream<Path> files = Files.walk(root)) {
              files
                  .filter(Files::isRegularFile)
                  .map(p -> root.relativize(p).toString().replace('\\', '/'))
                  .filter(n -> n.endsWith(EXTENSION))
                  .forEach(n -> names.add(n.substring(0, n.length() - EXTENSION.length())));
            }
          }
          names.addAll(onOtherClassPathRoots(location));
          return new BuiltIn(location, null, new ArrayList<>(names));
        }
        // Kept open for the life of the process, which reads templates from it until it ends.
        ZipFile jar = new ZipFile(location.toFile());
        ZipEntry index = jar.getEntry(BUILT_IN_ROOT + INDEX);
        if (index != null) {
          // The build's list (cli/src/build/IndexTemplates.java): no walk over every entry.
          try (InputStream in = jar.getInputStream(index)) {
            for (String n : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
              if (n.endsWith(EXTENSION)) {
                names.add(n.substring(0, n.length() - EXTENSION.length()));
              }
            }
          }
        } else {
          names.addAll(inJar(jar));
        }
        names.addAll(onOtherClassPathRoots(location));
        return new BuiltIn(null, jar, new ArrayList<>(names));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }

    /**
     * The templates other class-path roots (a stack added as a plug-in, in its jar or classes
     * folder) hold under {@code templates/}, by logical name; read through {@link
     * TemplateLookup#onClassPath}.
     */
    private static List<String> onOtherClassPathRoots(Path own)
        throws IOException, URISyntaxException {
      List<String> names = new ArrayList<>();
      Enumeration<URL> roots = TemplateLookup.class.getClassLoader().getResources(BUILT_IN_ROOT);
      while (roots.hasMoreElements()) {
        URL root = roots.nextElement();
        if (root.getProtocol().equals("file")) {
          Path folder = Path.of(root.toURI());
          if (!folder.startsWith(own)) {
            try (Stream<Path> files = Files.walk(folder)) {
              files
                  .filter(Files::isRegularFile)
                  .map(p -> folder.relativize(p).toString().replace('\\', '/'))
                  .filter(n -> n.endsWith(EXTENSION))
                  .forEach(n -> names.add(n.substring(0, n.length() - EXTENSION.length())));
            }
          }
        } else if (root.getProtocol().equals("jar")) {
          String file = root.getPath().substring(0, root.getPath().indexOf("!/"));
          Path jarPath = Path.of(new java.net.URI(file));
          if (!jarPath.equals(own)) {
            try (ZipFile jar = new ZipFile(jarPath.toFile())) {
              names.addAll(inJar(jar));
            }
          }
        }
      }
      return names;
    }

    /**
     * The logical names of the templates a jar holds under {@code templates/}: every entry read.
     */
    private static List<String> inJar(ZipFile jar) {
      return jar.stream()
          .map(ZipEntry::getName)
          .filter(n -> n.startsWith(BUILT_IN_ROOT) && n.endsWith(EXTENSION))
          .map(n -> n.substring(BUILT_IN_ROOT.length(), n.length() - EXTENSION.length()))
          .toList();
    }

    Optional<byte[]> read(String resource) throws IOException {
      if (jar == null) {
        Path file = folder.resolve(resource);
        return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
      }
      ZipEntry entry = jar.getEntry(resource);
      if (entry == null || entry.isDirectory()) {
        return Optional.empty();
      }
      try (InputStream in = jar.getInputStream(entry)) {
        return Optional.of(in.readAllBytes());
      }
    }
  }
}
