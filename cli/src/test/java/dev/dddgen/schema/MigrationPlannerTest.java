package dev.dddgen.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dddgen.definition.DefinitionLoader;
import dev.dddgen.model.DomainModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The planner without a database, over the definition versions of {@code evolution/}: snapshots
 * round-trip, an unchanged schema plans nothing, and each change is flagged destructive exactly
 * when applying it can lose data (the CLI refuses those without --allow-destructive).
 */
class MigrationPlannerTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"library", "shop", "edge"})
  void snapshotsRoundTripAndAnUnchangedSchemaPlansNothing(String definition) throws Exception {
    for (String version : versions(definition)) {
      DomainModel model = model(definition + "/" + version);
      RelationalSchema schema = SchemaBuilder.build(model);
      String json = SchemaSnapshot.write(schema);
      assertThat(SchemaSnapshot.read(json)).as("%s snapshot round trip", version).isEqualTo(schema);
      assertThat(SchemaSnapshot.write(SchemaBuilder.build(model(definition + "/" + version))))
          .as("deterministic")
          .isEqualTo(json);
      assertThat(MigrationPlanner.changes(SchemaSnapshot.read(json), schema, model))
          .as("%s against itself", version)
          .isEmpty();
      assertThat(MigrationPlanner.initial(schema))
          .extracting(Migration::destructive)
          .containsOnly(false);
    }
  }

  static Stream<Arguments> steps() {
    return Stream.of(
        Arguments.of("library/v01-initial", "library/v02-add-optional-field", false),
        Arguments.of("library/v02-add-optional-field", "library/v03-add-field-with-default", false),
        Arguments.of(
            "library/v03-add-field-with-default", "library/v04-new-aggregate-and-ref", false),
        Arguments.of("library/v04-new-aggregate-and-ref", "library/v05-new-child-entity", false),
        Arguments.of("library/v05-new-child-entity", "library/v06-rename-field", false),
        Arguments.of("library/v06-rename-field", "library/v07-widen-int-to-long", false),
        Arguments.of("library/v07-widen-int-to-long", "library/v08-narrow-long-to-int", true),
        Arguments.of(
            "library/v08-narrow-long-to-int", "library/v09-unique-added-and-removed", false),
        Arguments.of("library/v09-unique-added-and-removed", "library/v10-enum-value-added", false),
        Arguments.of("library/v10-enum-value-added", "library/v11-enum-value-removed", true),
        Arguments.of("library/v11-enum-value-removed", "library/v12-filter-index-changed", false),
        Arguments.of("library/v12-filter-index-changed", "library/v13-remove-field", true),
        Arguments.of("library/v13-remove-field", "library/v14-remove-aggregate", true),
        Arguments.of("shop/c01-initial", "shop/c02-rename-composite-and-entity-field", false),
        Arguments.of(
            "shop/c02-rename-composite-and-entity-field",
            "shop/c03-required-with-default-and-new-default",
            false),
        Arguments.of(
            "shop/c04-rename-to-reserved-and-unique-ref", "shop/c05-drop-required-enum", true),
        Arguments.of("shop/c05-drop-required-enum", "shop/c06-drop-child-entity", true),
        Arguments.of("edge/e01-initial", "edge/e02-new-cycle-and-long-rename", false));
  }

  @ParameterizedTest(name = "{0} → {1}: destructive {2}")
  @MethodSource("steps")
  void aChangeIsDestructiveExactlyWhenItCanLoseData(String from, String to, boolean destructive)
      throws Exception {
    RelationalSchema before = SchemaBuilder.build(model(from));
    DomainModel model = model(to);
    List<Migration> migrations =
        MigrationPlanner.changes(before, SchemaBuilder.build(model), model);

    assertThat(migrations).isNotEmpty();
    assertThat(migrations.stream().anyMatch(Migration::destructive))
        .as("%s", migrations)
        .isEqualTo(destructive);
    for (Migration migration : migrations) {
      assertThat(migration.name()).matches("[a-z0-9_]{1,80}");
      assertThat(migration.up()).endsWith(";\n");
      assertThat(migration.down()).endsWith(";\n");
    }
  }

  static Stream<Arguments> losses() {
    return Stream.of(
        Arguments.of(
            "library/v07-widen-int-to-long",
            "library/v08-narrow-long-to-int",
            List.of("changes books.pages from bigint to integer")),
        Arguments.of(
            "library/v10-enum-value-added",
            "library/v11-enum-value-removed",
            List.of("removes 'ARCHIVED' from the values of books.status")),
        Arguments.of(
            "library/v12-filter-index-changed",
            "library/v13-remove-field",
            List.of("drops column books.subtitle")),
        Arguments.of(
            "library/v13-remove-field",
            "library/v14-remove-aggregate",
            List.of("drops column books.author_id", "drops table authors")));
  }

  /** A refusal must say what would be lost, step by step, not only which migration holds it. */
  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("losses")
  void eachDestructiveStepIsNamed(String from, String to, List<String> expected) throws Exception {
    RelationalSchema before = SchemaBuilder.build(model(from));
    DomainModel model = model(to);
    List<String> losses =
        MigrationPlanner.changes(before, SchemaBuilder.build(model), model).stream()
            .flatMap(m -> m.losses().stream())
            .toList();

    assertThat(losses).hasSize(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      assertThat(losses.get(i)).startsWith(expected.get(i));
    }
  }

  /**
   * Adding an enum value widens the CHECK; its down step re-narrows it and fails once rows hold the
   * new value, so the plan says so and the down script carries the same warning where it fails.
   */
  @Test
  void anAddedEnumValueWarnsThatTheDownStepFailsWhileRowsHoldIt() throws Exception {
    RelationalSchema before = SchemaBuilder.build(model("library/v09-unique-added-and-removed"));
    DomainModel model = model("library/v10-enum-value-added");
    List<Migration> migrations =
        MigrationPlanner.changes(before, SchemaBuilder.build(model), model);

    assertThat(migrations.stream().flatMap(m -> m.downCaveats().stream()))
        .containsExactly(
            "its down step fails while rows of books hold 'ARCHIVED' in status (values the up"
                + " step allows): change those rows before migrating down");
    Migration widening =
        migrations.stream().filter(m -> !m.downCaveats().isEmpty()).findFirst().orElseThrow();
    assertThat(widening.down())
        .contains(
            "-- The next statement fails while rows of books hold 'ARCHIVED' in status (values"
                + " the up step allows): change those rows first.\nALTER TABLE books ADD"
                + " CONSTRAINT");
    assertThat(widening.destructive()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"library/v15-add-required-field-without-default"})
  void aNewRequiredColumnWithoutDefaultIsRefusedWithTheFix(String version) throws Exception {
    RelationalSchema before = SchemaBuilder.build(model("library/v14-remove-aggregate"));
    DomainModel model = model(version);

    assertThatThrownBy(() -> MigrationPlanner.changes(before, SchemaBuilder.build(model), model))
        .isInstanceOf(MigrationRefused.class)
        .hasMessageContaining("isbn")
        .hasMessageContaining("default")
        .hasMessageContaining("optional");
  }

  @Test
  void aRefusalNamesTheFieldAndTheAggregateOrEntityDeclaringIt() throws Exception {
    String v05 = EvolvingProject.resource("library/v05-new-child-entity.yaml");
    DomainModel before = DefinitionLoader.load("v05.yaml", v05);
    DomainModel after =
        DefinitionLoader.load(
            "next.yaml",
            v05.replace("heading: string,", "heading: string, page: int,")
                .replace("pages:  int", "pages:  int\n      isbn:   string"));

    assertThatThrownBy(
            () ->
                MigrationPlanner.changes(
                    SchemaBuilder.build(before), SchemaBuilder.build(after), after))
        .isInstanceOfSatisfying(
            MigrationRefused.class,
            e ->
                assertThat(e.refusals())
                    .extracting(MigrationRefused.Refusal::field)
                    .containsExactlyInAnyOrder(
                        Optional.of(new MigrationRefused.DeclaredField("Book", "isbn")),
                        Optional.of(new MigrationRefused.DeclaredField("Chapter", "page"))));
  }

  private static DomainModel model(String version) throws Exception {
    String path = version.endsWith(".yaml") ? version : version + ".yaml";
    return DefinitionLoader.load(path, EvolvingProject.resource(path));
  }

  static List<String> versions(String definition) {
    List<String> versions = new ArrayList<>();
    for (String line : EvolvingProject.resource(definition + "/versions.txt").split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        versions.add(line.trim());
      }
    }
    return versions;
  }
}
