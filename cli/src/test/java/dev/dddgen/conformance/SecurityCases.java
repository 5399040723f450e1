package dev.dddgen.conformance;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.dddgen.api.Denial;
import dev.dddgen.api.Operation;
import dev.dddgen.api.Operation.Kind;
import dev.dddgen.api.Resource;
import dev.dddgen.conformance.Client.Request;
import dev.dddgen.model.Field;
import dev.dddgen.model.FieldType;
import dev.dddgen.model.Scalar;
import dev.dddgen.testing.IdentityProvider;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * A resource's security, derived from each operation's access in the api: every route that needs a
 * token answers 401 with the RFC 6750 challenge to no token and to every token it cannot trust
 * (expired, not yet valid, another issuer or audience, unsigned, HMAC, an unknown key, malformed),
 * 403 to a valid token without a role it lists, and lets an RS256 or ES256 token with the role
 * through, as well as one that expired within the 60 s clock skew; a public route asks for no
 * token. On an owned resource another owner's row is not found, not listed and not changed, its
 * owner sees it (a uuid owner also under its subject in upper case), an owner-bypass role lists it,
 * and no other caller may create one naming the owner (403).
 */
final class SecurityCases {
  private static final String INVALID = Denial.INVALID_TOKEN.challenge();

  private final Conformance run;
  private final Resource resource;
  private final IdentityProvider idp = IdentityProvider.shared();
  private final String rolesClaim;
  private final List<String> allRoles;

  SecurityCases(Conformance run, Resource resource) {
    this.run = run;
    this.resource = resource;
    this.rolesClaim = IdentityProvider.rolesClaim(run.api());
    this.allRoles = IdentityProvider.allRoles(run.api());
  }

  private String name(Operation op, String kind) {
    return resource.name() + ": " + op.name() + " with " + kind;
  }

  void run() {
    for (Operation op : resource.operations()) {
      String path = op.path().replace("{id}", UUID.randomUUID().toString());
      String body = op.request().isPresent() ? "{}" : null;
      if (op.access().isPublic()) {
        Answer open = send(op, path, body, "");
        run.record(
            name(op, "no token (public)"),
            op.method() + " " + path,
            open,
            open.status() == 401 ? List.of("a public route asked for a token") : List.of());
        continue;
      }
      refused(op, path, body, "no token", "", Denial.MISSING_TOKEN.challenge());
      invalidTokens().forEach((kind, token) -> refused(op, path, body, kind, token, INVALID));
      if (!op.access().roles().isEmpty()) {
        String wrongRole =
            "Bearer "
                + idp.rs256(IdentityProvider.claims("someone", rolesClaim, List.of("x-none")));
        run.check(
            name(op, "a token without its roles"),
            Request.of(op.method().name(), path, body, "Authorization", wrongRole),
            Expect.problem(403, pathOnly(path)));
      }
      List<String> roles = new ArrayList<>(op.access().roles());
      roles.addAll(run.api().security().ownerBypass());
      JWTClaimsSet allowed = IdentityProvider.claims("allowed", rolesClaim, roles);
      // Clocks may disagree by up to 60 s: a token that expired 30 s ago still lets its caller in.
      Instant now = Instant.now();
      JWTClaimsSet justExpired =
          IdentityProvider.changed(
              allowed,
              b ->
                  b.issueTime(Date.from(now.minus(Duration.ofMinutes(10))))
                      .expirationTime(Date.from(now.minus(Duration.ofSeconds(30)))));
      letsIn(op, path, body, "a token expired 30 s ago (clock skew)", idp.rs256(justExpired));
      letsIn(op, path, body, "an RS256 token with its roles", idp.rs256(allowed));
      letsIn(op, path, body, "an ES256 token with its roles", idp.es256(allowed));
    }
    if (resource.owner().isPresent() && resource.operation(Kind.CREATE).isPresent()) {
      ownership();
    }
  }

