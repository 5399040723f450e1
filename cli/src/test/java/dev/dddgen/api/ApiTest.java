package dev.dddgen.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dddgen.api.Operation.Kind;
import dev.dddgen.cli.CliRunner;
import dev.dddgen.definition.DefinitionLoader;
import dev.dddgen.model.DomainModel;
import dev.dddgen.model.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The HTTP API every stack serves, resolved from the model: routes, verbs, statuses, bodies. */
class ApiTest {
  private static final Path REPO = CliRunner.repo();
  private static final List<String> LIBRARY =
      List.of(
          "DELETE /books/{id}",
          "DELETE /people/{id}",
          "GET /books",
          "GET /books/{id}",
          "GET /loans",
          "GET /loans/{id}",
          "GET /people",
          "GET /people/{id}",
          "POST /books",
          "POST /loans",
          "POST /loans/{id}/charge-fee",
          "POST /loans/{id}/renew",
          "POST /loans/{id}/report-lost",
          "POST /loans/{id}/return",
          "POST /people",
          "PUT /books/{id}",
          "PUT /people/{id}");

  static Stream<Arguments> examples() {
    return Stream.of(
        Arguments.of(
            "shop",
            "backend/api/openapi.yaml",
            List.of(
                "DELETE /categories/{id}",
                "DELETE /customers/{id}",
                "DELETE /products/{id}",
                "DELETE /reviews/{id}",
                "GET /categories",
                "GET /categories/{id}",
                "GET /customers",
                "GET /customers/{id}",
                "GET /orders",
                "GET /orders/{id}",
                "GET /products",
                "GET /products/{id}",
                "GET /reviews",
                "GET /reviews/{id}",
                "POST /categories",
                "POST /customers",
                "POST /orders",
                "POST /orders/{id}/pay",
                "POST /orders/{id}/cancel",
                "POST /products",
                "POST /reviews",
                "POST /reviews/{id}/publish",
                "POST /reviews/{id}/reject",
                "PUT /categories/{id}",
                "PUT /customers/{id}",
                "PUT /products/{id}")),
        Arguments.of("library", "backend/api/openapi.yaml", LIBRARY),
        Arguments.of("library-java", "backend/src/main/resources/openapi.yaml", LIBRARY));
  }

  private static DomainModel example(String name) throws Exception {
    Path definition = REPO.resolve("examples/" + name + "/dddgen.yaml");
    return DefinitionLoader.load(definition, definition.toString());
  }

  private static List<String> routes(Api api) {
    List<String> routes = new ArrayList<>();
    api.resources().forEach(r -> r.operations().forEach(op -> routes.add(op.route())));
    return routes;
  }

  private static Api api(String aggregates) throws Exception {
    return Api.of(
        DefinitionLoader.load(
            "dddgen.yaml",
            "version: 1\n"
                + "project: { name: demo, target: go, module: example.com/demo, output: backend }\n"
                + "security: { default: public }\n"
                + "aggregates:\n"
                + aggregates));
  }

