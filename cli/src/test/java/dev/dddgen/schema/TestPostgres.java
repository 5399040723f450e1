package dev.dddgen.schema;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A PostgreSQL server for tests: the one {@code DATABASE_URL} names ({@code
 * postgres://user:pass@host:port/db}), else an embedded one (zonky, binaries from Maven Central).
 * One per test class ({@link #start()} in {@code @BeforeAll}, {@link #close()} in
 * {@code @AfterAll}); every test gets a fresh database of its own from {@link #newDatabase()}.
 */
public final class TestPostgres implements AutoCloseable {
  private final EmbeddedPostgres embedded;
  private final String host;
  private final int port;
  private final String user;
  private final String password;
  private final String adminDatabase;

  private TestPostgres(
      EmbeddedPostgres embedded,
      String host,
      int port,
      String user,
      String password,
      String adminDatabase) {
    this.embedded = embedded;
    this.host = host;
    this.port = port;
    this.user = user;
    this.password = password;
    this.adminDatabase = adminDatabase;
  }

  public static TestPostgres start() throws IOException {
    String url = System.getenv("DATABASE_URL");
    if (url != null && !url.isBlank()) {
      URI uri = URI.create(url.trim());
      String userInfo = uri.getRawUserInfo() == null ? "" : uri.getRawUserInfo();
      int colon = userInfo.indexOf(':');
      String user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
      String password = colon < 0 ? "" : decode(userInfo.substring(colon + 1));
      String database =
          uri.getPath() == null || uri.getPath().length() <= 1
              ? "postgres"
              : uri.getPath().substring(1);
      return new TestPostgres(
          null, uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), user, password, database);
    }
    EmbeddedPostgres embedded = EmbeddedPostgres.start();
    return new TestPostgres(embedded, "localhost", embedded.getPort(), "postgres", "", "postgres");
  }

  /** A new, empty database; dropped by {@link Database#close()}. */
  public Database newDatabase() throws SQLException {
    String name =
        "dddgen_"
            + UUID.randomUUID()
                .toString()
                .replace("-", "")
                .substring(0, 16)
                .toLowerCase(Locale.ROOT);
    try (Connection admin = connect(adminDatabase);
        Statement statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    }
    return new Database(name);
  }

  String describe() {
    return embedded != null
        ? "embedded PostgreSQL on port " + port
        : "DATABASE_URL server " + host + ":" + port;
  }

  private Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://" + host + ":" + port + "/" + database, user, password);
  }

  @Override
  public void close() throws IOException {
    if (embedded != null) {
      embedded.close();
    }
  }

  private static String decode(String text) {
    return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  /** One test's database. */
  public final class Database implements AutoCloseable {
    private final String name;

    private Database(String name) {
      this.name = name;
    }

    String name() {
      return name;
    }

    Connection connect() throws SQLException {
      return TestPostgres.this.connect(name);
    }

    /** A JDBC data source for this database (for Flyway). */
    public javax.sql.DataSource dataSource() {
      org.postgresql.ds.PGSimpleDataSource source = new org.postgresql.ds.PGSimpleDataSource();
      source.setServerNames(new String[] {host});
      source.setPortNumbers(new int[] {port});
      source.setDatabaseName(name);
      source.setUser(user);
      source.setPassword(password);
      return source;
    }

    /**
     * The URL golang-migrate takes: {@code postgres://user[:pass]@host:port/db?sslmode=disable}.
     */
    public String migrateUrl() {
      String credentials = encode(user) + (password.isEmpty() ? "" : ":" + encode(password));
      return "postgres://"
          + credentials
          + "@"
          + host
          + ":"
          + port
          + "/"
          + name
          + "?sslmode=disable";
    }

    @Override
    public void close() throws SQLException {
      try (Connection admin = TestPostgres.this.connect(adminDatabase);
          Statement statement = admin.createStatement()) {
        statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      }
    }

    private static String encode(String text) {
      return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
  }
}