  /** Tokens a service must not trust, by what is wrong with them. */
  private Map<String, String> invalidTokens() {
    JWTClaimsSet valid = IdentityProvider.claims("mallory", rolesClaim, allRoles);
    Instant now = Instant.now();
    Map<String, String> tokens = new LinkedHashMap<>();
    tokens.put(
        "an expired token",
        idp.rs256(
            IdentityProvider.changed(
                valid, b -> b.expirationTime(Date.from(now.minus(Duration.ofMinutes(5)))))));
    tokens.put(
        "a token not yet valid",
        idp.rs256(
            IdentityProvider.changed(
                valid, b -> b.notBeforeTime(Date.from(now.plus(Duration.ofMinutes(5)))))));
    tokens.put(
        "a token of another issuer",
        idp.rs256(IdentityProvider.changed(valid, b -> b.issuer("https://elsewhere.test/"))));
    tokens.put(
        "a token for another audience",
        idp.rs256(IdentityProvider.changed(valid, b -> b.audience("another-api"))));
    tokens.put("an unsigned token (alg none)", idp.unsigned(valid));
    tokens.put("an HS256 token", idp.hs256(valid));
    tokens.put("a token signed with an unknown key", idp.unknownKey(valid));
    tokens.put("a malformed token", "not-a-token");
    Map<String, String> headers = new LinkedHashMap<>();
    tokens.forEach((kind, token) -> headers.put(kind, "Bearer " + token));
    return headers;
  }

  private void refused(
      Operation op, String path, String body, String kind, String authorization, String challenge) {
    Answer answer = send(op, path, body, authorization);
    List<String> violations =
        new ArrayList<>(Expect.problem(401, pathOnly(path)).violations(answer));
    if (!answer.challenge().equals(Optional.of(challenge))) {
      violations.add(
          "WWW-Authenticate " + answer.challenge().orElse("(none)") + ", not " + challenge);
    }
    run.record(name(op, kind), op.method() + " " + path, answer, violations);
  }

  /** A token the route must let in: whatever it answers, neither 401 nor 403. */
  private void letsIn(Operation op, String path, String body, String kind, String token) {
    Answer answer = send(op, path, body, "Bearer " + token);
    run.record(
        name(op, kind),
        op.method() + " " + path,
        answer,
        answer.status() == 401 || answer.status() == 403
            ? List.of("refused " + kind + ": " + answer.status())
            : List.of());
  }

  private Answer send(Operation op, String path, String body, String authorization) {
    return run.client()
        .send(Request.of(op.method().name(), path, body, "Authorization", authorization));
  }

  private static String pathOnly(String path) {
    int query = path.indexOf('?');
    return query < 0 ? path : path.substring(0, query);
  }

  /**
   * Another owner's row: created by an owner-bypass caller for the owner, then asked for by its
   * owner (a uuid owner also under its subject in upper case) and by a caller with the same roles
   * and another subject.
   */
  private void ownership() {
    Field owner = resource.owner().orElseThrow();
    List<String> limited = new ArrayList<>(allRoles);
    limited.removeAll(run.api().security().ownerBypass());
    JsonNode created = run.fixtures().create(resource.aggregate(), Map.of());
    OwnedRow row =
        new OwnedRow(
            owner.name(), created.path(owner.name()).asString(), created.path("id").asString());
    String other = UUID.randomUUID().toString();
    String otherToken = bearer(other, limited);
    asOwner(row, "its owner", bearer(row.owner(), limited), limited);
    // A uuid is the same uuid in upper case: its owner may spell the subject so (issue #18).
    if (isUuid(owner)) {
      asOwner(
          row,
          "its owner, the subject in upper case",
          bearer(row.owner().toUpperCase(Locale.ROOT), limited),
          limited);
    }
    whenReached(
        Kind.GET,
        limited,
        () ->
            run.check(
                resource.name() + ": another owner does not find it",
                Request.of("GET", item(row), null, "Authorization", otherToken),
                Expect.problem(404, item(row))));
    whenReached(
        Kind.CREATE,
        limited,
        () ->
            createNamingOwner(
                row,
                "another caller cannot create one for the owner",
                otherToken,
                Expect.problem(403, resource.collectionPath()).detail(Denial.NOT_OWNER.detail())));
    whenReached(
        Kind.LIST,
        limited,
        () -> {
          listed(
              resource.name() + ": another owner does not list it",
              listPath(row),
              otherToken,
              row.id(),
              false);
          listed(
              resource.name() + ": an owner bypass role lists it",
              listPath(row),
              null,
              row.id(),
              true);
        });
    for (Operation op : resource.operations()) {
      boolean command =
          op.kind() == Kind.UPDATE || op.kind() == Kind.ACTION || op.kind() == Kind.DELETE;
      if (!command || !reaches(op, limited)) {
        continue;
      }
      String path = op.path().replace("{id}", row.id());
      // An update naming the caller as the owner: only the row's owner is in the way.
      String body =
          op.kind() == Kind.UPDATE
              ? Fixtures.json(
                  run.fixtures().body(resource.aggregate(), Map.of(row.field(), other), false))
              : null;
      run.check(
          resource.name() + ": another owner cannot " + op.name(),
          Request.of(op.method().name(), path, body, "Authorization", otherToken, "If-Match", "*"),
          Expect.problem(404, path));
    }
  }

