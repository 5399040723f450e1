package dev.dddgen.stack.java;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.dddgen.cli.CliRunner;
import dev.dddgen.cli.JavaRegenerationTest;
import dev.dddgen.schema.TestPostgres;
import dev.dddgen.testing.GeneratedBuilds;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The generated Java backend of examples/library-java is built for real: {@code mvnw -B verify}
 * (its unit, web-layer, ArchUnit and repository tests, the latter against the suite's PostgreSQL
 * through DATABASE_URL), then its jar is started and driven over HTTP where the library's own rules
 * and the server's timeouts show; what every target must answer alike is the conformance suite's
 * ({@code dev.dddgen.conformance}). The project built is a regenerated one, as a user's would be:
 * generated, edited by hand (an entity method, a DTO, a controller, a Flyway migration: {@link
 * JavaRegenerationTest#EDITS}), given a new field and a new aggregate, generated again (merged);
 * the edits must work in the served jar. Maven needs its registry (or a filled local repository):
 * without it the test is skipped, unless {@code CI=true}: then it fails.
 */
class JavaBuildTest {
  private static final Path REPO =
      Path.of(System.getProperty("dddgen.repo", "..")).toAbsolutePath().normalize();
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static TestPostgres postgres;

  @BeforeAll
  static void needsMavenCentral() throws Exception {
    boolean reachable =
        Files.isDirectory(
                Path.of(
                    System.getProperty("user.home"),
                    ".m2/repository/org/springframework/boot/spring-boot-starter-parent",
                    JavaProject.SPRING_BOOT))
            || springBootResolves();
    if (!reachable && "true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(
          "Maven Central is not reachable (CI=true: building the generated Java code is required)");
    }
    Assumptions.assumeTrue(
        reachable, "Maven Central is not reachable: the generated Java code is not built");
    postgres = TestPostgres.start();
  }

  /**
   * Whether Maven, through the repository's own wrapper, can fetch the generated project's parent:
   * it finds its registry itself, so this test names none.
   */
  private static boolean springBootResolves() throws Exception {
    Process maven =
        new ProcessBuilder(
                REPO.resolve("mvnw").toString(),
                "-B",
                "-q",
                "dependency:get",
                "-Dtransitive=false",
                "-Dartifact=org.springframework.boot:spring-boot-starter-parent:"
                    + JavaProject.SPRING_BOOT
                    + ":pom")
            .directory(REPO.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!maven.waitFor(3, java.util.concurrent.TimeUnit.MINUTES)) {
      maven.destroyForcibly();
      return false;
    }
    return maven.exitValue() == 0;
  }

  @AfterAll
  static void stop() throws Exception {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void theLibraryRegeneratedWithHandEditsBuildsPassesItsTestsAndServesTheContract(@TempDir Path dir)
      throws Exception {
    try (TestPostgres.Database database = postgres.newDatabase()) {
      Path output = regenerated(dir);
      build(output, database);
      String spec = Files.readString(output.resolve("src/main/resources/openapi.yaml"));
      serve(
          jar(output),
          database.migrateUrl(),
          (http, log, databaseUrl) -> {
            OpenAPI api = servesItsOpenApiDocument(http, spec);
            contract(http, log, databaseUrl);
            handEditsAndAdditions(http, database);
            everyStatusIsDocumented(api, http.exchanges());
          });
      // The Makefile's migrations, as its README says: down rolls back the newest, up applies it
      // again.
      Map<String, String> env = Map.of("DATABASE_URL", database.migrateUrl());
      assertThat(GeneratedBuilds.run(output, env, "make", "migrate-down"))
          .contains("rolled back V6__add_subtitle_to_books.sql; now at V5");
      assertThat(GeneratedBuilds.run(output, env, "make", "migrate-up"))
          .contains("applied 1 migration(s); now at V6");
      assertThat(GeneratedBuilds.run(output, env, "make", "migrate-up"))
          .contains("applied 0 migration(s); now at V6");
    }
  }

  /**
   * examples/library-java generated in {@code dir}, edited, evolved and generated again with {@code
   * --yes}; {@code check} must then pass. Returns the output folder.
   */
  private static Path regenerated(Path dir) throws Exception {
    Path definition = dir.resolve("dddgen.yaml");
    Files.copy(REPO.resolve("examples/library-java/dddgen.yaml"), definition);
    CliRunner.Result first = CliRunner.run("generate", "-q", "-f", definition.toString());
    assertThat(first.exitCode()).as(first.describe()).isZero();
    Path output = dir.resolve("backend");
    JavaRegenerationTest.edit(output);
    Files.writeString(definition, JavaRegenerationTest.evolved(Files.readString(definition)));
    CliRunner.Result merged = CliRunner.run("generate", "--yes", "-f", definition.toString());
    assertThat(merged.exitCode()).as(merged.describe()).isZero();
    assertThat(merged.stdout()).contains("merge  ").contains("edited  ");
    CliRunner.Result check = CliRunner.run("check", "-f", definition.toString());
    assertThat(check.exitCode()).as(check.describe()).isZero();
    return output;
  }

  /**
   * Its repository tests run with no DATABASE_URL (and no Docker here): in the embedded PostgreSQL
   * the generated TestDatabase starts, as a new user's first {@code ./mvnw verify} would.
   */
  @Test
  void anAwkwardDefinitionBuildsAndPassesItsTestsWithoutDatabaseUrl(@TempDir Path dir)
      throws Exception {
    Path output = dir.resolve("backend");
    CliRunner.Result generated =
        CliRunner.run(
            "generate",
            "-f",
            REPO.resolve("cli/src/test/resources/java/edge.yaml").toString(),
            "-o",
            output.toString());
    assertThat(generated.exitCode()).as(generated.describe()).isZero();
    String log = GeneratedBuilds.mavenVerify(output, null);
    assertThat(log).containsPattern("Tests run: [1-9][0-9]*, .* in .*RepositoryTest");
    try (TestPostgres.Database database = postgres.newDatabase()) {
      serve(jar(output), database.migrateUrl(), JavaBuildTest::edgeContract);
    }
  }

  /**
   * The shop (roles, an owned aggregate, an owner bypass) on the Java target: its generated tests,
   * the security ones among them (every route against tokens from a local JWKS), pass in its
   * verify.
   */
  @Test
  void theSecuredShopBuildsAndPassesItsSecurityTests(@TempDir Path dir) throws Exception {
    String shop = Files.readString(REPO.resolve("examples/shop/dddgen.yaml"));
    String java =
        shop.replace(
            "target: go, module: github.com/acme/shop", "target: java, module: com.acme.shop");
    assertThat(java).as("the shop's project line").isNotEqualTo(shop);
    Path definition = dir.resolve("dddgen.yaml");
    Files.writeString(definition, java);
    try (TestPostgres.Database database = postgres.newDatabase()) {
      Path output = dir.resolve("backend");
      CliRunner.Result generated =
          CliRunner.run("generate", "-q", "-f", definition.toString(), "-o", output.toString());
      assertThat(generated.exitCode()).as(generated.describe()).isZero();
      String log = build(output, database);
      for (String test : List.of("SecurityTest", "KeysUnavailableTest", "CallerTest")) {
        assertThat(log)
            .containsPattern("Tests run: [1-9][0-9]*, .* in com\\.acme\\.shop\\..*" + test);
      }
    }
  }

  private static Path jar(Path output) throws IOException {
    try (Stream<Path> jars = Files.list(output.resolve("target"))) {
      return jars.filter(p -> p.toString().endsWith("-SNAPSHOT.jar")).findFirst().orElseThrow();
    }
  }

  /** What the edge definition adds over HTTP: enums inside composite value objects, nested too. */
  private static void edgeContract(Http http, Path log, String databaseUrl) throws Exception {
    // default and startsOn are unique, and the generated tests left rows behind.
    int unique = new java.util.Random().nextInt(1, 100_000);
    HttpResponse<String> entry =
        http.send(
            "POST",
            "/entries",
            "{\"class\":\"c\",\"default\":"
                + unique
                + ",\"order\":\"1.5\",\"grade\":\"LOW\",\"startsOn\":\""
                + java.time.LocalDate.of(2100, 1, 1).plusDays(unique)
                + "\",\"now\":\"2024-01-01T00:00:00Z\","
                + "\"span\":{\"from\":\"2024-01-01\",\"level\":\"MID\"}}");
    assertThat(entry.statusCode()).as(entry.body()).isEqualTo(201);
    JsonNode span = JSON.readTree(entry.body()).path("span");
    assertThat(span.path("kind").asString()).as("an enum part's default").isEqualTo("OPEN");
    assertThat(span.path("level").asString()).isEqualTo("MID");
    String entryId = JSON.readTree(entry.body()).path("id").asString();
    String slot =
        "{\"span\":{\"from\":\"2024-02-01\",\"kind\":\"CLOSED\"},\"grade\":\"HIGH\",\"default\":true}";
    HttpResponse<String> item =
        http.send(
            "POST",
            "/items",
            "{\"code\":\"IT-7\",\"entryId\":\""
                + entryId
                + "\",\"state\":\"NEW\",\"slot\":"
                + slot
                + ",\"ports\":[{\"number\":80,\"kind\":\"TCP\","
                + "\"window\":{\"from\":\"2024-03-01\",\"kind\":\"CLOSED\",\"level\":\"LOW\"},\"class\":\"c1\",\"vatID\":\"V1\"}]}");
    assertThat(item.statusCode()).as(item.body()).isEqualTo(201);
    JsonNode created = JSON.readTree(item.body());
    assertThat(created.path("slot").path("span").path("kind").asString()).isEqualTo("CLOSED");
    assertThat(created.path("slot").path("span").path("level").isNull()).isTrue();
    assertThat(created.path("slot").path("grade").asString()).isEqualTo("HIGH");
    assertThat(created.path("ports").get(0).path("window").path("level").asString())
        .isEqualTo("LOW");
    assertThat(created.path("slot").path("default").asBoolean())
        .as("a part named like a keyword")
        .isTrue();
    assertThat(created.path("ports").get(0).path("class").asString())
        .as("an entity field named like a keyword")
        .isEqualTo("c1");
    assertThat(created.path("ports").get(0).path("vatID").asString())
        .as("an acronym keeps its JSON name")
        .isEqualTo("V1");
    HttpResponse<String> got = http.send("GET", "/items/" + created.path("id").asString(), null);
    assertThat(JSON.readTree(got.body())).as("stored and read back").isEqualTo(created);
    HttpResponse<String> badParts =
        http.send(
            "POST",
            "/items",
            "{\"code\":\"IT-8\",\"entryId\":\""
                + entryId
                + "\",\"state\":\"NEW\",\"slot\":{\"span\":{\"from\":\"2024-02-01\",\"days\":0,\"kind\":\"AJAR\",\"level\":\"TOP\"},"
                + "\"grade\":\"MID\"},\"ports\":[{\"number\":81,\"kind\":\"TCP\",\"window\":{\"kind\":\"SHUT\"}}]}");
    assertProblem(badParts, 400);
    assertThat(fields(badParts))
        .as("in part order, as Go reports them")
        .containsExactly(
            "slot.span.days",
            "slot.span.kind",
            "slot.span.level",
            "slot.grade",
            "ports[0].window.from",
            "ports[0].window.kind");
    assertThat(
            JSON.readTree(http.send("GET", "/items/" + created.path("id").asString(), null).body()))
        .as("nothing changed")
        .isEqualTo(created);

    // Enum parameters: one assigning a field, one of their own (with a default), one shared by
    // another command.
    HttpResponse<String> router = http.send("POST", "/routers", "{\"label\":\"r1\"}");
    assertThat(router.statusCode()).as(router.body()).isEqualTo(201);
    String routes = "/routers/" + JSON.readTree(router.body()).path("id").asString();
    HttpResponse<String> badLevel =
        http.send("POST", routes + "/switch", "{\"version\":1,\"mode\":\"B\",\"level\":\"THREE\"}");
    assertProblem(badLevel, 400);
    assertThat(fields(badLevel))
        .as("an unknown value of an enum parameter")
        .containsExactly("level");
    HttpResponse<String> badBoth =
        http.send("POST", routes + "/switch", "{\"version\":1,\"mode\":\"D\",\"level\":\"one\"}");
    assertProblem(badBoth, 400);
    assertThat(fields(badBoth)).as("in parameter order").containsExactly("mode", "level");
    HttpResponse<String> switched =
        http.send("POST", routes + "/switch", "{\"version\":1,\"mode\":\"B\",\"level\":\"TWO\"}");
    assertThat(switched.statusCode()).as(switched.body()).isEqualTo(200);
    assertThat(JSON.readTree(switched.body()).path("mode").asString()).isEqualTo("B");
    assertThat(JSON.readTree(switched.body()).path("version").asInt()).isEqualTo(2);
    HttpResponse<String> byDefault =
        http.send("POST", routes + "/switch", "{\"version\":2,\"mode\":\"C\"}");
    assertThat(byDefault.statusCode())
        .as("level takes its default: " + byDefault.body())
        .isEqualTo(200);
    assertThat(fields(http.send("POST", routes + "/tune", "{\"version\":3}")))
        .as("required")
        .containsExactly("level");
    assertProblem(http.send("POST", routes + "/tune", "{\"version\":3,\"level\":2}"), 400);
    HttpResponse<String> tuned =
        http.send("POST", routes + "/tune", "{\"version\":3,\"level\":\"ONE\"}");
    assertThat(tuned.statusCode()).as(tuned.body()).isEqualTo(200);
    assertThat(JSON.readTree(tuned.body()).path("version").asInt()).isEqualTo(4);
    assertProblem(http.send("POST", routes + "/switch", "{\"version\":4,\"mode\":\"A\"}"), 409);

    // Go's request timeout (30 s): a read and a write stuck on the database are answered 503.
    String tune = "{\"version\":4,\"level\":\"TWO\"}";
    ExecutorService stuck = Executors.newFixedThreadPool(2);
    try (Connection locker = connect(databaseUrl)) {
      locker.setAutoCommit(false);
      try (Statement statement = locker.createStatement()) {
        statement.execute("LOCK TABLE routers IN ACCESS EXCLUSIVE MODE");
      }
      List<Future<String>> answers =
          List.of(
              stuck.submit(
                  () ->
                      timedExchange(
                          http,
                          "GET " + routes + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")),
              stuck.submit(
                  () ->
                      timedExchange(
                          http,
                          "POST "
                              + routes
                              + "/tune HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                              + "Content-Type: application/json\r\nContent-Length: "
                              + tune.length()
                              + "\r\n\r\n"
                              + tune)));
      for (Future<String> answer : answers) {
        String text = answer.get(90, TimeUnit.SECONDS);
        assertThat(text)
            .as("answered once the request timeout is up")
            .startsWith("HTTP/1.1 503")
            .containsIgnoringCase("Content-Type: application/problem+json")
            .contains("\"detail\":\"The request took too long.\"");
        long seconds = Long.parseLong(text.substring(text.lastIndexOf('\n') + 1));
        assertThat(seconds).as("after the request timeout").isBetween(29L, 45L);
      }
      locker.rollback();
    } finally {
      stuck.shutdownNow();
    }
    assertThat(JSON.readTree(http.send("GET", routes, null).body()).path("version").asInt())
        .as("the stuck write changed nothing")
        .isEqualTo(4);
    assertThat(http.send("POST", routes + "/tune", tune).statusCode())
        .as("served again")
        .isEqualTo(200);
  }

  /**
   * Sends {@code request} on a raw connection: the whole answer, then a line with the seconds it
   * took.
   */
  private static String timedExchange(Http http, String request) throws IOException {
    try (Socket socket = http.socket()) {
      long start = System.nanoTime();
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      String answer = readAll(socket);
      return answer + "\n" + TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
    }
  }

  private static Connection connect(String databaseUrl) throws SQLException {
    URI url = URI.create(databaseUrl);
    String jdbc = "jdbc:postgresql://" + url.getHost() + ":" + url.getPort() + url.getPath();
    String user = url.getUserInfo().split(":")[0];
    String password = url.getUserInfo().contains(":") ? url.getUserInfo().split(":", 2)[1] : "";
    return DriverManager.getConnection(jdbc, user, password);
  }

  /**
   * {@code mvnw -B verify} in {@code output}; every generated test must run, javac warn of nothing.
   * Returns its log.
   */
  private static String build(Path output, TestPostgres.Database database) throws Exception {
    return GeneratedBuilds.mavenVerify(output, database.migrateUrl());
  }

  /** The HTTP checks of one generated service; {@code log} is its output so far. */
  private interface Contract {
    void check(Http http, Path log, String databaseUrl) throws Exception;
  }

  private static void serve(Path jar, String databaseUrl, Contract contract) throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Path log = Files.createTempFile("library-java", ".log");
    ProcessBuilder builder =
        new ProcessBuilder(List.of(javaBinary(), "-jar", jar.toString()))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().put("DATABASE_URL", databaseUrl);
    builder.environment().put("HTTP_ADDR", "127.0.0.1:" + port);
    Process process = builder.start();
    try {
      Http http = new Http("http://127.0.0.1:" + port);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      int ready = -1;
      while (System.nanoTime() < deadline && process.isAlive()) {
        try {
          ready = http.send("GET", "/readyz", null).statusCode();
          if (ready == 200) {
            break;
          }
        } catch (IOException e) {
          // not listening yet
        }
        Thread.sleep(250);
      }
      assertThat(ready).as("GET /readyz; log:\n%s", Files.readString(log)).isEqualTo(200);
      contract.check(http, log, databaseUrl);
      assertThat(Files.readString(log)).as("no personal data in the log").doesNotContain("ann.");
    } finally {
      process.destroy();
      process.waitFor(20, TimeUnit.SECONDS);
      process.destroyForcibly();
      Files.deleteIfExists(log);
    }
  }

  /**
   * GET /openapi.yaml is the generated document, as YAML, whatever the Accept header, and valid.
   */
  private static OpenAPI servesItsOpenApiDocument(Http http, String spec) throws Exception {
    HttpResponse<String> served = http.send("GET", "/openapi.yaml", null);
    assertThat(served.statusCode()).isEqualTo(200);
    assertThat(served.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/yaml");
    assertThat(served.body()).isEqualTo(spec);
    HttpResponse<String> asJson =
        http.send("GET", "/openapi.yaml", null, Map.of("Accept", "application/json"));
    assertThat(asJson.statusCode()).isEqualTo(200);
    assertThat(asJson.body()).isEqualTo(spec);
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult parsed = new OpenAPIParser().readContents(served.body(), null, options);
    assertThat(parsed.getMessages()).isEmpty();
    assertThat(parsed.getOpenAPI().getPaths())
        .containsKeys("/people", "/books/{id}", "/loans/{id}/return", "/openapi.yaml");
    return parsed.getOpenAPI();
  }

  /**
   * The running service answers a documented operation only with a status its document lists (or
   * with the operation's default problem, which only 5xx may use): routes the document does not
   * have (GET /no-such-thing, DELETE of an aggregate without a delete command) are left out.
   */
  private static void everyStatusIsDocumented(OpenAPI api, List<String[]> exchanges) {
    int checked = 0;
    for (String[] exchange : exchanges) {
      String method = exchange[0];
      String path = exchange[1].replaceFirst("\\?.*", "");
      int status = Integer.parseInt(exchange[2]);
      for (var entry : api.getPaths().entrySet()) {
        String pattern = entry.getKey().replaceAll("\\{[^/]+}", "[^/]+");
        var operation =
            entry.getValue().readOperationsMap().get(PathItem.HttpMethod.valueOf(method));
        if (path.matches(pattern) && operation != null) {
          assertThat(operation.getResponses().containsKey(String.valueOf(status)) || status >= 500)
              .as(
                  "%s %s answered %d, which the document lists for %s %s only as %s",
                  method,
                  exchange[1],
                  status,
                  method,
                  entry.getKey(),
                  operation.getResponses().keySet())
              .isTrue();
          checked++;
        }
      }
    }
    assertThat(checked).as("exchanges checked against the document").isGreaterThan(40);
  }

  private static void contract(Http http, Path log, String databaseUrl) throws Exception {
    // The server's timeouts take seconds to show: they are watched while the rest is checked.
    ExecutorService slow = Executors.newFixedThreadPool(3);
    Future<?> head = slow.submit(() -> headTimeout(http));
    Future<?> body = slow.submit(() -> bodyTimeout(http));
    Future<?> idle = slow.submit(() -> idleConnectionKept(http));
    slow.shutdown();
    String email = "ann." + UUID.randomUUID() + "@example.com";
    HttpResponse<String> created =
        http.send(
            "POST", "/people", "{\"name\":\"Ann\",\"email\":\"" + email + "\",\"memberNo\":7}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode person = JSON.readTree(created.body());
    String id = person.path("id").asString();
    assertThat(created.headers().firstValue("Location")).hasValue("/people/" + id);
    assertThat(person.path("version").asLong()).isEqualTo(1);
    assertThat(person.path("active").asBoolean()).as("default").isTrue();
    assertThat(person.path("phone").isNull()).as("optional field is null").isTrue();
    assertThat(person.path("createdAt").asString()).isEqualTo(person.path("updatedAt").asString());

    HttpResponse<String> got = http.send("GET", "/people/" + id, null);
    assertThat(got.statusCode()).isEqualTo(200);
    assertThat(got.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    assertThat(JSON.readTree(got.body())).as("GET returns what POST returned").isEqualTo(person);
    // Sent whole with its length, in one write, as the Go service sends it (SizedJson): not
    // chunked.
    assertThat(got.headers().firstValueAsLong("Content-Length"))
        .hasValue(got.body().getBytes(StandardCharsets.UTF_8).length);
    assertThat(got.headers().firstValue("Transfer-Encoding")).isEmpty();

    HttpResponse<String> invalid =
        http.send("POST", "/people", "{\"name\":\"\",\"email\":\"not-an-email\",\"memberNo\":0}");
    assertProblem(invalid, 400);
    assertThat(fields(invalid))
        .as("all problems at once, in field order")
        .containsExactly("name", "email", "memberNo");
    assertThat(invalid.body())
        .as("the rejected value is not echoed")
        .doesNotContain("not-an-email");
    assertThat(fields(http.send("POST", "/people", "{}")))
        .containsExactly("name", "email", "memberNo");
    // JSON types as strict as Go's encoding/json (decimals excepted, which accept both forms there
    // too).
    for (String wrongType :
        List.of("\"memberNo\":\"17\"", "\"memberNo\":17.5", "\"memberNo\":\"\"")) {
      HttpResponse<String> refused =
          http.send("POST", "/people", "{\"name\":\"G\",\"email\":\"g@h\"," + wrongType + "}");
      assertProblem(refused, 400);
      assertThat(fields(refused)).as(wrongType).containsExactly("memberNo");
    }
    refusedNaming(
        http,
        "/people",
        "{\"name\":\"G\",\"email\":\"g@h\",\"memberNo\":17,\"active\":\"true\"}",
        "active");
    refusedNaming(http, "/people", "{\"name\":12,\"email\":\"g@h\",\"memberNo\":17}", "name");

    // Books: an enum and a decimal-free mix of defaults, a reserved column name, paging with a
    // filter.
    for (String isbn : List.of("9780000000001", "9780000000002", "9790000000003")) {
      HttpResponse<String> book =
          http.send(
              "POST",
              "/books",
              "{\"isbn\":\""
                  + isbn
                  + "\",\"title\":\"T\",\"order\":2,"
                  + "\"type\":\""
                  + (isbn.startsWith("979") ? "EBOOK" : "HARDCOVER")
                  + "\",\"catalogId\":\""
                  + UUID.randomUUID()
                  + "\"}");
      assertThat(book.statusCode()).as(book.body()).isEqualTo(201);
      assertThat(JSON.readTree(book.body()).path("publishedOn").asString()).isEqualTo("2000-01-01");
    }
    JsonNode page1 = JSON.readTree(http.send("GET", "/books?type=HARDCOVER&limit=1", null).body());
    assertThat(page1.path("items").size()).isEqualTo(1);
    String cursor = page1.path("nextCursor").asString();
    assertThat(cursor).as("a full page has a next cursor").isNotBlank();
    JsonNode page2 =
        JSON.readTree(
            http.send("GET", "/books?type=HARDCOVER&limit=1&cursor=" + cursor, null).body());
    assertThat(page2.path("items").size()).isEqualTo(1);
    assertThat(page2.path("nextCursor").isNull()).as("last page").isTrue();
    assertThat(page2.path("items").get(0).path("id"))
        .isNotEqualTo(page1.path("items").get(0).path("id"));
    refusedNaming(
        http,
        "/books",
        "{\"isbn\":\"123\",\"title\":\"T\",\"shelf\":\"POETRY\",\"catalogId\":\""
            + UUID.randomUUID()
            + "\"}",
        "isbn",
        "shelf");
    refusedNaming(
        http,
        "/people",
        "{\"name\":\"C\",\"email\":\"c@d\",\"memberNo\":3,\"phone\":\"12\"}",
        "phone");
    HttpResponse<String> housed =
        http.send(
            "POST",
            "/people",
            "{\"name\":\"D\",\"email\":\"d@e\",\"memberNo\":4,"
                + "\"address\":{\"street\":\"1 Main St\",\"city\":\"Oslo\",\"location\":{\"lat\":\"59.91\",\"lng\":\"10.75\"}}}");
    assertThat(housed.statusCode()).as(housed.body()).isEqualTo(201);
    JsonNode address = JSON.readTree(housed.body()).path("address");
    assertThat(address.path("city").asString()).isEqualTo("Oslo");
    assertThat(address.path("postcode").isNull()).isTrue();
    assertThat(address.path("location").path("lat").asString()).isEqualTo("59.91");
    readsBack(http, "/people", housed);
    // A stored row is read back as stored, as Go's repositories read it: its values were checked
    // when written, and a constraint tightened since must not make it unreadable.
    String housedId = JSON.readTree(housed.body()).path("id").asString();
    try (Connection db = connect(databaseUrl);
        Statement statement = db.createStatement()) {
      statement.executeUpdate(
          "UPDATE people SET phone = '12', address_street = '' WHERE id = '" + housedId + "'");
    }
    HttpResponse<String> stored = http.send("GET", "/people/" + housedId, null);
    assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
    assertThat(JSON.readTree(stored.body()).path("phone").asString()).isEqualTo("12");
    assertThat(JSON.readTree(stored.body()).path("address").path("street").asString()).isEmpty();
    HttpResponse<String> badAddress =
        http.send(
            "POST",
            "/people",
            "{\"name\":\"E\",\"email\":\"e@f\",\"memberNo\":5,"
                + "\"address\":{\"street\":\"\",\"location\":{\"lat\":\"91\",\"lng\":\"0\"}}}");
    assertProblem(badAddress, 400);
    assertThat(fields(badAddress))
        .containsExactlyInAnyOrder("address.street", "address.city", "address.location.lat");
    assertProblem(
        http.send(
            "POST",
            "/people",
            "{\"name\":\"F\",\"email\":\"f@g\",\"memberNo\":6,"
                + "\"address\":{\"street\":\"x\",\"city\":\"y\",\"floor\":3}}"),
        400);
    HttpResponse<String> badFilter = http.send("GET", "/books?type=COMIC&limit=0", null);
    assertProblem(badFilter, 400);
    assertThat(fields(badFilter)).containsExactly("type", "limit");
    String bookId = page1.path("items").get(0).path("id").asString();

    // Loans: references, a decimal that keeps its scale, timestamps.
    HttpResponse<String> loan =
        http.send("POST", "/loans", loan(bookId, id, DUE, ",\"fee\":\"12.50\""));
    assertThat(loan.statusCode()).as(loan.body()).isEqualTo(201);
    HttpResponse<String> numericFee =
        http.send("POST", "/loans", loan(bookId, id, DUE, ",\"fee\":12.5"));
    // A decimal is a JSON string, as the spec says and Go reads it: a number, which the client's
    // JSON library may already have rounded, is refused naming the field.
    assertThat(numericFee.statusCode())
        .as("a decimal as a JSON number: %s", numericFee.body())
        .isEqualTo(400);
    assertThat(numericFee.body())
        .contains(
            "{\"field\":\"fee\",\"message\":\"must be a decimal number in a string, such as"
                + " \\\"12.50\\\"\"}");
    assertThat(JSON.readTree(loan.body()).path("fee").asString()).isEqualTo("12.50");
    assertThat(JSON.readTree(loan.body()).path("status").asString()).isEqualTo("OPEN");
    String loanId = JSON.readTree(loan.body()).path("id").asString();

    // Child entities: stored with their aggregate, checked under their index.
    HttpResponse<String> renewed =
        http.send("POST", "/loans", loan(bookId, id, DUE, renewal(id, "")));
    assertThat(renewed.statusCode()).as(renewed.body()).isEqualTo(201);
    JsonNode renewal = JSON.readTree(renewed.body()).path("renewals").get(0);
    assertThat(renewal.path("id").asString()).isNotBlank();
    assertThat(renewal.path("note").isNull()).isTrue();
    readsBack(http, "/loans", renewed);
    refusedNaming(
        http,
        "/loans",
        loan(bookId, id, DUE, ",\"renewals\":[{\"byPersonId\":\"" + id + "\"}]"),
        "renewals[0].renewedAt");
    refusedNaming(
        http,
        "/loans",
        loan(bookId, id, DUE, renewal(UUID.randomUUID().toString(), "")),
        "renewals");
    assertThat(fields(http.send("GET", "/loans?personId=" + id + "&limit=10", null))).isEmpty();
    assertThat(
            JSON.readTree(http.send("GET", "/loans?personId=" + id + "&limit=10", null).body())
                .path("items")
                .size())
        .as("the refused loans (the numeric fee among them) were not stored, not even in part")
        .isEqualTo(2);

    // Actions: guards, assignments, optimistic concurrency.
    HttpResponse<String> returned =
        http.send(
            "POST",
            "/loans/" + loanId + "/return",
            "{\"version\":1,\"returnedAt\":\"2024-02-01T11:00:00Z\"}");
    assertThat(returned.statusCode()).as(returned.body()).isEqualTo(200);
    assertThat(JSON.readTree(returned.body()).path("status").asString()).isEqualTo("RETURNED");
    assertThat(JSON.readTree(returned.body()).path("version").asLong()).isEqualTo(2);
    HttpResponse<String> again =
        http.send(
            "POST",
            "/loans/" + loanId + "/return",
            "{\"version\":2,\"returnedAt\":\"2024-02-01T11:00:00Z\"}");
    assertProblem(again, 409);
    assertThat(JSON.readTree(again.body()).path("detail").asString())
        .isEqualTo("ReturnLoan is allowed only when status is OPEN.");
    assertProblem(
        http.send("POST", "/loans/" + loanId + "/charge-fee", "{\"version\":1,\"fee\":\"3.00\"}"),
        409);
    HttpResponse<String> fee =
        http.send("POST", "/loans/" + loanId + "/charge-fee", "{\"version\":2,\"fee\":\"3.00\"}");
    assertThat(fee.statusCode()).as(fee.body()).isEqualTo(200);
    assertThat(JSON.readTree(fee.body()).path("fee").asString()).isEqualTo("3.00");
    HttpResponse<String> noParams =
        http.send("POST", "/loans/" + loanId + "/renew", "{\"version\":3}");
    assertProblem(noParams, 400);
    assertThat(fields(noParams)).containsExactly("dueAt", "reason");

    // JSON types as Go checks them: no number for a date or a timestamp, nested paths as Go names
    // them (an item of a list by its index).
    Map<String, String> wrongTypes = new java.util.LinkedHashMap<>();
    wrongTypes.put(
        "/people",
        "{\"name\":\"H\",\"email\":\"h@i\",\"memberNo\":9,\"birthDate\":19000}=birthDate");
    wrongTypes.put("/loans", loan(bookId, id, "1706691600", "") + "=dueAt");
    wrongTypes.put("/loans#offset", loan(bookId, id, "\"2024-02-01T10:00:00\"", "") + "=dueAt");
    wrongTypes.put(
        "/people#nested",
        "{\"name\":\"H\",\"email\":\"h@i\",\"memberNo\":9,\"address\":{\"street\":12}}=address.street");
    wrongTypes.put(
        "/people#deeper",
        "{\"name\":\"H\",\"email\":\"h@i\",\"memberNo\":9,\"address\":{\"street\":\"s\","
            + "\"city\":\"c\",\"location\":{\"lat\":true}}}=address.location.lat");
    wrongTypes.put(
        "/loans#item", loan(bookId, id, DUE, renewal(id, ",\"note\":5")) + "=renewals[0].note");
    for (Map.Entry<String, String> wrong : wrongTypes.entrySet()) {
      String path = wrong.getKey().replaceAll("#.*", "");
      String field = wrong.getValue().substring(wrong.getValue().lastIndexOf('=') + 1);
      HttpResponse<String> refused =
          http.send("POST", path, wrong.getValue().substring(0, wrong.getValue().lastIndexOf('=')));
      assertProblem(refused, 400);
      assertThat(fields(refused)).as(wrong.getKey()).containsExactly(field);
      assertThat(JSON.readTree(refused.body()).path("detail").asString())
          .as("Go's words")
          .isEqualTo("The request has invalid fields.");
    }

    // A client that hangs up while its request waits on the database: no server error, as in Go.
    String hungUp = hangUp(http, databaseUrl, "people", "/people/" + id, false);
    assertThat(accessStatus(log, hungUp))
        .as("status logged for the abandoned request")
        .isLessThan(500);
    // One that resets the connection makes the answer's write fail: logged 499, as Go logs it.
    String longTitle = "T".repeat(250);
    for (int i = 0; i < 40; i++) {
      HttpResponse<String> book =
          http.send(
              "POST",
              "/books",
              "{\"isbn\":\"97810000"
                  + String.format("%05d", i)
                  + "\",\"title\":\""
                  + longTitle
                  + "\",\"catalogId\":\""
                  + UUID.randomUUID()
                  + "\"}");
      assertThat(book.statusCode()).as(book.body()).isEqualTo(201);
    }
    String reset = hangUp(http, databaseUrl, "books", "/books?limit=100", true);
    assertThat(accessStatus(log, reset)).as("status logged for the reset request").isEqualTo(499);
    assertThat(http.send("GET", "/people/" + id, null).statusCode())
        .as("the service still serves")
        .isEqualTo(200);

    head.get(30, TimeUnit.SECONDS);
    body.get(60, TimeUnit.SECONDS);
    idle.get(30, TimeUnit.SECONDS);
    assertThat(Files.readAllLines(log))
        .as("no request was a server error")
        .noneMatch(line -> line.contains(" ERROR "));
  }

  /** Go's ReadHeaderTimeout (5 s): a request head that never ends is dropped without an answer. */
  private static Void headTimeout(Http http) throws Exception {
    try (Socket socket = http.socket()) {
      long start = System.nanoTime();
      socket
          .getOutputStream()
          .write("GET /readyz HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));
      String answer = readAll(socket);
      long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
      assertThat(answer).as("no answer to half a request head").isEmpty();
      assertThat(seconds).as("dropped after the head timeout").isBetween(4L, 10L);
    }
    return null;
  }

  /**
   * Go's ReadTimeout (15 s): a body that stops arriving is answered 400 problem+json once the body
   * timeout is up, and the connection closed then (Tomcat would answer 408 and drain for 15 s
   * more).
   */
  private static Void bodyTimeout(Http http) throws Exception {
    try (Socket socket = http.socket()) {
      long start = System.nanoTime();
      socket
          .getOutputStream()
          .write(
              ("POST /people HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                      + "Content-Length: 40\r\n\r\n{\"name\":")
                  .getBytes(StandardCharsets.US_ASCII));
      String answer = readAll(socket);
      long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
      assertThat(answer).as("answered after the body timeout").startsWith("HTTP/1.1 400");
      assertThat(answer)
          .containsIgnoringCase("Content-Type: application/problem+json")
          .contains(
              "\"status\":400",
              "\"detail\":\"The request body was not received in time.\"",
              "\"instance\":\"/people\"");
      assertThat(seconds).as("answered and closed once the body timeout is up").isBetween(14L, 20L);
    }
    return null;
  }

  /** Go's IdleTimeout (60 s): a kept-alive connection still serves after several idle seconds. */
  private static Void idleConnectionKept(Http http) throws Exception {
    try (Socket socket = http.socket()) {
      byte[] request =
          "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
      socket.getOutputStream().write(request);
      assertThat(readResponse(socket)).startsWith("HTTP/1.1 200");
      Thread.sleep(8000);
      socket.getOutputStream().write(request);
      assertThat(readResponse(socket))
          .as("the same connection after 8 idle seconds")
          .startsWith("HTTP/1.1 200");
    }
    return null;
  }

  /**
   * Sends a GET on a raw connection while {@code table} is locked, hangs up (with a reset when
   * {@code reset}) once the request waits on the lock, then lets it finish; returns its request id.
   */
  private static String hangUp(
      Http http, String databaseUrl, String table, String path, boolean reset) throws Exception {
    String requestId = "hangup-" + UUID.randomUUID();
    try (Connection locker = connect(databaseUrl);
        Connection watcher = connect(databaseUrl)) {
      locker.setAutoCommit(false);
      try (Statement statement = locker.createStatement()) {
        statement.execute("LOCK TABLE " + table + " IN ACCESS EXCLUSIVE MODE");
      }
      try (Socket socket = http.socket()) {
        socket
            .getOutputStream()
            .write(
                ("GET " + path + " HTTP/1.1\r\nHost: x\r\nX-Request-Id: " + requestId + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!waitsOnLock(watcher)) {
          assertThat(System.nanoTime()).as("the request waits on the lock").isLessThan(deadline);
          Thread.sleep(20);
        }
        if (reset) {
          socket.setSoLinger(true, 0);
        }
      }
      Thread.sleep(200);
      locker.rollback();
    }
    return requestId;
  }

  private static boolean waitsOnLock(Connection watcher) throws SQLException {
    try (Statement statement = watcher.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT count(*) FROM pg_stat_activity "
                    + "WHERE datname = current_database() AND wait_event_type = 'Lock'")) {
      return rows.next() && rows.getInt(1) > 0;
    }
  }

  /** The status the access log records for {@code requestId}, once it is there. */
  private static int accessStatus(Path log, String requestId) throws Exception {
    Pattern line = Pattern.compile("status=(\\d+) .*requestId=" + Pattern.quote(requestId));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    while (System.nanoTime() < deadline) {
      for (String text : Files.readAllLines(log)) {
        Matcher m = line.matcher(text);
        if (m.find()) {
          return Integer.parseInt(m.group(1));
        }
      }
      Thread.sleep(50);
    }
    return fail("no access log line for " + requestId);
  }

  /** Everything the server sends until it closes the connection. */
  private static String readAll(Socket socket) throws IOException {
    socket.setSoTimeout(60_000);
    try {
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
    } catch (java.net.SocketException e) {
      return "";
    }
  }

  /** One response of a kept-alive connection (head and a Content-Length body). */
  private static String readResponse(Socket socket) throws IOException {
    socket.setSoTimeout(10_000);
    java.io.InputStream in = socket.getInputStream();
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        return head.toString();
      }
      head.append((char) b);
    }
    Matcher length = Pattern.compile("(?i)content-length: *(\\d+)").matcher(head);
    if (length.find()) {
      in.readNBytes(Integer.parseInt(length.group(1)));
    } else if (head.toString()
        .toLowerCase(java.util.Locale.ROOT)
        .contains("transfer-encoding: chunked")) {
      StringBuilder chunks = new StringBuilder();
      while (!chunks.toString().endsWith("\r\n0\r\n\r\n")
          && !chunks.toString().equals("0\r\n\r\n")) {
        int b = in.read();
        if (b < 0) {
          break;
        }
        chunks.append((char) b);
      }
    }
    return head.toString();
  }

  /** What {@link #regenerated} added and kept, as the served jar shows it. */
  private static void handEditsAndAdditions(Http http, TestPostgres.Database database)
      throws Exception {
    HttpResponse<String> book =
        http.send(
            "POST",
            "/books",
            "{\"isbn\":\"9780000000009\",\"title\":\"Dune\","
                + "\"subtitle\":\"Book One\",\"catalogId\":\""
                + UUID.randomUUID()
                + "\"}");
    assertThat(book.statusCode()).as(book.body()).isEqualTo(201);
    assertThat(book.headers().firstValue("X-Mine")).as("the controller's edit").hasValue("yes");
    JsonNode created = JSON.readTree(book.body());
    assertThat(created.path("subtitle").asString()).as("the new field").isEqualTo("Book One");
    assertThat(created.has("grouped"))
        .as("a method added to the DTO record is no property")
        .isFalse();
    String id = created.path("id").asString();
    HttpResponse<String> revised =
        http.send(
            "PUT",
            "/books/" + id,
            "{\"version\":1,\"isbn\":\"9780000000009\","
                + "\"title\":\"  Dune  \",\"catalogId\":\""
                + created.path("catalogId").asString()
                + "\"}");
    assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
    assertThat(JSON.readTree(revised.body()).path("title").asString())
        .as("the entity method's edit")
        .isEqualTo("Dune");
    assertThat(JSON.readTree(revised.body()).path("subtitle").isNull()).isTrue();

    HttpResponse<String> author = http.send("POST", "/authors", "{\"name\":\"Frank Herbert\"}");
    assertThat(author.statusCode()).as("the new aggregate: %s", author.body()).isEqualTo(201);
    String authorId = JSON.readTree(author.body()).path("id").asString();
    assertThat(
            JSON.readTree(http.send("GET", "/authors/" + authorId, null).body())
                .path("name")
                .asString())
        .isEqualTo("Frank Herbert");
    HttpResponse<String> nameless = http.send("POST", "/authors", "{\"name\":\"\"}");
    assertProblem(nameless, 400);
    assertThat(fields(nameless)).containsExactly("name");

    try (java.sql.Connection db = database.dataSource().getConnection();
        java.sql.Statement statement = db.createStatement();
        java.sql.ResultSet indexes =
            statement.executeQuery(
                "SELECT indexname FROM pg_indexes WHERE tablename = 'books' ORDER BY indexname")) {
      List<String> names = new java.util.ArrayList<>();
      while (indexes.next()) {
        names.add(indexes.getString(1));
      }
      assertThat(names)
          .as("the index added by hand to V2__create_books.sql")
          .contains("books_title_idx");
    }
  }

  private static final String DUE = "\"2024-02-01T10:00:00Z\"";

  /** A loan's create body: {@code dueAt} as JSON, then {@code more} members, each after a comma. */
  private static String loan(String bookId, String personId, String dueAt, String more) {
    return "{\"bookId\":\""
        + bookId
        + "\",\"personId\":\""
        + personId
        + "\",\"dueAt\":"
        + dueAt
        + more
        + "}";
  }

  /** A loan's list of one renewal by {@code personId}, with {@code more} members. */
  private static String renewal(String personId, String more) {
    return ",\"renewals\":[{\"renewedAt\":\"2024-01-20T10:00:00Z\",\"byPersonId\":\""
        + personId
        + "\""
        + more
        + "}]";
  }

  /** A GET of what {@code created} made answers what the create answered. */
  private static void readsBack(Http http, String collection, HttpResponse<String> created)
      throws Exception {
    JsonNode body = JSON.readTree(created.body());
    String item = collection + "/" + body.path("id").asString();
    assertThat(JSON.readTree(http.send("GET", item, null).body())).as(item).isEqualTo(body);
  }

  /** {@code body} POSTed to {@code path} is refused with 400 naming exactly {@code fields}. */
  private static void refusedNaming(Http http, String path, String body, String... fields)
      throws Exception {
    HttpResponse<String> refused = http.send("POST", path, body);
    assertProblem(refused, 400);
    assertThat(fields(refused)).as(body).containsExactly(fields);
  }

  private static void assertProblem(HttpResponse<String> response, int status) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.path("status").asInt()).isEqualTo(status);
    assertThat(problem.path("title").asString()).isNotBlank();
  }

  private static List<String> fields(HttpResponse<String> response) throws Exception {
    return JSON.readTree(response.body())
        .path("errors")
        .valueStream()
        .map(e -> e.path("field").asString())
        .toList();
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** The service's base URL, and every exchange sent: method, path, status. */
  private record Http(String base, List<String[]> exchanges) {
    private static final HttpClient CLIENT =
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Http(String base) {
      this(base, new ArrayList<>());
    }

    /** A raw connection to the service. */
    Socket socket() throws IOException {
      URI uri = URI.create(base);
      return new Socket(uri.getHost(), uri.getPort());
    }

    HttpResponse<String> send(String method, String path, String body)
        throws IOException, InterruptedException {
      return send(method, path, body, Map.of());
    }

    /** Sends with a fresh X-Request-Id and checks it is echoed, as the Go end-to-end test does. */
    HttpResponse<String> send(String method, String path, String body, Map<String, String> headers)
        throws IOException, InterruptedException {
      String requestId = "jbt-" + UUID.randomUUID();
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(base + path))
              .timeout(Duration.ofSeconds(30))
              .header("X-Request-Id", requestId)
              .method(
                  method,
                  body == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
      if (body != null) {
        request.header("Content-Type", "application/json");
      }
      headers.forEach(request::header);
      HttpResponse<String> response =
          CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
      exchanges.add(new String[] {method, path, String.valueOf(response.statusCode())});
      assertThat(response.headers().firstValue("X-Request-Id"))
          .as("request id echoed by %s %s", method, path)
          .hasValue(requestId);
      return response;
    }
  }
}
