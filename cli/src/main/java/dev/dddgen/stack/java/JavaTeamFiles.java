package dev.dddgen.stack.java;

import dev.dddgen.model.Aggregate;
import dev.dddgen.model.DomainModel;
import dev.dddgen.naming.Names;
import dev.dddgen.api.Api;
import dev.dddgen.api.OpenApiDocument;
import dev.dddgen.naming.Routes;
import dev.dddgen.stack.ProjectFolders;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code team} context key of the files that make the Java backend ready for a team, as the Go
 * target's: README.md, Makefile, .env.example, Dockerfile, .dockerignore, docker-compose.yml and
 * the CI workflow.
 */
final class JavaTeamFiles {
  /** The PostgreSQL image of docker-compose.yml and of the CI service container (the Go target's). */
  static final String POSTGRES_IMAGE = "postgres:17-alpine";
  /** The JDK that builds the image and CI, and the JRE that runs it: the pom's java.version. */
  static final String JAVA_VERSION = "17";
  /** Plugins the Makefile runs by coordinates (Spring Boot's parent does not manage them). */
  static final String JACOCO = "0.8.13";
  static final String SPOTLESS = "2.46.1";
  /** The formatter dddgen formats the generated sources with: lint checks the same style. */
  static final String GOOGLE_JAVA_FORMAT = "1.28.0";

  private JavaTeamFiles() {}

  static Map<String, Object> of(JavaProject p) {
    DomainModel model = p.model();
    String slug = ProjectFolders.slug(model.project().name());
    String output = model.project().output();
    Map<String, Object> team = new LinkedHashMap<>();
    team.put("slug", slug);
    team.put("database", slug.replace('-', '_'));
    team.put("output", output);
    team.put("definition", ProjectFolders.definitionFromOutput(output));
    team.put("javaVersion", JAVA_VERSION);
    team.put("jacocoVersion", JACOCO);
    team.put("spotlessVersion", SPOTLESS);
    team.put("googleJavaFormatVersion", GOOGLE_JAVA_FORMAT);
    team.put("postgresImage", POSTGRES_IMAGE);
    team.put("jar", "target/" + p.artifactId() + "-0.1.0-SNAPSHOT.jar");
    team.put("tool", p.pkg("Migrations"));
    List<Map<String, Object>> aggregates = new ArrayList<>();
    for (Aggregate a : model.aggregates()) {
      List<String> fields = new ArrayList<>();
      a.fields().forEach(f -> fields.add(f.name()));
      a.entities().forEach(e -> fields.add(e.name() + "[]"));
      aggregates.add(Map.of("name", a.name(), "path", Routes.collectionPath(a.plural()), "package",
          p.pkg("domain." + Names.flat(a.name())), "fields", String.join(", ", fields)));
    }
    team.put("aggregates", aggregates);
    team.put("routes", OpenApiDocument.routes(Api.of(model)));
    team.put("valueObjects", String.join(", ", model.valueObjects().stream().map(v -> v.name()).toList()));
    team.put("hasValueObjects", !model.valueObjects().isEmpty());
    return team;
  }
}
