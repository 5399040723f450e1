package dev.dddgen.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dddgen.cli.CliRunner;
import dev.dddgen.schema.EvolvingProject.Written;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema evolution against a real PostgreSQL (README "Schema evolution"): the library definition of
 * {@code src/test/resources/evolution/library/} goes through fifteen versions. After each one the
 * new migrations are applied up, the live schema is compared with the snapshot dddgen recorded, the
 * new migrations are applied down (the live schema must be the previous snapshot again) and up
 * again, and the rows inserted so far are checked. At the end everything goes down to zero and up
 * again. Runs on the embedded PostgreSQL (or {@code DATABASE_URL}); needs nothing but Java.
 */
class SchemaEvolutionTest {
  private static final int REFUSED = 1;
  private static final int INVALID = 3;

  private static final String DUNE = "00000000-0000-0000-0000-00000000000d";
  private static final String EMMA = "00000000-0000-0000-0000-00000000000e";
  private static final String ANN = "00000000-0000-0000-0000-0000000000a1";
  private static final String BOB = "00000000-0000-0000-0000-0000000000b0";
  private static final String TEAM = "00000000-0000-0000-0000-0000000000c0";
  private static final String HERBERT = "00000000-0000-0000-0000-0000000000f1";
  private static final String CHAPTER_1 = "00000000-0000-0000-0000-000000000101";
  private static final String CHAPTER_2 = "00000000-0000-0000-0000-000000000102";

  private static TestPostgres postgres;

