package dev.dddgen.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dddgen.cli.CliRunner;
import dev.dddgen.definition.DefinitionLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The security the OpenAPI document states: the bearer scheme, requirements, 401 and 403. */
class OpenApiSecurityTest {
  private static Map<String, Object> shop() throws Exception {
    Path file = CliRunner.repo().resolve("examples/shop/dddgen.yaml");
    return OpenApiDocument.tree(Api.of(DefinitionLoader.load(file, file.toString())));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> at(Map<String, Object> tree, String... path) {
    Map<String, Object> node = tree;
    for (String key : path) {
      node = (Map<String, Object>) node.get(key);
    }
    return node;
  }

  @Test
  void aRoleListIsOneRequirementPerRoleAndAPublicOperationHasNone() throws Exception {
    Map<String, Object> doc = shop();

    assertThat(at(doc, "paths", "/orders", "post").get("security"))
        .isEqualTo(
            List.of(
                Map.of("bearerAuth", List.of("customer")), Map.of("bearerAuth", List.of("admin"))));
    assertThat(at(doc, "paths", "/orders", "get").get("security"))
        .isEqualTo(List.of(Map.of("bearerAuth", List.of())));
    assertThat(at(doc, "paths", "/products/{id}", "get")).doesNotContainKey("security");
    assertThat(doc.get("security")).isEqualTo(List.of());
  }

  @Test
  void protectedOperationsDocument401And403AndTheSchemeIsABearerJwt() throws Exception {
    Map<String, Object> doc = shop();

    assertThat(at(doc, "paths", "/orders/{id}/pay", "post", "responses"))
        .containsKeys("401", "403");
    assertThat(at(doc, "paths", "/orders", "get", "responses"))
        .containsKey("401")
        .doesNotContainKey("403");
    assertThat(at(doc, "paths", "/products", "get", "responses")).doesNotContainKeys("401", "403");
    assertThat(at(doc, "components", "securitySchemes", "bearerAuth"))
        .containsEntry("type", "http")
        .containsEntry("scheme", "bearer")
        .containsEntry("bearerFormat", "JWT");
    assertThat(at(doc, "components", "responses", "Unauthorized", "headers"))
        .containsKey("WWW-Authenticate");
  }

  @Test
  void anOpenServiceHasNoSchemeAndNo401() throws Exception {
    Map<String, Object> doc =
        OpenApiDocument.tree(
            Api.of(
                DefinitionLoader.load(
                    "dddgen.yaml",
                    "version: 1\n"
                        + "project: { name: demo, target: go, module: example.com/demo }\n"
                        + "security: { default: public }\n"
                        + "aggregates: { Note: { fields: { text: string } } }\n")));

    assertThat(at(doc, "components")).doesNotContainKey("securitySchemes");
    assertThat(at(doc, "components", "responses")).doesNotContainKeys("Unauthorized", "Forbidden");
    assertThat(at(doc, "paths", "/notes", "post", "responses")).doesNotContainKey("401");
  }
}
