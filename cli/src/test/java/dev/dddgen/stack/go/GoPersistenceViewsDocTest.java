package dev.dddgen.stack.go;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dddgen.cli.CliRunner;
import dev.dddgen.definition.DefinitionLoader;
import dev.dddgen.model.DomainModel;
import dev.dddgen.render.ViewTree;
import dev.dddgen.stack.Stacks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/templates.md documents exactly the names of every Go persistence view record, and {@code
 * templates context} prints those views: docs cannot drift.
 */
class GoPersistenceViewsDocTest {
  private static final String SECTION = "## Go views: persistence";
  private static final Pattern HEADING = Pattern.compile("^#### `(\\w+)`");
  private static final Pattern NAME = Pattern.compile("`(\\w+)`");

  /** Record simple name to the names listed under its heading, in order. */
  private static Map<String, List<String>> documented() throws Exception {
    String docs = Files.readString(CliRunner.repo().resolve("docs/templates.md"));
    String section = docs.substring(docs.indexOf(SECTION) + SECTION.length());
    int next = section.indexOf("\n## ");
    section = next < 0 ? section : section.substring(0, next);
    Map<String, List<String>> out = new LinkedHashMap<>();
    List<String> current = null;
    for (String line : section.split("\n")) {
      Matcher heading = HEADING.matcher(line);
      if (heading.find()) {
        current = new ArrayList<>();
        assertThat(out.put(heading.group(1), current)).as("documented twice: " + line).isNull();
      } else if (line.startsWith("- ") && current != null) {
        // The names are the backticked words before the dash that starts the description.
        int dash = line.indexOf(" — ");
        Matcher name = NAME.matcher(dash < 0 ? line : line.substring(0, dash));
        while (name.find()) {
          current.add(name.group(1));
        }
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, List<String>> records() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    Stream.of(GoPersistenceViews.class.getDeclaredClasses())
        .filter(Class::isRecord)
        .forEach(
            type -> out.put(type.getSimpleName(), ViewTree.names((Class<? extends Record>) type)));
    return out;
  }

  @Test
  void everyViewRecordIsDocumentedNameForName() throws Exception {
    Map<String, List<String>> documented = documented();
    Map<String, List<String>> records = records();
    assertThat(documented.keySet()).containsExactlyInAnyOrderElementsOf(records.keySet());
    records.forEach(
        (record, names) ->
            assertThat(documented.get(record))
                .as("names of %s in docs/templates.md", record)
                .containsExactlyInAnyOrderElementsOf(names));
  }

  @Test
  @SuppressWarnings("unchecked")
  void templatesContextPrintsEachRepositoryTemplatesView() throws Exception {
    Path shop = CliRunner.repo().resolve("examples/shop/dddgen.yaml");
    DomainModel model = DefinitionLoader.load(shop, shop.toString());
    Map<String, Object> context =
        (Map<String, Object>) ViewTree.of(Stacks.of("go").aggregateContext(model, "Order"));
    Map<String, Object> views = (Map<String, Object>) context.get("views");
    Map<String, Object> postgres =
        (Map<String, Object>) views.get("go/infrastructure/repository/aggregate_postgres");
    assertThat(postgres).containsEntry("tableName", "orders").containsEntry("rv", "o");
    Map<String, Object> memory =
        (Map<String, Object>) views.get("go/infrastructure/repository/aggregate_memory");
    assertThat(memory).containsEntry("notFound", "ErrOrderNotFound");
    Map<String, Object> contract =
        (Map<String, Object>) views.get("go/infrastructure/repository/aggregate_contract_test");
    assertThat(contract).containsEntry("paramsFunc", "orderParams");
  }
}
