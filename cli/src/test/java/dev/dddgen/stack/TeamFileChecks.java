package dev.dddgen.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Checks both targets' team files share: YAML that loads, and the same compose layout. */
public final class TeamFileChecks {
  private TeamFileChecks() {}

  @SuppressWarnings("unchecked")
  public static Map<String, Object> yaml(Path file) throws Exception {
    return (Map<String, Object>)
        new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file));
  }

  /**
   * docker-compose.yml runs PostgreSQL 16+ with a healthcheck and a named volume, and the service
   * after it is healthy, pointed at {@code database}. Returns the service's entry.
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> composeRunsPostgresAndTheService(
      Map<String, Object> compose, String database) {
    Map<String, Object> services = (Map<String, Object>) compose.get("services");
    assertThat(services).containsOnlyKeys("db", "api");
    Map<String, Object> db = (Map<String, Object>) services.get("db");
    String image = (String) db.get("image");
    assertThat(image).startsWith("postgres:");
    assertThat(Integer.parseInt(image.replaceAll("^postgres:(\\d+).*", "$1")))
        .as("PostgreSQL 16+")
        .isGreaterThanOrEqualTo(16);
    assertThat(db).containsKeys("healthcheck", "volumes");
    assertThat((Map<String, Object>) compose.get("volumes")).containsKey("db-data");
    Map<String, Object> api = (Map<String, Object>) services.get("api");
    assertThat(api).containsKey("healthcheck");
    assertThat((Map<String, Object>) api.get("depends_on"))
        .containsEntry("db", Map.of("condition", "service_healthy"));
    assertThat(((Map<String, Object>) api.get("environment")).get("DATABASE_URL").toString())
        .contains("@db:5432/" + database);
    return api;
  }
}
