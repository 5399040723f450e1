package dev.dddgen.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dddgen.model.Access;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.DomainModel;
import dev.dddgen.model.Security;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The {@code security} section and each aggregate's {@code ownedBy} and {@code access}. */
class SecurityRulesTest {
  private static final String HEAD =
      "version: 1\nproject: { name: shop, target: go, module: github.com/acme/shop }\n";
  private static final String JWT =
      "  jwt: { issuer: https://id.example.com/, audience: shop-api,"
          + " jwks: https://id.example.com/jwks.json }\n";
  private static final String ORDER =
      """
      aggregates:
        Order:
          fields:
            customerId: uuid
            status: { type: enum, values: [OPEN, PAID], default: OPEN }
            note: { type: string, optional: true }
            total: decimal
          commands:
            PlaceOrder: { create: true }
            PayOrder:   { when: { status: [OPEN] }, set: { status: PAID } }
          queries:
            GetOrder:   { by: id }
            ListOrders: { paginate: true }
      """;

  private static List<String> problems(String yaml) {
    DefinitionException e =
        catchThrowableOfType(
            DefinitionException.class, () -> DefinitionLoader.load("dddgen.yaml", yaml));
    assertThat(e).as("refused:\n%s", yaml).isNotNull();
    return e.problems().stream().map(Problem::format).toList();
  }

  @Test
  void aDefinitionWithoutSecurityIsRefusedWithTheOneLineFixForAnOpenService() {
    assertThat(problems(HEAD + ORDER))
        .singleElement()
        .asString()
        .startsWith("dddgen.yaml:1:1: missing 'security'")
        .contains("add 'security: { default: public }'");
  }

  @Test
  void anOpenServiceNeedsNoJwtAndEveryOperationIsPublic() throws Exception {
    DomainModel model =
        DefinitionLoader.load("dddgen.yaml", HEAD + "security: { default: public }\n" + ORDER);

    assertThat(model.security()).isEqualTo(Security.OPEN);
    assertThat(model.aggregate("Order").orElseThrow().access().values())
        .containsOnly(Access.PUBLIC);
  }

  @Test
  void accessIsResolvedForEveryCommandAndQueryTheDefaultFillingIn() throws Exception {
    DomainModel model =
        DefinitionLoader.load(
            "dddgen.yaml",
            HEAD
                + "security:\n"
                + JWT
                + "  ownerBypass: [admin]\n"
                + ORDER
                + "    ownedBy: customerId\n"
                + "    access: { PayOrder: [admin, clerk], ListOrders: [admin] }\n");

    Aggregate order = model.aggregate("Order").orElseThrow();
    assertThat(order.access())
        .containsExactly(
            java.util.Map.entry("PlaceOrder", Access.AUTHENTICATED),
            java.util.Map.entry("PayOrder", Access.anyOf(List.of("admin", "clerk"))),
            java.util.Map.entry("GetOrder", Access.AUTHENTICATED),
            java.util.Map.entry("ListOrders", Access.anyOf(List.of("admin"))));
    assertThat(order.ownedBy()).contains("customerId");
    assertThat(order.query(dev.dddgen.model.Query.Kind.LIST).orElseThrow().filters())
        .as("a list of an owned aggregate filters on the owner, set to the caller's subject")
        .containsExactly("customerId");
    assertThat(model.security().ownerBypass()).containsExactly("admin");
    assertThat(model.security().jwt())
        .contains(
            new Security.Jwt(
                "https://id.example.com/",
                "shop-api",
                "https://id.example.com/jwks.json",
                Security.DEFAULT_ROLES_CLAIM));
  }

  @Test
  void aTokenIsNeededWithoutAJwtSection() {
    assertThat(problems(HEAD + "security: { default: authenticated }\n" + ORDER))
        .singleElement()
        .asString()
        .startsWith("dddgen.yaml:3:11: 'security' has no 'jwt', but 4 commands and queries")
        .contains("or 'default: public' for an open service");
  }

