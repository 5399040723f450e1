package dev.dddgen.stack.go;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dddgen.api.Api;
import dev.dddgen.cli.CliRunner;
import dev.dddgen.definition.DefinitionLoader;
import dev.dddgen.model.DomainModel;
import dev.dddgen.render.Artifact;
import dev.dddgen.stack.Stacks;
import dev.dddgen.workspace.ApiContract;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The OpenAPI document of every example definition (api/openapi.yaml of the Go target,
 * src/main/resources/openapi.yaml of the Java target: the same text) is a valid OpenAPI 3.1
 * document under swagger-parser and lists the routes of the HTTP contract. (The generated backend's
 * own openapi_test.go validates it again with kin-openapi and checks every exchange of the handler
 * tests against it.)
 */
class OpenApiSpecTest {

  static Stream<Path> definitions() {
    Path repo = CliRunner.repo();
    return Stream.of(
        repo.resolve("examples/shop/dddgen.yaml"),
        repo.resolve("examples/library/dddgen.yaml"),
        repo.resolve("cli/src/test/resources/go/edge.yaml"),
        repo.resolve("examples/library-java/dddgen.yaml"),
        repo.resolve("cli/src/test/resources/java/edge.yaml"));
  }

  /**
   * The document the definition's own target writes (the Java target into its classpath resources).
   */
  static String spec(Path definition) throws Exception {
    DomainModel model = DefinitionLoader.load(definition, definition.toString());
    return spec(model, model.project().target());
  }

  static String spec(DomainModel model, String target) {
    String path = target.equals("java") ? "src/main/resources/openapi.yaml" : "api/openapi.yaml";
    Artifact artifact =
        Stacks.of(target).artifacts(model).stream()
            .filter(a -> a.path().equals(path))
            .findFirst()
            .orElseThrow();
    // A map in the Go stack's context, a view record in the Java stack's: as a tree, both are maps.
    Object openApi = dev.dddgen.render.ViewTree.of(artifact.context().get("openapi"));
    return (String) ((Map<?, ?>) openApi).get("document");
  }

  static Stream<Path> javaDefinitions() {
    Path repo = CliRunner.repo();
    return Stream.of(
        repo.resolve("examples/library-java/dddgen.yaml"),
        repo.resolve("cli/src/test/resources/java/edge.yaml"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("javaDefinitions")
  void bothTargetsServeTheSameDocument(Path definition) throws Exception {
    DomainModel model = DefinitionLoader.load(definition, definition.toString());
    String java = spec(model, "java");

    assertThat(java).isEqualTo(spec(model, "go"));
    assertThat(java).contains("\n  /openapi.yaml:\n");
  }

  static SwaggerParseResult parse(String yaml) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    return new OpenAPIParser().readContents(yaml, null, options);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("definitions")
  void theSpecIsAValidOpenApi31Document(Path definition) throws Exception {
    String yaml = spec(definition);
    SwaggerParseResult result = parse(yaml);

    assertThat(result.getMessages()).as("swagger-parser messages for %s", definition).isEmpty();
    OpenAPI api = result.getOpenAPI();
    assertThat(api).isNotNull();
    assertThat(api.getOpenapi()).isEqualTo("3.1.0");
    assertThat(spec(definition)).as("deterministic").isEqualTo(yaml);
    // What Redocly's recommended rules require beyond validity: security stated (none) and tags
    // described.
    assertThat(yaml).contains("\nsecurity: []\n");
    assertThat(api.getTags())
        .isNotEmpty()
        .allSatisfy(tag -> assertThat(tag.getDescription()).as(tag.getName()).isNotBlank());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("definitions")
  void theSpecListsEveryRouteOfTheContract(Path definition) throws Exception {
    DomainModel model = DefinitionLoader.load(definition, definition.toString());
    OpenAPI api = parse(spec(definition)).getOpenAPI();
    Set<String> documented = new TreeSet<>();
    api.getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .keySet()
                    .forEach(method -> documented.add("route " + method + " " + path)));
    Set<String> contract = new TreeSet<>();
    for (String line : ApiContract.snapshot(model).split("\n")) {
      if (line.startsWith("route ")) {
        contract.add(line);
      }
    }
    contract.add("route GET /healthz");
    contract.add("route GET /readyz");
    contract.add("route GET /openapi.yaml");
    if (model.publishesEvents()) {
      contract.add("route GET /asyncapi.yaml");
    }

    assertThat(documented).isEqualTo(contract);
  }

  @Test
  void constraintsRequiredFieldsEnumsAndPiiAreThoseTheDomainChecks() throws Exception {
    OpenAPI api = parse(spec(CliRunner.repo().resolve("examples/shop/dddgen.yaml"))).getOpenAPI();
    Map<String, Schema> schemas = api.getComponents().getSchemas();

    Schema<?> create = schemas.get("CreateProductRequest");
    assertThat(create.getRequired())
        .containsExactlyInAnyOrder("sku", "name", "categoryId", "price");
    assertThat(create.getAdditionalProperties()).isEqualTo(false);
    Schema<?> name = (Schema<?>) create.getProperties().get("name");
    assertThat(name.getMinLength()).isEqualTo(1);
    assertThat(name.getMaxLength()).isEqualTo(200);
    Schema<?> sku = (Schema<?>) create.getProperties().get("sku");
    assertThat(sku.getPattern()).isEqualTo("^[A-Z0-9-]{4,20}$");
    Schema<?> stock = (Schema<?>) create.getProperties().get("stock");
    assertThat(stock.getMinimum()).isEqualByComparingTo("0");
    assertThat(stock.getFormat()).isEqualTo("int32");

    Schema<?> review = schemas.get("SubmitReviewRequest");
    Schema<?> rating = (Schema<?>) review.getProperties().get("rating");
    assertThat(rating.getMinimum()).isEqualByComparingTo("1");
    assertThat(rating.getMaximum()).isEqualByComparingTo("5");
    Schema<?> status = (Schema<?>) schemas.get("Review").getProperties().get("status");
    assertThat(List.copyOf(status.getEnum()))
        .map(String::valueOf)
        .containsExactly("DRAFT", "PUBLISHED", "REJECTED");

    assertThat(schemas.get("Email").getExtensions()).containsEntry("x-pii", true);
    assertThat(schemas.get("Email").getPattern()).isEqualTo("^[^@\\s]+@[^@\\s]+$");

    PathItem item = api.getPaths().get("/orders/{id}/cancel");
    assertThat(item.getPost().getResponses())
        .containsKeys("200", "400", "404", "409", "413", "default");
    assertThat(api.getPaths().get("/orders").getGet().getParameters()).hasSize(4);
    assertThat(api.getComponents().getParameters().get("Limit").getSchema().getMaximum())
        .isEqualByComparingTo(String.valueOf(Api.MAX_LIMIT));
  }

  @Test
  void theValidatorRejectsABrokenDocument() throws Exception {
    String yaml = spec(CliRunner.repo().resolve("examples/shop/dddgen.yaml"));
    String broken =
        yaml.replace("$ref: \"#/components/schemas/Money\"", "$ref: \"#/components/schemas/Nope\"")
            .replaceFirst("\n  /customers:\n", "\n  customers:\n");

    assertThat(parse(broken).getMessages()).isNotEmpty();
    assertThat(List.of(yaml)).doesNotContain(broken);
  }
}
