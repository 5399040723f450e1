package dev.dddgen.stack;

import java.util.Locale;

/**
 * Names both targets' team files (README, Makefile, docker-compose.yml, CI) derive from the
 * project: the slug docker compose and PostgreSQL accept, and where the definition lies as seen
 * from the output folder.
 */
public final class ProjectFolders {
  private ProjectFolders() {}

  /** A name docker compose and PostgreSQL accept: lower case letters, digits, '-' and '_'. */
  public static String slug(String name) {
    String s =
        name.toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9_-]+", "-")
            .replaceAll("^[-_]+|[-_]+$", "");
    return s.isEmpty() || !Character.isLetter(s.charAt(0))
        ? "app" + (s.isEmpty() ? "" : "-" + s)
        : s;
  }

  /** The definition seen from the output folder ({@code backend} → {@code ../dddgen.yaml}). */
  public static String definitionFromOutput(String output) {
    String normalized = output.replace('\\', '/').replaceAll("/+$", "");
    if (normalized.isEmpty()
        || normalized.equals(".")
        || normalized.startsWith("/")
        || normalized.contains(":")
        || normalized.contains("..")) {
      return "dddgen.yaml";
    }
    StringBuilder up = new StringBuilder();
    for (String segment : normalized.split("/")) {
      if (!segment.isEmpty() && !segment.equals(".")) {
        up.append("../");
      }
    }
    return up + "dddgen.yaml";
  }
}