  @Test
  void theJwtSectionNeedsIssuerAudienceAndAnHttpJwksUrlAndAClaimPath() {
    assertThat(
            problems(
                HEAD
                    + "security:\n"
                    + "  jwt: { issuer: 'https://id.example.com/ x', jwks: ftp://keys,"
                    + " rolesClaim: 'a..b' }\n"
                    + ORDER))
        .anyMatch(p -> p.contains("'issuer' of 'jwt' must be one word"))
        .anyMatch(p -> p.contains("'jwt' has no 'audience'"))
        .anyMatch(p -> p.contains("jwks 'ftp://keys' must be an http or https URL"))
        .anyMatch(p -> p.contains("rolesClaim 'a..b' must be a claim name or a dotted path"));
  }

  @Test
  void accessNamesACommandOrQueryAndIsAKeywordOrAListOfRoleNames() {
    List<String> problems =
        problems(
            HEAD
                + "security:\n"
                + JWT
                + ORDER
                + "    access:\n"
                + "      PayOrdr: public\n"
                + "      PlaceOrder: admin\n"
                + "      GetOrder: []\n"
                + "      ListOrders: ['bad role', public, x, x]\n");

    assertThat(problems)
        .anyMatch(
            p ->
                p.startsWith("dddgen.yaml:")
                    && p.contains("access names 'PayOrdr', which is not a command or query")
                    && p.contains("did you mean 'PayOrder'?"))
        .anyMatch(
            p ->
                p.contains("access 'admin' must be public, authenticated or a list of roles")
                    && p.contains("write '[admin]' for the role admin"))
        .anyMatch(p -> p.contains("an empty list of roles lets nobody in"))
        .anyMatch(p -> p.contains("role 'bad role' in a role list is not a role name"))
        .anyMatch(p -> p.contains("'public' in a role list would be read as a role"))
        .anyMatch(p -> p.contains("role 'x' is listed twice"));
  }

  @Test
  void ownedByNamesARequiredSubjectFieldNoCommandChanges() {
    String security = "security:\n" + JWT;
    assertThat(problems(HEAD + security + ORDER + "    ownedBy: customer\n"))
        .singleElement()
        .asString()
        .contains("ownedBy names 'customer', which is not a field of aggregate 'Order'")
        .contains("did you mean 'customerId'?");
    assertThat(problems(HEAD + security + ORDER + "    ownedBy: total\n"))
        .singleElement()
        .asString()
        .contains("ownedBy field 'total' must be a string, uuid or ref");
    assertThat(problems(HEAD + security + ORDER + "    ownedBy: note\n"))
        .singleElement()
        .asString()
        .contains("ownedBy field 'note' must be required");
    assertThat(
            problems(
                HEAD
                    + security
                    + ORDER.replace(
                        "PayOrder:   { when: { status: [OPEN] }, set: { status: PAID } }",
                        "Transfer: { params: { customerId: uuid } }")
                    + "    ownedBy: customerId\n"))
        .singleElement()
        .asString()
        .contains("ownedBy field 'customerId' is changed by command 'Transfer'");
  }

  @Test
  void aPublicOperationOfAnOwnedAggregateIsAWarningNotAProblem() throws Exception {
    DefinitionLoader.Checked checked =
        DefinitionLoader.check(
            "dddgen.yaml",
            HEAD
                + "security:\n"
                + JWT
                + ORDER
                + "    ownedBy: customerId\n"
                + "    access: { GetOrder: public }\n");

    assertThat(checked.warnings())
        .extracting(Problem::message)
        .containsExactly("ownedBy does not limit public GetOrder: anyone may run it on any Order");
    assertThat(checked.model().aggregate("Order").flatMap(Aggregate::owner).map(f -> f.name()))
        .isEqualTo(Optional.of("customerId"));
  }

  @Test
  void anUnusedJwtOrOwnerBypassIsAWarning() throws Exception {
    DefinitionLoader.Checked checked =
        DefinitionLoader.check(
            "dddgen.yaml",
            HEAD + "security:\n" + JWT + "  default: public\n  ownerBypass: [admin]\n" + ORDER);

    assertThat(checked.warnings())
        .extracting(Problem::message)
        .containsExactly(
            "'jwt' is not used: every command and query is public",
            "'ownerBypass' is not used: no aggregate has 'ownedBy'");
  }
}
