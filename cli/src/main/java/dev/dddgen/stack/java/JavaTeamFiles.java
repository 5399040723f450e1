package dev.dddgen.stack.java;

import dev.dddgen.api.Api;
import dev.dddgen.api.OpenApiDocument;
import dev.dddgen.diagram.Mermaid;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.DomainModel;
import dev.dddgen.naming.Names;
import dev.dddgen.naming.Routes;
import dev.dddgen.stack.ProjectFolders;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code team} context key of the files that make the Java backend ready for a team, as the Go
 * target's: README.md, Makefile, .env.example, Dockerfile, .dockerignore, docker-compose.yml and
 * the CI workflow.
 */
final class JavaTeamFiles {
  /**
   * The PostgreSQL image of docker-compose.yml and of the CI service container (the Go target's).
   */
  static final String POSTGRES_IMAGE = "postgres:17-alpine";

  /** The JDK that builds the image and CI, and the JRE that runs it: the pom's java.version. */
  static final String JAVA_VERSION = "17";

  /** Plugins the Makefile runs by coordinates (Spring Boot's parent does not manage them). */
  static final String JACOCO = "0.8.13";

  static final String SPOTLESS = "2.46.1";

  /** The formatter dddgen formats the generated sources with: lint checks the same style. */
  static final String GOOGLE_JAVA_FORMAT = "1.28.0";

  private JavaTeamFiles() {}

  /** Under {@code team}: the project's names, tool versions and what was generated. */
  record Team(
      String slug,
      String database,
      String output,
      String definition,
      String javaVersion,
      String jacocoVersion,
      String spotlessVersion,
      String googleJavaFormatVersion,
      String postgresImage,
      String jar,
      String tool,
      List<TeamAggregate> aggregates,
      List<Map<String, Object>> routes,
      String valueObjects,
      boolean hasValueObjects,
      List<Mermaid.Section> diagrams) {}

  /** An aggregate in the README's table; {@code fields} its field names, comma-separated. */
  record TeamAggregate(String name, String path, String packageName, String fields) {}

  static Team of(JavaProject p) {
    DomainModel model = p.model();
    String slug = ProjectFolders.slug(model.project().name());
    String output = model.project().output();
    List<TeamAggregate> aggregates = new ArrayList<>();
    for (Aggregate a : model.aggregates()) {
      List<String> fields = new ArrayList<>();
      a.fields().forEach(f -> fields.add(f.name()));
      a.entities().forEach(e -> fields.add(e.name() + "[]"));
      aggregates.add(
          new TeamAggregate(
              a.name(),
              Routes.collectionPath(a.plural()),
              p.pkg("domain." + Names.flat(a.name())),
              String.join(", ", fields)));
    }
    return new Team(
        slug,
        slug.replace('-', '_'),
        output,
        ProjectFolders.definitionFromOutput(output),
        JAVA_VERSION,
        JACOCO,
        SPOTLESS,
        GOOGLE_JAVA_FORMAT,
        POSTGRES_IMAGE,
        "target/" + p.artifactId() + "-0.1.0-SNAPSHOT.jar",
        p.pkg("Migrations"),
        List.copyOf(aggregates),
        OpenApiDocument.routes(Api.of(model)),
        String.join(", ", model.valueObjects().stream().map(v -> v.name()).toList()),
        !model.valueObjects().isEmpty(),
        Mermaid.sections(model));
  }
}
