package dev.dddgen.stack.go;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dddgen.cli.CliRunner;
import dev.dddgen.definition.DefinitionLoader;
import dev.dddgen.model.DomainModel;
import dev.dddgen.render.ViewTree;
import dev.dddgen.stack.Stacks;
import dev.dddgen.stack.ViewsDoc;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * docs/templates.md documents exactly the names of every Go view record, section by section, and
 * {@code templates context} prints the views: docs cannot drift. A family converted to views adds
 * its records' holder class to its section's list.
 */
class GoViewsDocTest {
  @Test
  void domainViewsAreDocumentedNameForName() throws Exception {
    ViewsDoc.assertDocuments("## Views of the Go target", List.of(GoDomainViews.class), List.of());
  }

  @Test
  void applicationAndHttpViewsAreDocumentedNameForName() throws Exception {
    ViewsDoc.assertDocuments(
        "## Views of the Go target: application and HTTP",
        List.of(GoApplicationViews.class, GoHttpViews.class, HttpTestsViews.class),
        List.of());
  }

  @Test
  void domainTestViewsAreDocumentedNameForName() throws Exception {
    ViewsDoc.assertDocuments(
        "## Go views: domain tests", List.of(GoDomainTestViews.class), List.of());
  }

  @Test
  void eventViewsAreDocumentedNameForName() throws Exception {
    ViewsDoc.assertDocuments("## Go views: events", List.of(GoEventViews.class), List.of());
  }

  @Test
  void persistenceViewsAreDocumentedNameForName() throws Exception {
    ViewsDoc.assertDocuments(
        "## Go views: persistence", List.of(GoPersistenceViews.class), List.of());
  }

  @Test
  @SuppressWarnings("unchecked")
  void templatesContextPrintsEachRepositoryTemplatesView() throws Exception {
    Path shop = CliRunner.repo().resolve("examples/shop/dddgen.yaml");
    DomainModel model = DefinitionLoader.load(shop, shop.toString());
    Map<String, Object> context =
        (Map<String, Object>) ViewTree.of(Stacks.of("go").aggregateContext(model, "Order"));
    Map<String, Object> files = (Map<String, Object>) context.get("files");
    Map<String, Object> postgres = aggregateView(files, "order_postgres.go");
    assertThat(postgres).containsEntry("tableName", "orders").containsEntry("rv", "o");
    Map<String, Object> memory = aggregateView(files, "order_memory.go");
    assertThat(memory).containsEntry("notFound", "ErrOrderNotFound");
    Map<String, Object> contract = aggregateView(files, "order_contract_test.go");
    assertThat(contract).containsEntry("paramsFunc", "orderParams");
  }

  /** What a repository file's template sees as {@code aggregate}. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> aggregateView(Map<String, Object> files, String file) {
    Map<String, Object> entry =
        (Map<String, Object>) files.get("internal/infrastructure/persistence/repository/" + file);
    return (Map<String, Object>) ((Map<String, Object>) entry.get("context")).get("aggregate");
  }
}
