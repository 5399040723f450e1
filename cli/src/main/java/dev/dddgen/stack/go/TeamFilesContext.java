package dev.dddgen.stack.go;

import dev.dddgen.api.OpenApiDocument;
import dev.dddgen.diagram.Mermaid;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.DomainModel;
import dev.dddgen.stack.ProjectFolders;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code team} context key of the files that make the backend ready for a team: README.md,
 * Makefile, .env.example, Dockerfile, .dockerignore, docker-compose.yml and the CI workflow.
 */
final class TeamFilesContext {
  /**
   * The golang-migrate CLI the Makefile runs with {@code go run} (the library's version in go.mod).
   */
  static final String MIGRATE_VERSION = "v4.20.1";

  /** The PostgreSQL image of docker-compose.yml and of the CI service container. */
  static final String POSTGRES_IMAGE = "postgres:17-alpine";

  /** The Go toolchain of the Dockerfile and CI (go.mod says go 1.26.0). */
  static final String GO_VERSION = "1.26";

  private TeamFilesContext() {}

  static Map<String, Object> of(GoProject p) {
    DomainModel model = p.model();
    String slug = ProjectFolders.slug(model.project().name());
    String output = model.project().output();
    Map<String, Object> team =
        Maps.of(
            "slug", slug,
            "database", slug.replace('-', '_'),
            "output", output,
            "definition", ProjectFolders.definitionFromOutput(output),
            "goVersion", GO_VERSION,
            "migrateVersion", MIGRATE_VERSION,
            "postgresImage", POSTGRES_IMAGE);
    List<Map<String, Object>> aggregates = new ArrayList<>();
    for (Aggregate a : model.aggregates()) {
      List<String> fields = new ArrayList<>();
      a.fields().forEach(f -> fields.add(f.name()));
      a.entities().forEach(e -> fields.add(e.name() + "[]"));
      aggregates.add(
          Maps.of(
              "name", a.name(), "path", p.names(a).path(), "fields", String.join(", ", fields)));
    }
    team.put("aggregates", aggregates);
    team.put("routes", OpenApiDocument.routes(p.api()));
    team.put(
        "valueObjects",
        String.join(", ", model.valueObjects().stream().map(v -> v.name()).toList()));
    team.put("hasValueObjects", !model.valueObjects().isEmpty());
    team.put("diagrams", Mermaid.sections(model));
    team.put("eventsPublished", p.events().published());
    return team;
  }
}
