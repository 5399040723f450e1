package dev.dddgen.stack.java;

import dev.dddgen.render.GeneratedFile;
import dev.dddgen.render.NameClashException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses a run whose Java would name two types alike in one file: a query {@code Map} imported
 * beside {@code java.util.Map}, or a query {@code List} in the package of a handler that imports
 * {@code java.util.List} (the import wins, and the handler no longer sees its query). javac would
 * refuse the project later, far from the definition's name that caused it.
 */
final class JavaNameClashes {
  private static final Pattern SOURCE =
      Pattern.compile("src/(?:main|test)/java/(.+)/([^/]+)\\.java");
  private static final Pattern IMPORT =
      Pattern.compile("^import ((?:[\\w$]+\\.)+([\\w$]+));$", Pattern.MULTILINE);

  private JavaNameClashes() {}

  /** The files unchanged; a {@link NameClashException} for the first file with a clash. */
  static List<GeneratedFile> refuse(List<GeneratedFile> files) {
    for (GeneratedFile file : files) {
      Matcher source = SOURCE.matcher(file.path());
      if (source.matches()) {
        refuse(file, source.group(1).replace('/', '.'), source.group(2));
      }
    }
    return files;
  }

  private static void refuse(GeneratedFile file, String packageName, String type) {
    // An import shadows a type of the file's own package. Only a use case's handler is known to
    // need the one of its package: the use case it handles.
    String handles = type.endsWith("Handler") ? type.substring(0, type.length() - 7) : "";
    Map<String, String> imported = new HashMap<>();
    Matcher line = IMPORT.matcher(file.content());
    while (line.find()) {
      String imports = line.group(1);
      String name = line.group(2);
      String other = imported.putIfAbsent(name, imports);
      if (other != null && !other.equals(imports)) {
        throw new NameClashException(file.path(), name, List.of(other, imports));
      }
      if (handles.equals(name) && !imports.equals(packageName + "." + name)) {
        throw new NameClashException(file.path(), name, List.of(imports, packageName + "." + name));
      }
    }
  }
}