  @BeforeAll
  static void startPostgres() throws Exception {
    postgres = TestPostgres.start();
    System.out.println("SchemaEvolutionTest: " + postgres.describe());
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void theLibraryEvolvesVersionByVersionAndKeepsItsData(@TempDir Path dir) throws Exception {
    EvolvingProject project = new EvolvingProject(dir);
    try (TestPostgres.Database database = postgres.newDatabase();
        Connection db = database.connect()) {
      Steps steps = new Steps(project, db);

      // v01: three aggregates; a reserved word as a column ("order", "group") and as a table
      // ("group").
      List<Written> created = steps.apply("v01-initial", "--yes");
      assertThat(names(created)).containsExactly("create_books", "create_users", "create_group");
      assertThat(read(created.get(0).up()))
          .contains("\"order\"")
          .contains("CHECK (status IN ('DRAFT', 'PUBLISHED'))");
      assertThat(read(created.get(2).up())).contains("CREATE TABLE \"group\"");
      exec(
          db,
          "INSERT INTO users (id, version, created_at, updated_at, name, \"group\") VALUES"
              + " ('"
              + ANN
              + "', 1, now(), now(), 'ann', 'admins'), ('"
              + BOB
              + "', 1, now(), now(), 'bob', NULL)");
      exec(
          db,
          "INSERT INTO \"group\" (id, version, created_at, updated_at, label, \"user\") VALUES"
              + " ('"
              + TEAM
              + "', 1, now(), now(), 'editors', '"
              + ANN
              + "')");
      exec(
          db,
          "INSERT INTO books (id, version, created_at, updated_at, title, pages, \"order\", status) VALUES"
              + " ('"
              + DUNE
              + "', 1, now(), now(), 'Dune', 412, 1, 'PUBLISHED')");
      exec(
          db,
          "INSERT INTO books (id, version, created_at, updated_at, title, pages) VALUES"
              + " ('"
              + EMMA
              + "', 1, now(), now(), 'Emma', 474)");
      assertThat(rows(db, "SELECT title, \"order\", status FROM books ORDER BY title"))
          .containsExactly(List.of("Dune", "1", "PUBLISHED"), List.of("Emma", "0", "DRAFT"));
      assertThatThrownBy(() -> exec(db, "UPDATE books SET status = 'LOST'"))
          .as("the enum CHECK holds")
          .isInstanceOf(SQLException.class);

      // v02: an optional field. A new migration into an existing project is asked about first.
      String v02 = EvolvingProject.resource("library/v02-add-optional-field.yaml");
      if (System.console() == null) {
        CliRunner.Result notConfirmed = project.refused(v02, REFUSED);
        assertThat(notConfirmed.stderr()).contains("--yes");
      }
      assertThat(names(steps.apply("v02-add-optional-field", "--yes")))
          .containsExactly("add_subtitle_to_books");
      assertThat(rows(db, "SELECT title, subtitle FROM books ORDER BY title"))
          .containsExactly(listOf("Dune", null), listOf("Emma", null));
      exec(db, "UPDATE books SET subtitle = 'Desert planet' WHERE id = '" + DUNE + "'");

      // v03: a required field with a default, added to a table that has rows: they get the default.
      assertThat(names(steps.apply("v03-add-field-with-default", "--yes")))
          .containsExactly("add_rating_to_books");
      assertThat(rows(db, "SELECT title, rating FROM books ORDER BY title"))
          .containsExactly(List.of("Dune", "3"), List.of("Emma", "3"));
      exec(db, "UPDATE books SET rating = 5 WHERE id = '" + DUNE + "'");

      // v04: a new aggregate, and a reference to it from an existing table: the table comes first.
      List<Written> v04 = steps.apply("v04-new-aggregate-and-ref", "--yes");
      assertThat(names(v04)).containsExactly("create_authors", "add_author_id_to_books");
      exec(
          db,
          "INSERT INTO authors (id, version, created_at, updated_at, name) VALUES ('"
              + HERBERT
              + "', 1, now(), now(), 'Herbert')");
      exec(db, "UPDATE books SET author_id = '" + HERBERT + "' WHERE id = '" + DUNE + "'");
      assertThatThrownBy(() -> exec(db, "UPDATE books SET author_id = '" + ANN + "'"))
          .as("the new foreign key holds")
          .isInstanceOf(SQLException.class);

      // v05: a child entity: a new table referencing its aggregate's; a reserved word ("limit") as
      // a column.
      assertThat(names(steps.apply("v05-new-child-entity", "--yes")))
          .containsExactly("create_chapters");
      exec(
          db,
          "INSERT INTO chapters (book_id, id, position, heading, \"limit\") VALUES"
              + " ('"
              + DUNE
              + "', '"
              + CHAPTER_1
              + "', 0, 'Book One', 10), ('"
              + DUNE
              + "', '"
              + CHAPTER_2
              + "', 1, 'Book Two', NULL)");

      // v06: renamedFrom: the column is renamed (its data kept), and its constraint and index
      // follow.
      List<Written> renamed = steps.apply("v06-rename-field", "--yes");
      assertThat(names(renamed)).containsExactly("rename_title_to_name_in_books");
      assertThat(read(renamed.get(0).up()))
          .contains("RENAME COLUMN title TO name")
          .doesNotContain("DROP COLUMN");
      assertThat(
              rows(
                  db,
                  "SELECT name, subtitle, rating, pages, \"order\", status FROM books ORDER BY name"))
          .containsExactly(
              listOf("Dune", "Desert planet", "5", "412", "1", "PUBLISHED"),
              listOf("Emma", null, "3", "474", "0", "DRAFT"));
      assertThatThrownBy(() -> exec(db, "UPDATE books SET name = 'Dune'"))
          .as("the renamed unique constraint holds")
          .isInstanceOf(SQLException.class);

      // v07: int → long is a widening: no --allow-destructive needed.
      assertThat(names(steps.apply("v07-widen-int-to-long", "--yes")))
          .containsExactly("alter_pages_in_books");
      assertThat(
              scalar(
                  db,
                  "SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'books'::regclass AND attname = 'pages'"))
          .isEqualTo("bigint");

      // v08: long → int is a narrowing: refused, then generated with --allow-destructive.
      CliRunner.Result narrowing =
          project.refused(
              EvolvingProject.resource("library/v08-narrow-long-to-int.yaml"), REFUSED, "--yes");
      assertThat(narrowing.stderr())
          .contains("--allow-destructive")
          .contains("alter_pages_in_books")
          .contains("changes books.pages from bigint to integer");
      assertThat(names(steps.apply("v08-narrow-long-to-int", "--yes", "--allow-destructive")))
          .containsExactly("alter_pages_in_books");
      assertThat(rows(db, "SELECT name, pages FROM books ORDER BY name"))
          .containsExactly(List.of("Dune", "412"), List.of("Emma", "474"));

      // v09: a unique constraint removed from one table, added to another.
      assertThat(names(steps.apply("v09-unique-added-and-removed", "--yes")))
          .containsExactlyInAnyOrder("drop_books_name_key", "add_users_name_key");
      exec(
          db,
          "INSERT INTO books (id, version, created_at, updated_at, name, pages) VALUES"
              + " ('00000000-0000-0000-0000-0000000000d2', 1, now(), now(), 'Dune', 1)");
      exec(db, "DELETE FROM books WHERE id = '00000000-0000-0000-0000-0000000000d2'");
      assertThatThrownBy(() -> exec(db, "UPDATE users SET name = 'ann'"))
          .isInstanceOf(SQLException.class);

      // v10: an enum value added: safe.
      List<Written> valueAdded = steps.apply("v10-enum-value-added", "--yes");
      assertThat(valueAdded).hasSize(1);
      assertThat(valueAdded.get(0).name()).contains("status").contains("books");
      exec(
          db,
          "INSERT INTO books (id, version, created_at, updated_at, name, pages, status) VALUES"
              + " ('00000000-0000-0000-0000-0000000000d3', 1, now(), now(), 'Old', 1, 'ARCHIVED')");
      exec(db, "DELETE FROM books WHERE id = '00000000-0000-0000-0000-0000000000d3'");

      // v11: an enum value removed: destructive.
      CliRunner.Result valueRemoved =
          project.refused(
              EvolvingProject.resource("library/v11-enum-value-removed.yaml"), REFUSED, "--yes");
      assertThat(valueRemoved.stderr())
          .contains("--allow-destructive")
          .contains("removes 'ARCHIVED' from the values of books.status");
      List<Written> removedValue =
          steps.apply("v11-enum-value-removed", "--yes", "--allow-destructive");
      assertThat(removedValue).hasSize(1);
      assertThat(removedValue.get(0).name()).contains("status").contains("books");

      // v12: the filtered fields change, so do the indexes.
      List<Written> reindexed = steps.apply("v12-filter-index-changed", "--yes");
      assertThat(reindexed).hasSize(1);
      assertThat(read(reindexed.get(0).up()))
          .contains("DROP INDEX IF EXISTS books_status_idx")
          .contains("DROP INDEX IF EXISTS books_name_idx")
          .contains("CREATE INDEX books_rating_idx ON books (rating)");

      // v13: a field removed: destructive; the other columns keep their data.
      CliRunner.Result fieldRemoved =
          project.refused(
              EvolvingProject.resource("library/v13-remove-field.yaml"), REFUSED, "--yes");
      assertThat(fieldRemoved.stderr())
          .contains("--allow-destructive")
          .contains("drop_subtitle_from_books")
          .contains("drops column books.subtitle");
      assertThat(names(steps.apply("v13-remove-field", "--yes", "--allow-destructive")))
          .containsExactly("drop_subtitle_from_books");
      assertThat(rows(db, "SELECT name, rating, pages, author_id::text FROM books ORDER BY name"))
          .containsExactly(listOf("Dune", "5", "412", HERBERT), listOf("Emma", "3", "474", null));

      // v14: an aggregate removed (with the reference to it): destructive; its table is dropped.
      project.refused(
          EvolvingProject.resource("library/v14-remove-aggregate.yaml"), REFUSED, "--yes");
      assertThat(names(steps.apply("v14-remove-aggregate", "--yes", "--allow-destructive")))
          .containsExactly("drop_author_id_from_books", "drop_authors");
      assertThat(LiveSchema.tableNames(db)).doesNotContain("authors");

      // v15: a new required field without a default cannot fill the existing rows: refused, exit 3.
      CliRunner.Result required =
          project.refused(
              EvolvingProject.resource("library/v15-add-required-field-without-default.yaml"),
              INVALID,
              "--yes",
              "--allow-destructive");
      assertThat(required.stderr())
          .contains("isbn")
          .contains("default")
          .doesNotContain("Exception");

      // The data that lived through every version.
      assertThat(rows(db, "SELECT name, pages, \"order\", status, rating FROM books ORDER BY name"))
          .containsExactly(
              List.of("Dune", "412", "1", "PUBLISHED", "5"),
              List.of("Emma", "474", "0", "DRAFT", "3"));
      assertThat(rows(db, "SELECT heading, \"limit\" FROM chapters ORDER BY position"))
          .containsExactly(listOf("Book One", "10"), listOf("Book Two", null));
      assertThat(rows(db, "SELECT name, \"group\" FROM users ORDER BY name"))
          .containsExactly(listOf("ann", "admins"), listOf("bob", null));
      assertThat(rows(db, "SELECT label, \"user\"::text FROM \"group\""))
          .containsExactly(List.of("editors", ANN));

      // Down to zero, and up again.
      assertThat(project.migrations())
          .extracting(Written::number)
          .containsExactlyElementsOf(numbers(19));
      steps.downToZeroAndUp();
    }
  }

  @Test
  void aRefusedChangeWritesNothingAndTheNextAcceptedOneContinuesTheNumbering(@TempDir Path dir)
      throws Exception {
    EvolvingProject project = new EvolvingProject(dir);
    try (TestPostgres.Database database = postgres.newDatabase();
        Connection db = database.connect()) {
      Steps steps = new Steps(project, db);
      steps.apply("v01-initial", "--yes");
      // Straight from v01, v15 and v14 both add a required column with no default (isbn; name, as
      // title lost its renamedFrom): refused even with --allow-destructive.
      project.refused(
          EvolvingProject.resource("library/v15-add-required-field-without-default.yaml"),
          INVALID,
          "--yes",
          "--allow-destructive");
      project.refused(
          EvolvingProject.resource("library/v14-remove-aggregate.yaml"),
          INVALID,
          "--yes",
          "--allow-destructive");
      List<Written> jump = steps.apply("v03-add-field-with-default", "--yes");
      assertThat(jump).extracting(Written::number).containsExactly(4);
      assertThat(jump.get(0).name()).isEqualTo("alter_books");
      assertThat(read(jump.get(0).up()))
          .contains("ADD COLUMN subtitle text;")
          .contains("ADD COLUMN rating integer NOT NULL DEFAULT 3;");
    }
  }

  @Test
  void theShopEvolvesThroughCompositeValuesEntitiesDefaultsAndDrops(@TempDir Path dir)
      throws Exception {
    EvolvingProject project = new EvolvingProject(dir);
    try (TestPostgres.Database database = postgres.newDatabase();
        Connection db = database.connect()) {
      Steps steps = new Steps(project, db, "shop/");
      String alice = "00000000-0000-0000-0000-0000000000a1";
      String carol = "00000000-0000-0000-0000-0000000000c1";
      String order1 = "00000000-0000-0000-0000-000000000001";
      String order2 = "00000000-0000-0000-0000-000000000002";

      assertThat(names(steps.apply("c01-initial", "--yes")))
          .containsExactly("create_customers", "create_orders");
      exec(
          db,
          "INSERT INTO customers (id, version, created_at, updated_at, email, tier) VALUES"
              + " ('"
              + alice
              + "', 1, now(), now(), 'alice@example.com', 'GOLD'), ('"
              + carol
              + "', 1, now(), now(), 'carol@example.com', 'BASIC')");
      exec(
          db,
          "INSERT INTO orders (id, version, created_at, updated_at, customer_id, price_amount, price_currency, note) VALUES"
              + " ('"
              + order1
              + "', 1, now(), now(), '"
              + alice
              + "', 12.50, 'EUR', NULL),"
              + " ('"
              + order2
              + "', 1, now(), now(), '"
              + carol
              + "', 3, 'USD', 'gift')");
      exec(
          db,
          "INSERT INTO order_lines (order_id, id, position, sku, quantity, unit_price_amount, unit_price_currency) VALUES"
              + " ('"
              + order1
              + "', '00000000-0000-0000-0000-000000000011', 0, 'AB-1', 2, 6.25, 'EUR')");

      // A composite value object renamed: both its columns are renamed, their data kept; same in a
      // child table.
      assertThat(names(steps.apply("c02-rename-composite-and-entity-field", "--yes")))
          .containsExactly(
              "rename_price_to_total_in_orders", "rename_quantity_to_qty_in_order_lines");
      assertThat(rows(db, "SELECT total_amount::text, total_currency FROM orders ORDER BY id"))
          .containsExactly(List.of("12.50", "EUR"), List.of("3", "USD"));
      assertThat(rows(db, "SELECT sku, qty FROM order_lines"))
          .containsExactly(List.of("AB-1", "2"));

      // Optional → required with a default: existing NULLs get the default. A default changes.
      steps.apply("c03-required-with-default-and-new-default", "--yes");
      assertThat(rows(db, "SELECT note, rank FROM orders ORDER BY id"))
          .containsExactly(List.of("none", "1"), List.of("gift", "1"));
      exec(
          db,
          "INSERT INTO orders (id, version, created_at, updated_at, customer_id, total_amount, total_currency) VALUES"
              + " ('00000000-0000-0000-0000-000000000003', 1, now(), now(), '"
              + alice
              + "', 1, 'EUR')");
      assertThat(
              scalar(
                  db,
                  "SELECT note || ' ' || rank FROM orders WHERE id = '00000000-0000-0000-0000-000000000003'"))
          .isEqualTo("none 2");
      exec(db, "DELETE FROM orders WHERE id = '00000000-0000-0000-0000-000000000003'");

      // Renamed to a reserved word; a reference becomes unique.
      steps.apply("c04-rename-to-reserved-and-unique-ref", "--yes");
      assertThat(rows(db, "SELECT \"order\" FROM orders ORDER BY id"))
          .containsExactly(List.of("1"), List.of("1"));

      // A required enum without a default dropped from a table with rows; a required field becomes
      // optional.
      project.refused(
          EvolvingProject.resource("shop/c05-drop-required-enum.yaml"), REFUSED, "--yes");
      assertThat(names(steps.apply("c05-drop-required-enum", "--yes", "--allow-destructive")))
          .containsExactly("drop_tier_from_customers", "alter_note_in_orders");
      exec(db, "UPDATE orders SET note = NULL WHERE id = '" + order1 + "'");

      // A child entity removed: its table is dropped.
      assertThat(names(steps.apply("c06-drop-child-entity", "--yes", "--allow-destructive")))
          .containsExactly("drop_order_lines");

      // With rows everywhere (and a NULL where a down makes the column required again): down to
      // zero and up.
      steps.downToZeroAndUp();

      // An aggregate removed; a composite value object added as optional columns.
      exec(
          db,
          "INSERT INTO customers (id, version, created_at, updated_at, email) VALUES ('"
              + alice
              + "', 1, now(), now(), 'alice@example.com')");
      assertThat(
              names(
                  steps.apply(
                      "c07-drop-aggregate-and-add-composite", "--yes", "--allow-destructive")))
          .containsExactly("add_address_to_customers", "drop_orders");
      assertThat(rows(db, "SELECT email, address_street, address_city FROM customers"))
          .containsExactly(listOf("alice@example.com", null, null));
      steps.downToZeroAndUp();
    }
  }

  @Test
  void cyclesLongNamesQuotedDefaultsAndReservedWordsApplyAndEvolve(@TempDir Path dir)
      throws Exception {
    EvolvingProject project = new EvolvingProject(dir);
    try (TestPostgres.Database database = postgres.newDatabase();
        Connection db = database.connect()) {
      Steps steps = new Steps(project, db, "edge/");
      String sales = "00000000-0000-0000-0000-0000000005a1";
      String boss = "00000000-0000-0000-0000-000000000b05";

      // Department and Employee refer to each other: the second migration adds the first one's
      // foreign key.
      List<Written> created = steps.apply("e01-initial", "--yes");
      assertThat(names(created))
          .containsExactly(
              "create_employees",
              "create_departments",
              "create_customer_loyalty_programme_memberships",
              "create_group");
      assertThat(read(created.get(1).up()))
          .contains("ALTER TABLE employees ADD CONSTRAINT employees_department_id_fkey");
      exec(
          db,
          "INSERT INTO departments (id, version, created_at, updated_at) VALUES ('"
              + sales
              + "', 1, now(), now())");
      exec(
          db,
          "INSERT INTO employees (id, version, created_at, updated_at, department_id) VALUES ('"
              + boss
              + "', 1, now(), now(), '"
              + sales
              + "')");
      exec(db, "UPDATE departments SET head_id = '" + boss + "'");
      assertThat(scalar(db, "SELECT name FROM departments")).isEqualTo("it's a \\ back\"slash");
      assertThatThrownBy(() -> exec(db, "UPDATE employees SET department_id = '" + boss + "'"))
          .isInstanceOf(SQLException.class);

      // Names longer than PostgreSQL keeps are shortened, distinct, and what the snapshot records.
      assertThat(
              project.snapshot().tables().stream()
                  .flatMap(
                      t ->
                          java.util.stream.Stream.concat(
                              t.constraints().stream().map(Table.Constraint::name),
                              t.indexes().stream().map(Table.Index::name))))
          .allSatisfy(name -> assertThat(name).hasSizeLessThanOrEqualTo(63))
          .doesNotHaveDuplicates();
      exec(
          db,
          "INSERT INTO customer_loyalty_programme_memberships (id, version, created_at, updated_at,"
              + " external_reference_identifier_code, another_extremely_long_field_name_for_testing)"
              + " VALUES ('00000000-0000-0000-0000-000000000c01', 1, now(), now(), 'X-1', 'kept')");
      assertThatThrownBy(
              () ->
                  exec(
                      db,
                      "INSERT INTO customer_loyalty_programme_memberships (id, version, created_at, updated_at,"
                          + " external_reference_identifier_code) VALUES ('00000000-0000-0000-0000-000000000c02', 1, now(), now(), 'X-1')"))
          .isInstanceOf(SQLException.class);

      // A reserved word as the table of an aggregate ("group") and of a child entity ("user").
      exec(
          db,
          "INSERT INTO \"group\" (id, version, created_at, updated_at) VALUES ('00000000-0000-0000-0000-000000000901', 1, now(), now())");
      exec(
          db,
          "INSERT INTO \"user\" (group_id, id, position, \"from\") VALUES"
              + " ('00000000-0000-0000-0000-000000000901', '00000000-0000-0000-0000-000000000902', 0, 'here')");

      // Two new aggregates referring to each other, into an existing project; a long column
      // renamed.
      List<Written> added = steps.apply("e02-new-cycle-and-long-rename", "--yes");
      assertThat(names(added)).hasSize(3).startsWith("create_tasks", "create_projects");
      assertThat(names(added).get(2))
          .endsWith("customer_loyalty_programme_memberships")
          .hasSizeLessThanOrEqualTo(80);
      assertThat(read(added.get(2).up()))
          .contains("RENAME COLUMN another_extremely_long_field_name_for_testing TO");
      assertThat(
              scalar(
                  db,
                  "SELECT yet_another_very_long_field_name_for_tests FROM customer_loyalty_programme_memberships"))
          .isEqualTo("kept");
      assertThat(
              scalar(
                  db, "SELECT \"order\" || ' ' || (SELECT \"from\" FROM \"user\") FROM \"group\""))
          .isEqualTo("FIRST here");

      steps.downToZeroAndUp();
    }
  }

  @Test
  void theLiveSchemaComparisonNoticesEveryKindOfDifference(@TempDir Path dir) throws Exception {
    EvolvingProject project = new EvolvingProject(dir);
    try (TestPostgres.Database database = postgres.newDatabase();
        Connection db = database.connect()) {
      Steps steps = new Steps(project, db);
      steps.apply("v01-initial", "--yes");
      RelationalSchema snapshot = project.snapshot();
      String[][] breakages = {
        {
          "ALTER TABLE books ALTER COLUMN pages DROP NOT NULL",
          "ALTER TABLE books ALTER COLUMN pages SET NOT NULL"
        },
        {
          "ALTER TABLE books ALTER COLUMN \"order\" SET DEFAULT 7",
          "ALTER TABLE books ALTER COLUMN \"order\" SET DEFAULT 0"
        },
        {
          "ALTER TABLE books ALTER COLUMN pages TYPE bigint",
          "ALTER TABLE books ALTER COLUMN pages TYPE integer"
        },
        {
          "ALTER TABLE books DROP CONSTRAINT books_status_check; ALTER TABLE books ADD CONSTRAINT books_status_check CHECK (status IN ('DRAFT'))",
          "ALTER TABLE books DROP CONSTRAINT books_status_check; ALTER TABLE books ADD CONSTRAINT books_status_check CHECK (status IN ('DRAFT', 'PUBLISHED'))"
        },
        {
          "ALTER TABLE books DROP CONSTRAINT books_title_key",
          "ALTER TABLE books ADD CONSTRAINT books_title_key UNIQUE (title)"
        },
        {"DROP INDEX books_status_idx", "CREATE INDEX books_status_idx ON books (status)"},
        {
          "ALTER TABLE \"group\" DROP CONSTRAINT group_user_fkey; ALTER TABLE \"group\" ADD CONSTRAINT group_user_fkey FOREIGN KEY (\"user\") REFERENCES users (id) ON DELETE CASCADE",
          "ALTER TABLE \"group\" DROP CONSTRAINT group_user_fkey; ALTER TABLE \"group\" ADD CONSTRAINT group_user_fkey FOREIGN KEY (\"user\") REFERENCES users (id)"
        },
        {"CREATE TABLE extra (id int)", "DROP TABLE extra"},
        {"ALTER TABLE users ADD COLUMN extra int", "ALTER TABLE users DROP COLUMN extra"},
      };
      for (String[] breakage : breakages) {
        exec(db, breakage[0]);
        assertThatThrownBy(() -> steps.assertLiveMatches(snapshot, "after " + breakage[0]))
            .as("the comparison notices: %s", breakage[0])
            .isInstanceOf(AssertionError.class);
        exec(db, breakage[1]);
        steps.assertLiveMatches(snapshot, "after undoing " + breakage[0]);
      }
    }
  }

  /**
   * Each version: generate, then up, compare, down, compare with the previous snapshot, up,
   * compare.
   */
  static final class Steps {
    private final EvolvingProject project;
    private final Connection db;
    private final String folder;
    private RelationalSchema previous = RelationalSchema.EMPTY;

    Steps(EvolvingProject project, Connection db) {
      this(project, db, "library/");
    }

    Steps(EvolvingProject project, Connection db, String folder) {
      this.project = project;
      this.db = db;
      this.folder = folder;
    }

    List<Written> apply(String version, String... args) throws SQLException {
      List<Written> added =
          project.evolve(EvolvingProject.resource(folder + version + ".yaml"), args);
      assertThat(added).as("%s adds migrations", version).isNotEmpty();
      RelationalSchema snapshot = project.snapshot();
      EvolvingProject.up(db, added);
      assertLiveMatches(snapshot, version + " up");
      EvolvingProject.down(db, added);
      assertLiveMatches(previous, version + " down (the schema before " + version + ")");
      EvolvingProject.up(db, added);
      assertLiveMatches(snapshot, version + " up again");
      previous = snapshot;
      return added;
    }

    /** Every migration so far down (last first) to an empty database, then all up again. */
    void downToZeroAndUp() throws SQLException {
      List<Written> all = project.migrations();
      EvolvingProject.down(db, all);
      assertThat(LiveSchema.tableNames(db)).as("down to zero leaves no table").isEmpty();
      EvolvingProject.up(db, all);
      assertLiveMatches(project.snapshot(), "after down to zero and up again");
    }

    void assertLiveMatches(RelationalSchema expected, String when) throws SQLException {
      Map<String, List<String>> live = LiveSchema.read(db);
      Map<String, List<String>> wanted = LiveSchema.expected(expected, db);
      assertThat(live.keySet())
          .as("tables %s", when)
          .containsExactlyInAnyOrderElementsOf(wanted.keySet());
      for (Map.Entry<String, List<String>> table : wanted.entrySet()) {
        assertThat(live.get(table.getKey()))
            .as("live table %s %s", table.getKey(), when)
            .containsExactlyInAnyOrderElementsOf(table.getValue());
      }
    }
  }

  private static List<String> names(List<Written> migrations) {
    return migrations.stream().map(Written::name).toList();
  }

  private static List<Integer> numbers(int count) {
    List<Integer> numbers = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      numbers.add(i);
    }
    return numbers;
  }

  private static String read(Path file) throws java.io.IOException {
    return Files.readString(file);
  }

  private static List<String> listOf(String... values) {
    return java.util.Arrays.asList(values);
  }

  static void exec(Connection db, String sql) throws SQLException {
    try (Statement statement = db.createStatement()) {
      statement.execute(sql);
    }
  }

  static String scalar(Connection db, String sql) throws SQLException {
    List<List<String>> rows = rows(db, sql);
    assertThat(rows).hasSize(1);
    return rows.get(0).get(0);
  }

  static List<List<String>> rows(Connection db, String sql) throws SQLException {
    List<List<String>> rows = new ArrayList<>();
    try (Statement statement = db.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          row.add(result.getString(i));
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
