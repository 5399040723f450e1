package dev.dddgen.schema;

import static dev.dddgen.schema.SchemaEvolutionTest.exec;
import static dev.dddgen.schema.SchemaEvolutionTest.rows;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dddgen.schema.EvolvingProject.Written;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A definition that grows an entity name two aggregates share (README "Entities of the same name")
 * keeps the table and the rows of the entity that was there first: {@code
 * src/test/resources/evolution/samename/} generated version by version, its migrations applied up,
 * down and up again against a real PostgreSQL, and the rows checked after each.
 */
class SameEntityNameEvolutionTest {
  private static final String ORDER = "00000000-0000-0000-0000-000000000001";
  private static final String INVOICE = "00000000-0000-0000-0000-000000000002";

  private static TestPostgres postgres;

  @BeforeAll
  static void startPostgres() throws Exception {
    postgres = TestPostgres.start();
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void anEntityNameSharedLaterKeepsTheFirstTableAndItsRows(@TempDir Path dir) throws Exception {
    EvolvingProject project = new EvolvingProject(dir);
    try (TestPostgres.Database database = postgres.newDatabase();
        Connection db = database.connect()) {
      SchemaEvolutionTest.Steps steps = new SchemaEvolutionTest.Steps(project, db, "samename/");
      assertThat(names(steps.apply("s01-order-with-lines", "--yes")))
          .containsExactly("create_orders");
      exec(
          db,
          "INSERT INTO orders (id, version, created_at, updated_at, title) VALUES ('"
              + ORDER
              + "', 1, now(), now(), 'first')");
      exec(
          db,
          "INSERT INTO lines (order_id, id, position, sku, qty) VALUES ('"
              + ORDER
              + "', '00000000-0000-0000-0000-000000000011', 0, 'AB-1', 2)");

      // Invoice declares a Line too: only its own tables are created, Order's lines stay.
      List<Written> grown = steps.apply("s02-invoice-with-lines-too", "--yes");
      assertThat(names(grown)).containsExactly("create_invoices");
      assertThat(Files.readString(grown.get(0).up()))
          .contains("CREATE TABLE invoice_lines")
          .contains("CONSTRAINT invoice_lines_sku_key UNIQUE (sku)")
          .doesNotContain("DROP");
      exec(
          db,
          "INSERT INTO invoices (id, version, created_at, updated_at, number) VALUES ('"
              + INVOICE
              + "', 1, now(), now(), 'INV-1')");
      exec(
          db,
          "INSERT INTO invoice_lines (invoice_id, id, position, sku, amount) VALUES ('"
              + INVOICE
              + "', '00000000-0000-0000-0000-000000000021', 0, 'AB-1', 7)");
      assertThat(rows(db, "SELECT sku, qty FROM lines")).containsExactly(List.of("AB-1", "2"));
      assertThat(project.snapshot().tables())
          .extracting(Table::name)
          .contains("lines", "invoice_lines");

      // Bill, declared before Order, takes the bare name Line; Order's entity pins its table, so
      // nothing of Order's or Invoice's changes in the database.
      assertThat(names(steps.apply("s03-bill-before-order-pins-the-table", "--yes")))
          .containsExactly("create_bills");
      assertThat(rows(db, "SELECT sku, qty FROM lines")).containsExactly(List.of("AB-1", "2"));
      assertThat(rows(db, "SELECT sku, amount FROM invoice_lines"))
          .containsExactly(List.of("AB-1", "7"));
      steps.downToZeroAndUp();
    }
  }

  private static List<String> names(List<Written> migrations) {
    return migrations.stream().map(Written::name).toList();
  }
}