  @Test
  void createAndUpdateBodiesLeaveLifecycleStateToCommandsAndRefuseItByName() throws Exception {
    Api api =
        api(
            """
              Loan:
                fields:
                  status:    { type: enum, values: [OPEN, RETURNED, LOST], default: OPEN }
                  renewable: { type: bool, default: true, writable: true }
                  days:      { type: int, min: 1 }
                commands:
                  OpenLoan:   { create: true }
                  EditLoan:   { update: true }
                  ReturnLoan: { when: { status: [OPEN] }, set: { status: RETURNED } }
                  ReportLost: { when: { status: [OPEN], renewable: [true] }, set: { status: LOST } }
                  Renew:      { params: { days: int }, when: { status: [OPEN] } }
            """);
    Resource loan = api.resource("Loan");

    for (String write : List.of("OpenLoan", "EditLoan")) {
      Request body = loan.operation(write).request().orElseThrow();
      assertThat(body.fields())
          .as("%s: a writable state field stays, a read-only one goes", write)
          .extracting(Field::name)
          .containsExactly("renewable", "days");
      assertThat(body.readOnly())
          .as("%s: the writable state field is not listed", write)
          .hasSize(1);
      assertThat(body.readOnly().get(0).field().name()).isEqualTo("status");
      assertThat(body.readOnly().get(0).message())
          .isEqualTo("is read-only: changed by ReturnLoan, ReportLost");
    }
    assertThat(loan.operation("Renew").request().orElseThrow().readOnly())
        .as("an action's parameters are its own")
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyExampleHasTheRoutesItsHandlersServe(
      String example, String openApi, List<String> expected) throws Exception {
    assertThat(routes(Api.of(example(example)))).containsExactlyInAnyOrderElementsOf(expected);
  }

  /** The committed document of each example, as written to disk, lists exactly the api's routes. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  @SuppressWarnings("unchecked")
  void theOpenApiPathsOfEveryExampleAreTheApisRoutes(
      String example, String openApi, List<String> expected) throws Exception {
    String text = Files.readString(REPO.resolve("examples/" + example + "/" + openApi));
    Map<String, Object> document =
        (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(text);
    List<String> documented = new ArrayList<>();
    ((Map<String, Map<String, Object>>) document.get("paths"))
        .forEach(
            (path, item) ->
                item.keySet().stream()
                    .filter(method -> !method.equals("parameters"))
                    .forEach(
                        method ->
                            documented.add(
                                method.toUpperCase(java.util.Locale.ROOT) + " " + path)));
    documented.removeAll(
        List.of("GET /healthz", "GET /readyz", "GET /openapi.yaml", "GET /asyncapi.yaml"));

    assertThat(documented).containsExactlyInAnyOrderElementsOf(routes(Api.of(example(example))));
  }

  @Test
  void anActionLosesATrailingAggregateNameButOneNamedLikeItsAggregateKeepsIt() throws Exception {
    Api api =
        api(
            """
              Ship:
                fields: { name: string }
                commands:
                  Ship: { params: { port: string } }
                  DockShip: {}
                  Reship: {}
                  LaunchShip: { create: true }
            """);
    Resource ships = api.resource("Ship");

    assertThat(ships.operation("Ship").actionVerb()).contains("Ship");
    assertThat(ships.operation("Ship").path()).isEqualTo("/ships/{id}/ship");
    assertThat(ships.operation("DockShip").actionVerb()).contains("Dock");
    assertThat(ships.operation("DockShip").path()).isEqualTo("/ships/{id}/dock");
    // Only a trailing aggregate name goes: "Reship" ends in "ship", not in "Ship".
    assertThat(ships.operation("Reship").actionSegment()).contains("reship");
  }

  @Test
  void collectionsAreNamedByTheirPluralIrregularOrDeclared() throws Exception {
    Api api =
        api(
            """
              Person: { fields: { name: string } }
              Child: { fields: { name: string } }
              OrderLine: { fields: { name: string } }
              Staff: { plural: StaffMembers, fields: { name: string } }
            """);

    assertThat(api.resources())
        .extracting(Resource::collectionPath)
        .containsExactly("/people", "/children", "/order-lines", "/staff-members");
    assertThat(api.resource("Person").itemPath()).isEqualTo("/people/{id}");
    assertThat(api.resource("OrderLine").segment()).isEqualTo("order-lines");
  }

  @Test
  void eachKindOfOperationHasItsMethodStatusesAndBody() throws Exception {
    Api api = Api.of(example("shop"));
    Resource orders = api.resource("Order");
    Resource reviews = api.resource("Review");

    Operation create = orders.operation(Kind.CREATE).orElseThrow();
    assertThat(create.route()).isEqualTo("POST /orders");
    assertThat(create.success()).isEqualTo(Status.CREATED);
    assertThat(create.errors())
        .containsExactly(
            Status.BAD_REQUEST,
            Status.UNAUTHORIZED,
            Status.FORBIDDEN,
            Status.CONFLICT,
            Status.PAYLOAD_TOO_LARGE,
            Status.UNSUPPORTED_MEDIA_TYPE);
    assertThat(create.request().orElseThrow().version()).isEqualTo(Request.Version.NONE);
    assertThat(create.request().orElseThrow().entities())
        .extracting(e -> e.name())
        .containsExactly("OrderLine");

    Operation list = orders.operation(Kind.LIST).orElseThrow();
    assertThat(list.filters()).extracting(Field::name).containsExactly("customerId", "status");
    assertThat(list.errors()).containsExactly(Status.BAD_REQUEST, Status.UNAUTHORIZED);
    assertThat(list.request()).isEmpty();

    Operation delete = reviews.operation(Kind.DELETE).orElseThrow();
    assertThat(delete.route()).isEqualTo("DELETE /reviews/{id}");
    assertThat(delete.success()).isEqualTo(Status.NO_CONTENT);
    assertThat(delete.errors())
        .containsExactly(
            Status.BAD_REQUEST,
            Status.UNAUTHORIZED,
            Status.FORBIDDEN,
            Status.NOT_FOUND,
            Status.CONFLICT,
            Status.PRECONDITION_FAILED);
    assertThat(delete.ifMatch()).isTrue();

    Operation cancel = orders.operation("CancelOrder");
    assertThat(cancel.success()).isEqualTo(Status.OK);
    assertThat(cancel.request().map(Request::required)).contains(true);
    assertThat(cancel.request().map(Request::version)).contains(Request.Version.OPTIONAL);
    // An action without parameters may be posted without a body.
    assertThat(reviews.operation("RejectReview").request().map(Request::required))
        .isEqualTo(Optional.of(false));
    assertThat(orders.operation(Kind.GET).orElseThrow().errors())
        .containsExactly(Status.BAD_REQUEST, Status.UNAUTHORIZED, Status.NOT_FOUND);
    assertThat(api.resource("Product").operation(Kind.GET).orElseThrow().errors())
        .as("a public operation answers no 401")
        .containsExactly(Status.BAD_REQUEST, Status.NOT_FOUND);
  }

  @Test
  void theContractSnapshotListsTheApisRoutes() throws Exception {
    DomainModel shop = example("shop");
    List<String> snapshot = List.of(dev.dddgen.workspace.ApiContract.snapshot(shop).split("\n"));

    assertThat(snapshot.stream().filter(l -> l.startsWith("route ")).map(l -> l.substring(6)))
        .containsExactlyInAnyOrderElementsOf(routes(Api.of(shop)));
  }
}
