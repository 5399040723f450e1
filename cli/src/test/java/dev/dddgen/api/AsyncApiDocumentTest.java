package dev.dddgen.api;

import static dev.dddgen.testing.NodeScripts.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dddgen.cli.CliRunner;
import dev.dddgen.definition.DefinitionLoader;
import dev.dddgen.model.DomainModel;
import dev.dddgen.stack.OpenApiYaml;
import dev.dddgen.testing.NodeScripts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The AsyncAPI document of every example, for both brokers, is valid under the AsyncAPI parser
 * (@asyncapi/parser, installed with npm into the build folder on first use), without a warning.
 * Without Node and npm the test is skipped with a message, except under CI ({@code CI=true}).
 */
class AsyncApiDocumentTest {
  /**
   * Two aggregates recording events of one name, events without fields, optional and pii fields, a
   * value object in the data, and a project name with a dash.
   */
  private static final String AWKWARD =
      """
      version: 1
      project: { name: my-shop, target: go, module: example.com/my-shop }
      security: { default: public }
      valueObjects:
        Email: { type: string, pattern: "^[^@]+@[^@]+$", pii: true }
      aggregates:
        Customer:
          fields: { email: Email, nickname: { type: string, optional: true } }
          commands:
            Register: { create: true, emits: Created }
            Forget: { delete: true, emits: Removed }
          events:
            Created: { fields: [email, nickname] }
            Removed:
        Invoice:
          fields: { total: decimal, due: date }
          commands:
            Issue: { create: true, emits: Created }
          events:
            Created: { fields: [total, due] }
      """;

  private static DomainModel load(String yaml) throws Exception {
    return DefinitionLoader.load("dddgen.yaml", yaml);
  }

  private static String example(String name) throws Exception {
    return Files.readString(CliRunner.repo().resolve("examples/" + name + "/dddgen.yaml"));
  }

  private static String document(DomainModel model) {
    Api api = Api.of(model);
    return OpenApiYaml.write(AsyncApiDocument.tree(api, Events.of(model)));
  }

  @Test
  @SuppressWarnings("unchecked")
  void aNatsChannelIsTheAggregatesSubjectsAndAKafkaChannelItsTopic() throws Exception {
    DomainModel nats = load(example("shop"));
    Map<String, Object> tree = AsyncApiDocument.tree(Api.of(nats), Events.of(nats));
    Map<String, Object> order =
        (Map<String, Object>) ((Map<String, Object>) tree.get("channels")).get("order");
    assertThat(order.get("address")).isEqualTo("shop.order.{event}");
    assertThat(order.get("parameters").toString()).contains("[order_placed, order_cancelled]");

    DomainModel kafka = load(example("library-java"));
    Map<String, Object> kafkaTree = AsyncApiDocument.tree(Api.of(kafka), Events.of(kafka));
    Map<String, Object> book =
        (Map<String, Object>) ((Map<String, Object>) kafkaTree.get("channels")).get("book");
    assertThat(book.get("address")).isEqualTo("library.book");
    assertThat(book).doesNotContainKey("parameters");
  }

  @Test
  void theAsyncApiParserAcceptsEveryDocumentAndRefusesABrokenOne(@TempDir Path dir)
      throws Exception {
    NodeScripts parser =
        NodeScripts.install(
            "asyncapi", "the AsyncAPI parser cannot check the documents", "@asyncapi/parser@3.6.3");
    List<String> files = new ArrayList<>();
    for (String example : List.of("shop", "library", "library-java")) {
      String yaml = example(example);
      files.add(write(dir, example + ".yaml", document(load(yaml))));
      String other =
          yaml.contains("target: go")
              ? yaml.replaceFirst("target: go, module: [^ ,}]+", "target: java, module: com.acme.x")
              : yaml.replaceFirst(
                  "target: java, module: [^ ,}]+", "target: go, module: example.com/x");
      files.add(write(dir, example + "-other-target.yaml", document(load(other))));
    }
    files.add(write(dir, "awkward.yaml", document(load(AWKWARD))));
    String broken =
        write(
            dir,
            "broken.yaml",
            Files.readString(Path.of(files.get(0))).replace("action: send", "action: shout"));
    Path script = CliRunner.repo().resolve("cli/src/test/resources/asyncapi/validate.mjs");

    NodeScripts.Run all = parser.run(script, files);
    assertThat(all.exit()).as(all.output()).isZero();
    assertThat(all.output().lines().filter(l -> l.startsWith("ok "))).hasSize(files.size());
    NodeScripts.Run bad = parser.run(script, List.of(broken));
    assertThat(bad.exit()).as("a broken document is caught: %s", bad.output()).isEqualTo(1);
    assertThat(bad.output())
        .contains("\"action\" property must be equal to one of the allowed values");
  }
}
