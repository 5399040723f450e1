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
