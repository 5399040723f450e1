package dev.dddgen.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.dddgen.api.Api;
import dev.dddgen.cli.CliRunner;
import dev.dddgen.definition.DefinitionLoader;
import dev.dddgen.fuzz.Schemathesis;
import dev.dddgen.fuzz.SchemathesisConfig;
import dev.dddgen.schema.TestPostgres;
import dev.dddgen.testing.IdentityProvider;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The black-box conformance suite (issue #16): each definition is generated for every target, each
 * service built once and started on a fresh PostgreSQL database, and the same cases, derived from
 * the target-neutral {@link Api}, are run against each over HTTP. Every case states what the
 * contract requires; then every target must answer each case as Go does (status, the contract's
 * headers, the problem body member by member): a differential check, with no allowance for any
 * target. Without Go or Spring Boot in the local Maven repository the class is skipped, unless
 * {@code CI=true}: then it fails.
 */
class ConformanceTest {
  private static final List<String> TARGETS = List.of(Targets.GO, Targets.JAVA);

  /** Cases per operation and phase: enough to find a disagreement, few enough for CI. */
  private static final int FUZZ_EXAMPLES = 15;

  /** Without a token every protected operation refuses alike: fewer cases find a leak as well. */
  private static final int FUZZ_EXAMPLES_WITHOUT_TOKEN = 5;

  private static TestPostgres postgres;

  static Stream<String> definitions() {
    return Stream.of(
        "examples/shop/dddgen.yaml", "cli/src/test/resources/conformance/reserved.yaml");
  }

  @BeforeAll
  static void start() throws Exception {
    var missing = Targets.missingToolchain();
    if (missing.isPresent() && "true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(missing.get() + " (CI=true: the conformance suite is required)");
    }
    Assumptions.assumeTrue(missing.isEmpty(), () -> missing.get() + ": conformance suite skipped");
    postgres = TestPostgres.start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (postgres != null) {
      postgres.close();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("definitions")
  void everyTargetKeepsTheContract(String definition, @TempDir Path dir) throws Exception {
    Path file = CliRunner.repo().resolve(definition);
    Api api = Api.of(DefinitionLoader.load(file, definition));
    Map<String, List<Outcome>> outcomes = new LinkedHashMap<>();
    for (String target : TARGETS) {
      outcomes.put(target, runOn(target, api, file, Files.createDirectories(dir.resolve(target))));
    }
    List<String> problems = new ArrayList<>();
    List<Outcome> reference = outcomes.get(Targets.GO);
    for (String target : TARGETS) {
      int passed = 0;
      for (Outcome outcome : outcomes.get(target)) {
        List<String> broken = new ArrayList<>(outcome.violations());
        if (!target.equals(Targets.GO)) {
          broken.addAll(differences(reference, outcome));
        }
        if (broken.isEmpty()) {
          passed++;
        } else {
          problems.add(
              target
                  + " | "
                  + outcome.name()
                  + " | "
                  + outcome.request()
                  + "\n    "
                  + String.join("\n    ", broken)
                  + "\n    answer: "
                  + outcome.answer().describe());
        }
      }
      System.out.printf(
          "conformance %s on %s: %d cases run, %d passed%n",
          definition, target, outcomes.get(target).size(), passed);
    }
    assertThat(problems).as("conformance of %s", definition).isEmpty();
  }

  private static List<Outcome> runOn(String target, Api api, Path definition, Path dir)
      throws Exception {
    try (TestPostgres.Database database = postgres.newDatabase()) {
      Targets.Built built = Targets.build(target, definition, dir);
      Service service = built.start(database.migrateUrl(), ServiceCases.environment());
      List<Outcome> outcomes;
      Set<String> personalData;
      try {
        Conformance conformance = new Conformance(api, service);
        outcomes = new ArrayList<>(conformance.run());
        personalData = conformance.fixtures().personalData();
        outcomes.add(fuzz(api, service, dir, true));
        if (api.secured()) {
          outcomes.add(fuzz(api, service, dir, false));
        }
      } finally {
        service.close();
      }
      StringBuilder log = new StringBuilder(service.log());
      // Other instances, on the same database: one without HTTP_CORS_ORIGINS, and on a secured
      // api one whose keys cannot be fetched.
      outcomes.addAll(
          onInstance(built, database, Map.of(), s -> new NoOriginsCases(api, s).run(), log));
      if (api.secured()) {
        outcomes.addAll(
            onInstance(
                built,
                database,
                KeysDownCases.environment(),
                s -> new KeysDownCases(api, s).run(),
                log));
      }
      outcomes.add(logAudit(log.toString(), personalData));
      return outcomes;
    }
  }

  /**
   * Runs {@code cases} on another instance of the built service, on the same database and with
   * {@code environment}, and adds its log to {@code log}.
   */
  private static List<Outcome> onInstance(
      Targets.Built built,
      TestPostgres.Database database,
      Map<String, String> environment,
      Function<Service, List<Outcome>> cases,
      StringBuilder log)
      throws Exception {
    Service instance = built.start(database.migrateUrl(), environment);
    try {
      return cases.apply(instance);
    } finally {
      instance.close();
      log.append(instance.log());
    }
  }

  /**
   * Spec and service agree exactly (issue #16): schemathesis generates requests, valid and not,
   * from the document the service serves at /openapi.yaml and checks every answer against it; the
   * only allowances are the rules a schema cannot state ({@link SchemathesisConfig}). Its requests
   * also reach the log audit, which runs after it. With {@code withToken} every request carries a
   * token allowed everything; without, every operation that needs one must answer 401 to all of
   * them (issue #18), fewer cases per operation, as they are all refused alike.
   */
  private static Outcome fuzz(Api api, Service service, Path dir, boolean withToken)
      throws Exception {
    Schemathesis schemathesis = Schemathesis.install();
    Path work =
        Files.createDirectories(dir.resolve(withToken ? "schemathesis" : "schemathesis-no-token"));
    HttpResponse<Path> spec =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(service.base().resolve("/openapi.yaml")).build(),
                HttpResponse.BodyHandlers.ofFile(work.resolve("openapi.yaml")));
    assertThat(spec.statusCode()).as("GET /openapi.yaml").isEqualTo(200);
    Schemathesis.Run run =
        withToken
            ? schemathesis.fuzz(
                spec.body(),
                service.base().toString(),
                SchemathesisConfig.of(api),
                work,
                FUZZ_EXAMPLES,
                List.of(
                    "Authorization: Bearer "
                        + IdentityProvider.shared()
                            .rs256(
                                IdentityProvider.claims(
                                    "schemathesis",
                                    IdentityProvider.rolesClaim(api),
                                    IdentityProvider.allRoles(api)))))
            : schemathesis.fuzz(
                spec.body(),
                service.base().toString(),
                SchemathesisConfig.withoutToken(api),
                work,
                FUZZ_EXAMPLES_WITHOUT_TOKEN);
    return new Outcome(
        withToken
            ? "schemathesis: spec and service agree"
            : "schemathesis without a token: every protected operation is 401",
        "st run " + service.base() + " /openapi.yaml",
        Answer.none(),
        run.clean() ? List.of() : List.of("schemathesis found them apart:\n" + run.report()));
  }

  /**
   * The service's log holds no personal data the suite sent, no token it sent and no Authorization
   * value.
   */
  private static Outcome logAudit(String log, Set<String> personalData) {
    List<String> violations = new ArrayList<>();
    Set<String> tokens = IdentityProvider.shared().issued();
    log.lines()
        .filter(line -> line.contains("Bearer ") || tokens.stream().anyMatch(line::contains))
        .forEach(line -> violations.add("a bearer token is logged: " + line));
    for (String value : personalData) {
      log.lines()
          .filter(line -> line.contains(value))
          .forEach(line -> violations.add("personal data (" + value + ") is logged: " + line));
    }
    if (personalData.isEmpty() && log.isBlank()) {
      violations.add("the service logged nothing");
    }
    return new Outcome("log: no personal data, no token", "", Answer.none(), violations);
  }

  /** Where {@code outcome}'s answer differs from Go's answer to the same case. */
  private static List<String> differences(List<Outcome> reference, Outcome outcome) {
    Outcome go =
        reference.stream().filter(o -> o.name().equals(outcome.name())).findFirst().orElse(null);
    if (go == null) {
      return List.of("no such case on Go");
    }
    if (go.answer().status() == 0 || outcome.answer().status() == 0) {
      return List.of();
    }
    Map<String, String> expected = go.answer().comparable();
    Map<String, String> actual = outcome.answer().comparable();
    List<String> out = new ArrayList<>();
    for (String key : new TreeSet<>(union(expected.keySet(), actual.keySet()))) {
      if (!Objects.equals(expected.get(key), actual.get(key))) {
        out.add(
            "differs from Go in "
                + key
                + ": "
                + actual.get(key)
                + " (Go: "
                + expected.get(key)
                + ")");
      }
    }
    return out;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return all;
  }
}
