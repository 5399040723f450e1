package dev.dddgen.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dddgen.api.Api;
import dev.dddgen.api.OpenApiDocument;
import dev.dddgen.diagram.Mermaid;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.DomainModel;
import dev.dddgen.model.Entity;
import dev.dddgen.schema.SchemaBuilder;
import dev.dddgen.schema.Table;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An entity is local to its aggregate: two aggregates may each declare one of the same name; the
 * one declared first keeps it, a later one is generated under its aggregate's name (README
 * "Entities of the same name").
 */
class SameEntityNameTest {
  private static final String TWO_LINES =
      """
      version: 1
      project: { name: same, target: %s, module: %s }
      security: { default: public }
      aggregates:
        Order:
          fields: { title: string }
          entities:
            Line: { fields: { sku: { type: string, unique: true }, qty: int } }
        Invoice:
          fields: { number: string }
          entities:
            Line: { %s fields: { sku: { type: string, unique: true }, amount: int } }
      """;

  private static DomainModel load(String target, String module, String extra)
      throws DefinitionException {
    return DefinitionLoader.load("dddgen.yaml", TWO_LINES.formatted(target, module, extra));
  }

  private static Entity line(DomainModel model, String aggregate) {
    return model.aggregates().stream()
        .filter(a -> a.name().equals(aggregate))
        .map(Aggregate::entities)
        .findFirst()
        .orElseThrow()
        .get(0);
  }

  @Test
  void theFirstAggregateKeepsTheNameAndALaterOneIsQualifiedByItsAggregate() throws Exception {
    for (String[] target :
        new String[][] {{"go", "example.com/same"}, {"java", "com.example.same"}}) {
      DomainModel model = load(target[0], target[1], "");
      assertThat(line(model, "Order"))
          .extracting(Entity::name, Entity::plural, Entity::table)
          .containsExactly("Line", "Lines", "lines");
      assertThat(line(model, "Invoice"))
          .extracting(Entity::name, Entity::plural, Entity::table)
          .containsExactly("InvoiceLine", "InvoiceLines", "invoice_lines");
    }
  }

  @Test
  void aGivenPluralIsQualifiedAndAGivenTableKeptAsWritten() throws Exception {
    DomainModel model = load("go", "example.com/same", "plural: Rows, table: invoice_rows,");
    assertThat(line(model, "Invoice"))
        .extracting(Entity::name, Entity::plural, Entity::table)
        .containsExactly("InvoiceLine", "InvoiceRows", "invoice_rows");
  }

  @Test
  void tablesConstraintsSchemasAndDiagramsNameEachOnce() throws Exception {
    DomainModel model = load("go", "example.com/same", "");
    assertThat(SchemaBuilder.build(model).tables())
        .extracting(Table::name)
        .containsExactly("orders", "lines", "invoices", "invoice_lines");
    assertThat(SchemaBuilder.build(model).table("invoice_lines").orElseThrow().constraints())
        .extracting(Table.Constraint::name)
        .contains("invoice_lines_sku_key")
        .doesNotContain("lines_sku_key");
    Api api = Api.of(model);
    @SuppressWarnings("unchecked")
    Map<String, Object> schemas =
        (Map<String, Object>)
            ((Map<String, Object>) OpenApiDocument.tree(api).get("components")).get("schemas");
    assertThat(schemas).containsKeys("Line", "InvoiceLine", "LineInput", "InvoiceLineInput");
    assertThat(Mermaid.model(model))
        .contains("class Line {", "class InvoiceLine {", "Invoice *-- \"*\" InvoiceLine");
  }

  @Test
  void twoEntitiesOfOneAggregateMayNotDifferOnlyInCase() {
    String text =
        """
        version: 1
        project: { name: same, target: go, module: example.com/same }
        security: { default: public }
        aggregates:
          Order:
            fields: { title: string }
            entities:
              Line: { fields: { qty: int } }
              LINE: { fields: { qty: int } }
        """;
    assertThatThrownBy(() -> DefinitionLoader.load("dddgen.yaml", text))
        .isInstanceOf(DefinitionException.class)
        .satisfies(
            e ->
                assertThat(((DefinitionException) e).problems())
                    .extracting(Problem::message)
                    .containsExactly(
                        "'LINE' is already defined at line 8 as 'Line' (names may not differ only"
                            + " in case)"));
  }

  @Test
  void anEntityMayNotBeNamedLikeAValueObjectOfTheDefinition() {
    String text =
        """
        version: 1
        project: { name: same, target: go, module: example.com/same }
        security: { default: public }
        valueObjects:
          Line: { type: string }
        aggregates:
          Order:
            fields: { title: string }
            entities:
              Line: { fields: { qty: int } }
        """;
    assertThatThrownBy(() -> DefinitionLoader.load("dddgen.yaml", text))
        .isInstanceOf(DefinitionException.class)
        .satisfies(
            e ->
                assertThat(((DefinitionException) e).problems())
                    .extracting(Problem::message)
                    .containsExactly("'Line' is already defined at line 5"));
  }
}