  /** A row created for {@code owner}, who is stored in its field {@code field}. */
  private record OwnedRow(String field, String owner, String id) {}

  /** What the row's owner may do, presenting {@code token}: get it, create one, list it. */
  private void asOwner(OwnedRow row, String who, String token, List<String> roles) {
    whenReached(
        Kind.GET,
        roles,
        () ->
            run.check(
                resource.name() + ": " + who + " gets it",
                Request.of("GET", item(row), null, "Authorization", token),
                Expect.success(200)));
    whenReached(
        Kind.CREATE,
        roles,
        () -> createNamingOwner(row, who + " creates one", token, Expect.success(201)));
    whenReached(
        Kind.LIST,
        roles,
        () ->
            listed(
                resource.name() + ": " + who + " lists it", listPath(row), token, row.id(), true));
  }

  /** Creates a row naming the row's owner as its own, presenting {@code token}. */
  private void createNamingOwner(OwnedRow row, String kind, String token, Expect expect) {
    run.check(
        resource.name() + ": " + kind,
        Request.of(
            "POST",
            resource.collectionPath(),
            Fixtures.json(
                run.fixtures().body(resource.aggregate(), Map.of(row.field(), row.owner()), false)),
            "Authorization",
            token),
        expect);
  }

  /**
   * Runs {@code cases} if the resource has an operation of {@code kind} that {@code roles} reach.
   */
  private void whenReached(Kind kind, List<String> roles, Runnable cases) {
    resource.operation(kind).filter(op -> reaches(op, roles)).ifPresent(op -> cases.run());
  }

  private String item(OwnedRow row) {
    return resource.collectionPath() + "/" + row.id();
  }

  private String listPath(OwnedRow row) {
    return resource.collectionPath() + "?" + row.field() + "=" + row.owner() + "&limit=100";
  }

  private String bearer(String subject, List<String> roles) {
    return "Bearer " + idp.rs256(IdentityProvider.claims(subject, rolesClaim, roles));
  }

  private static boolean isUuid(Field field) {
    return field.type() instanceof FieldType.Reference
        || field.type() instanceof FieldType.Builtin b && b.scalar() == Scalar.UUID;
  }

  private static boolean reaches(Operation op, List<String> roles) {
    return op.access().roles().isEmpty() || op.access().roles().stream().anyMatch(roles::contains);
  }

  private void listed(String name, String path, String authorization, String id, boolean expected) {
    Answer answer =
        authorization == null
            ? run.client().send(Request.of("GET", path, null))
            : run.client().send(Request.of("GET", path, null, "Authorization", authorization));
    List<String> violations = new ArrayList<>(Expect.success(200).violations(answer));
    boolean found = false;
    for (JsonNode item : answer.json().path("items")) {
      found |= item.path("id").asString().equals(id);
    }
    if (found != expected) {
      violations.add(expected ? "the row is not listed" : "another owner's row is listed");
    }
    run.record(name, "GET " + path, answer, violations);
  }
}
