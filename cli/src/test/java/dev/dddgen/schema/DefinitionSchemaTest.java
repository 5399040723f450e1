package dev.dddgen.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.dddgen.cli.CliRunner;
import dev.dddgen.cli.ExitCodes;
import dev.dddgen.definition.DefinitionException;
import dev.dddgen.definition.DefinitionLoader;
import dev.dddgen.definition.DefinitionParser;
import dev.dddgen.definition.DefinitionValidator;
import dev.dddgen.stack.Stack;
import dev.dddgen.stack.Stacks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.BooleanNode;

/**
 * {@code schema/dddgen.schema.json}: valid draft 2020-12, accepts every example, matches the
 * parser's keys (so the two cannot drift apart), documents every property, and is what {@code
 * dddgen schema} prints.
 */
class DefinitionSchemaTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Path FILE = CliRunner.repo().resolve("schema/dddgen.schema.json");

  private static String text;
  private static JsonNode root;
  private static Schema schema;

  @BeforeAll
  static void load() throws IOException {
    text = Files.readString(FILE, StandardCharsets.UTF_8);
    root = JSON.readTree(text);
    schema = REGISTRY.getSchema(text, InputFormat.JSON);
  }

  /**
   * A YAML file as JSON, read with snakeyaml-engine's defaults like the loader (YAML 1.2 types).
   */
  static JsonNode yamlToJson(String yaml) {
    Object document = new Load(LoadSettings.builder().build()).loadFromString(yaml);
    return JSON.valueToTree(document);
  }

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> files = Files.walk(CliRunner.repo().resolve("examples"))) {
      return files
          .filter(f -> f.getFileName().toString().equals("dddgen.yaml"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @Test
  void isAValidDraft202012Schema() {
    Schema meta =
        REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

    List<Error> errors = meta.validate(root);

    assertThat(errors).as("the schema against the draft 2020-12 meta-schema").isEmpty();
    assertThat(meta.validate(JSON.readTree("{\"type\": 5}")))
        .as("the meta-schema really checks")
        .isNotEmpty();
    assertThat(root.path("$schema").asString())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(root.path("$id").asString()).startsWith("https://");
    assertThat(root.path("title").asString()).isNotBlank();
  }

  @Test
  void thereAreExamples() throws IOException {
    assertThat(examples()).isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyExampleIsValid(Path example) throws IOException {
    JsonNode document = yamlToJson(Files.readString(example, StandardCharsets.UTF_8));

    assertThat(schema.validate(document)).as("%s against the schema", example).isEmpty();
  }

  @Test
  void theStarterOfInitIsValid(@TempDir Path dir) throws IOException {
    assertThat(CliRunner.run("init", dir.toString()).exitCode()).isEqualTo(ExitCodes.OK);

    JsonNode document =
        yamlToJson(Files.readString(dir.resolve("dddgen.yaml"), StandardCharsets.UTF_8));

    assertThat(schema.validate(document)).isEmpty();
  }

  @Test
  void theShorthandsAreValid() {
    JsonNode document =
        yamlToJson(
            """
        version: 1
        project: { name: shop, target: java, module: com.acme.shop }
        valueObjects:
          Status: { type: enum, values: [ON, OFF] }
        aggregates:
          Thing:
            fields:
              name: string
              status: Status
              active: { type: bool, default: true }
            entities:
              Part: { fields: { label: text }, plural: Parts, table: thing_parts }
            commands:
              Archive:
              Toggle: { when: { active: true }, set: { active: false }, emits: Toggled }
              Rename: { params: { name: string }, when: { active: [true] } }
            queries:
              ListThings: { filter: [active] }
            events:
              Toggled:
              Renamed: { fields: { name: string } }
        security: { default: public }
        """);

    assertThat(schema.validate(document)).isEmpty();
  }

  /**
   * Corpus cases whose mistake is one of shape, which the schema (and so an editor) can see too.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "unknown-key-in-field",
        "unknown-key-top-level",
        "unknown-key-in-command",
        "unknown-key-in-query",
        "unknown-type",
        "unknown-type-shorthand",
        "enum-without-values",
        "negative-length",
        "optional-not-a-boolean",
        "min-not-a-number",
        "unsupported-version",
        "missing-version",
        "unknown-target",
        "output-escapes-folder",
        "output-absolute",
        "maven-coordinates-on-go-target",
        "artifact-not-a-maven-coordinate",
        "unknown-key-in-project",
        "name-not-an-identifier",
        "name-with-path-characters",
        "field-name-not-an-identifier",
        "reserved-field-id",
        "reserved-field-version",
        "field-without-type",
        "simple-value-object-without-type",
        "project-null",
        "not-a-mapping",
      })
  void rejectsTheCorpusCasesOfShape(String name) throws Exception {
    Path file =
        Path.of(DefinitionSchemaTest.class.getResource("/invalid/" + name + ".yaml").toURI());

    JsonNode document = yamlToJson(Files.readString(file, StandardCharsets.UTF_8));

    assertThat(schema.validate(document)).as("errors for %s", name).isNotEmpty();
  }

  /** Where the schema checks a value with a pattern, it must agree with dddgen itself. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "output: backend",
        "output: backend/",
        "output: gen/go-backend",
        "output: .generated",
        "output: ../outside",
        "output: a/../b",
        "output: ./backend",
        "output: '.'",
        "output: '..'",
        "output: /tmp/backend",
        "output: 'a b'",
        "output: a//b",
        "name: my-shop",
        "name: Shop",
        "name: 1shop",
        "name: my_shop",
        "module: example.com/a/B-c",
        "module: GitHub.com/acme/shop",
        "module: github.com/acme/shop/",
        "target: java, module: com.acme.shop",
        "target: java, module: com.Acme.shop",
        "target: java, module: com..shop",
        "target: java, module: com.acme.shop, group: com.acme, artifact: shop-service",
        "target: java, module: com.acme.shop, group: Com.Acme_2, artifact: shop.api",
        "target: java, module: com.acme.shop, group: com..acme",
        "target: java, module: com.acme.shop, artifact: 'shop service'",
        "target: java, module: com.acme.shop, artifact: shop.",
        "group: com.acme",
        "artifact: shop",
      })
  void patternsAgreeWithTheValidator(String project) {
    Map<String, String> fields =
        new LinkedHashMap<>(
            Map.of("name", "shop", "target", "go", "module", "github.com/acme/shop"));
    for (String assignment : project.split(", ")) {
      String[] keyValue = assignment.split(": ", 2);
      fields.put(keyValue[0], keyValue[1]);
    }
    StringBuilder yaml = new StringBuilder("version: 1\nproject:\n");
    fields.forEach(
        (key, value) -> yaml.append("  ").append(key).append(": ").append(value).append("\n"));
    yaml.append("security: { default: public }\n");
    yaml.append("aggregates:\n  Customer:\n    fields: { name: string }\n");
    boolean validForDddgen;
    try {
      DefinitionLoader.load("dddgen.yaml", yaml.toString());
      validForDddgen = true;
    } catch (DefinitionException e) {
      validForDddgen = false;
    }

    List<Error> errors = schema.validate(yamlToJson(yaml.toString()));

    assertThat(errors.isEmpty())
        .as(
            "schema verdict on %s (dddgen says %s): %s",
            yaml, validForDddgen ? "valid" : "invalid", errors)
        .isEqualTo(validForDddgen);
  }

  @Test
  void dddgenSchemaPrintsTheFile() {
    CliRunner.Result result = CliRunner.run("schema");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.stdout()).isEqualTo(text);
    assertThat(result.stderr()).isEmpty();
  }

  @Test
  void propertiesMatchTheParsersKeys() {
    JsonNode defs = root.path("$defs");
    assertThat(names(root.path("properties"))).containsExactlyElementsOf(DefinitionParser.TOP_KEYS);
    assertThat(names(root.at("/properties/project/properties")))
        .containsExactlyElementsOf(DefinitionParser.PROJECT_KEYS);
    assertThat(names(defs.at("/field/oneOf/1/properties")))
        .containsExactlyElementsOf(DefinitionParser.FIELD_KEYS);
    assertThat(names(defs.at("/valueObject/oneOf/0/properties")))
        .containsExactlyElementsOf(DefinitionParser.VALUE_OBJECT_KEYS);
    assertThat(names(defs.at("/valueObject/oneOf/1/properties")))
        .isSubsetOf(DefinitionParser.FIELD_KEYS)
        .contains("type");
    assertThat(names(defs.at("/aggregate/properties")))
        .containsExactlyElementsOf(DefinitionParser.AGGREGATE_KEYS);
    assertThat(names(defs.at("/entity/properties")))
        .containsExactlyElementsOf(DefinitionParser.ENTITY_KEYS);
    assertThat(names(defs.at("/command/properties")))
        .containsExactlyElementsOf(DefinitionParser.COMMAND_KEYS);
    assertThat(names(defs.at("/query/properties")))
        .containsExactlyElementsOf(DefinitionParser.QUERY_KEYS);
    assertThat(names(defs.at("/event/properties")))
        .containsExactlyElementsOf(DefinitionParser.EVENT_KEYS);
  }

  @Test
  void typesAndTargetsMatchTheValidator() throws Exception {
    List<String> builtins = new ArrayList<>();
    root.at("/$defs/typeName/anyOf/0/enum").forEach(n -> builtins.add(n.asString()));
    assertThat(builtins).containsExactlyElementsOf(DefinitionValidator.BUILTIN_TYPES);

    List<String> targets = new ArrayList<>();
    root.at("/properties/project/properties/target/enum").forEach(n -> targets.add(n.asString()));
    assertThat(targets).containsExactlyInAnyOrderElementsOf(builtInStackIds());
  }

  /**
   * The ids of the stacks dddgen's own jar registers (not those the test class path adds): the
   * schema is a committed file, so it lists the built-in stacks (see DefinitionSchema).
   */
  private static List<String> builtInStackIds() throws Exception {
    Path services =
        CliRunner.repo()
            .resolve("cli/src/main/resources/META-INF/services/" + Stack.class.getName());
    List<String> ids = new ArrayList<>();
    for (String line : Files.readAllLines(services, StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        ids.add(((Stack) Class.forName(line.strip()).getConstructor().newInstance()).id());
      }
    }
    assertThat(ids).isNotEmpty().isSubsetOf(Stacks.ids());
    return ids;
  }

  /**
   * The parser rejects unknown keys everywhere, so must the schema; and editors show each
   * description.
   */
  @Test
  void everyObjectIsClosedAndEveryPropertyDocumented() {
    List<String> open = new ArrayList<>();
    List<String> undocumented = new ArrayList<>();
    walk(root, "", open, undocumented);
    root.path("$defs")
        .properties()
        .forEach(
            e -> {
              if (!e.getValue().has("description")) {
                undocumented.add("/$defs/" + e.getKey());
              }
            });
    assertThat(open)
        .as("objects with 'properties' but without 'additionalProperties: false'")
        .isEmpty();
    assertThat(undocumented).as("properties without a description").isEmpty();
  }

  private static void walk(
      JsonNode node, String path, List<String> open, List<String> undocumented) {
    if (node.isObject()) {
      // Conditions (if/then) only restate properties declared, documented and closed elsewhere.
      boolean condition = path.endsWith("/if") || path.endsWith("/then");
      if (node.has("properties")
          && !condition
          && !node.path("additionalProperties").equals(BooleanNode.FALSE)) {
        open.add(path);
      }
      for (Map.Entry<String, JsonNode> entry : node.properties()) {
        String child = path + "/" + entry.getKey();
        if (entry.getKey().equals("properties") && !condition) {
          entry
              .getValue()
              .properties()
              .forEach(
                  p -> {
                    if (!p.getValue().has("description")) {
                      undocumented.add(child + "/" + p.getKey());
                    }
                  });
        }
        walk(entry.getValue(), child, open, undocumented);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), path + "/" + i, open, undocumented);
      }
    }
  }

  private static List<String> names(JsonNode properties) {
    assertThat(properties.isObject()).as("a 'properties' object").isTrue();
    return new ArrayList<>(properties.propertyNames());
  }
}
