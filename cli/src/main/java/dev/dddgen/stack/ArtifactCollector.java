package dev.dddgen.stack;

import dev.dddgen.render.Artifact;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects a target's artifacts. Every context starts from the project keys ({@code keys}), so a
 * template of any scope sees the same project-wide names.
 */
public record ArtifactCollector(List<Artifact> out, Map<String, Object> keys) {
  /**
   * A fresh context: the project keys, plus {@code aggregate} (a map or a view) when one is given.
   */
  public Map<String, Object> context(Object aggregate) {
    Map<String, Object> context = new LinkedHashMap<>(keys);
    if (aggregate != null) {
      context.put("aggregate", aggregate);
    }
    return context;
  }

  /** A file rendered once per project. */
  public void project(String path, String template) {
    out.add(new Artifact(path, template, context(null), false));
  }

  /** A file rendered once per project, with names of its own beside the project keys. */
  public void project(String path, String template, Map<String, Object> extra) {
    Map<String, Object> context = context(null);
    context.putAll(extra);
    out.add(new Artifact(path, template, context, false));
  }

  /** A file rendered for one item (a value object, an enum...) found under {@code key}. */
  public void scoped(String path, String template, String key, Object value, boolean editable) {
    Map<String, Object> context = context(null);
    context.put(key, value);
    out.add(new Artifact(path, template, context, editable));
  }

  /** A file rendered for one aggregate. */
  public void aggregate(String path, String template, Object aggregate, boolean editable) {
    out.add(new Artifact(path, template, context(aggregate), editable));
  }

  /**
   * A file rendered for one item of an aggregate (a command, a child entity...) found under {@code
   * key}.
   */
  public void aggregate(
      String path, String template, Object aggregate, String key, Object value, boolean editable) {
    Map<String, Object> context = context(aggregate);
    context.put(key, value);
    out.add(new Artifact(path, template, context, editable));
  }

  /**
   * The files around the code a team expects, the same in every stack: README, Makefile,
   * .env.example, .gitignore, the Docker files and the CI workflow, each from {@code
   * <stack>/team/<name>} with {@code team} as its context, and editable.
   */
  public void teamFiles(String stack, Object team) {
    String[][] files = {
      {"README.md", "readme"},
      {"Makefile", "makefile"},
      {".env.example", "env_example"},
      {".gitignore", "gitignore"},
      {"Dockerfile", "dockerfile"},
      {".dockerignore", "dockerignore"},
      {"docker-compose.yml", "docker_compose"},
      {".github/workflows/ci.yml", "ci"}
    };
    for (String[] file : files) {
      scoped(file[0], stack + "/team/" + file[1], "team", team, true);
    }
  }
}
