package dev.dddgen.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Views are records: names resolve to components or derived methods, strictly, as in maps. */
class RecordViewTest {
  @TempDir Path templates;

  record Column(String name, boolean key) {}

  record Table(String name, List<Column> columns, Optional<String> comment) {
    public boolean hasKey() {
      return columns.stream().anyMatch(Column::key);
    }
  }

  private String render(String template, Map<String, ?> context) throws Exception {
    Files.writeString(templates.resolve("t.mustache"), template);
    return new Renderer(new TemplateLookup(List.of(new TemplateLookup.Source("test", templates))))
        .render("t", context);
  }

  private static Table orders(Optional<String> comment) {
    return new Table(
        "orders", List.of(new Column("id", true), new Column("total", false)), comment);
  }

  @Test
  void componentsListsBooleansAndDerivedValuesRender() throws Exception {
    String out =
        render(
            "{{table.name}}:{{#table}}{{#columns}} {{name}}{{#key}}*{{/key}}{{/columns}}{{/table}}"
                + "{{#table.hasKey}} keyed{{/table.hasKey}}\n",
            Map.of("table", orders(Optional.empty())));
    assertThat(out).isEqualTo("orders: id* total keyed\n");
  }

  @Test
  void optionalIsASection() throws Exception {
    String template =
        "{{#table.comment}}-- {{.}}{{/table.comment}}{{^table.comment}}none{{/table.comment}}\n";
    assertThat(render(template, Map.of("table", orders(Optional.of("all orders")))))
        .isEqualTo("-- all orders\n");
    assertThat(render(template, Map.of("table", orders(Optional.empty())))).isEqualTo("none\n");
  }

  @Test
  void outerScopesAreSeenFromInsideARecord() throws Exception {
    String out =
        render(
            "{{#table.columns}}{{schema}}.{{name}} {{/table.columns}}\n",
            Map.of("schema", "public", "table", orders(Optional.empty())));
    assertThat(out).isEqualTo("public.id public.total \n");
  }

  @Test
  void aNameTheRecordLacksFailsWithTemplateAndLine() {
    assertThatThrownBy(
            () ->
                render(
                    "{{table.name}}\n{{table.nme}}\n", Map.of("table", orders(Optional.empty()))))
        .isInstanceOf(RenderException.class)
        .hasMessageContaining("t.mustache:2")
        .hasMessageContaining("missing variable 'table.nme'");
    assertThatThrownBy(
            () ->
                render(
                    "{{#table.columns}}\n\n{{typ}}{{/table.columns}}\n",
                    Map.of("table", orders(Optional.empty()))))
        .isInstanceOf(RenderException.class)
        .hasMessageContaining("t.mustache:3")
        .hasMessageContaining("missing variable 'typ'");
  }

  @Test
  void objectMethodsAreNotNames() {
    assertThatThrownBy(
            () -> render("{{table.toString}}\n", Map.of("table", orders(Optional.empty()))))
        .isInstanceOf(RenderException.class)
        .hasMessageContaining("missing variable 'table.toString'");
  }
}
