package dev.dddgen.definition;

import dev.dddgen.definition.Definition.AccessDef;
import dev.dddgen.definition.Definition.AccessEntryDef;
import dev.dddgen.definition.Definition.AggregateDef;
import dev.dddgen.definition.Definition.JwtDef;
import dev.dddgen.definition.Definition.SecurityDef;
import dev.dddgen.model.Access;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Command;
import dev.dddgen.model.Field;
import dev.dddgen.model.FieldType;
import dev.dddgen.model.Query;
import dev.dddgen.model.Scalar;
import dev.dddgen.model.Security;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of {@code security} and of each aggregate's {@code ownedBy} and {@code access}: the JWT
 * the service accepts, who may run each command and query, and which field holds a row's owner.
 */
final class SecurityRules {
  static final String PUBLIC = "public";
  static final String AUTHENTICATED = "authenticated";

  /**
   * Role names as identity providers spell them ({@code admin}, {@code ROLE_ADMIN}, {@code
   * shop:clerk}).
   */
  private static final Pattern ROLE = Pattern.compile("[A-Za-z][A-Za-z0-9_.:-]{0,99}");

  private static final Pattern CLAIM_PATH =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*");

  /** What becomes a string literal in generated code and configuration: no quoting needed. */
  private static final Pattern PLAIN_VALUE = Pattern.compile("[^\\s\"'`\\\\]{1,500}");

  private static final String JWT_EXAMPLE =
      "jwt: { issuer: https://id.example.com/, audience: shop-api,"
          + " jwks: https://id.example.com/.well-known/jwks.json }";

  private final Validation run;
  private final SecurityDef def;
  private final Security security;

  SecurityRules(Validation run, SecurityDef def) {
    this.run = run;
    this.def = def;
    this.security = def == null ? Security.OPEN : resolve(def);
  }

  /** The service's security; {@link Security#OPEN} when the section is missing (reported). */
  Security security() {
    return security;
  }

  private Security resolve(SecurityDef def) {
    Optional<Security.Jwt> jwt = def.jwt() == null ? Optional.empty() : jwt(def.jwt());
    Access defaultAccess =
        def.defaultAccess() == null ? Access.AUTHENTICATED : access(def.defaultAccess());
    List<String> bypass = roles(def.ownerBypass(), "ownerBypass");
    return new Security(jwt, defaultAccess == null ? Access.AUTHENTICATED : defaultAccess, bypass);
  }

  private Optional<Security.Jwt> jwt(JwtDef def) {
    String issuer = required(def, def.issuer(), "issuer", "issuer: https://id.example.com/");
    String audience = required(def, def.audience(), "audience", "audience: shop-api");
    String jwks =
        required(def, def.jwks(), "jwks", "jwks: https://id.example.com/.well-known/jwks.json");
    if (jwks != null && !isHttpUrl(jwks)) {
      run.report(
          def.jwks().at(),
          "jwks '" + jwks + "' must be an http or https URL",
          "the URL of the identity provider's JSON Web Key Set");
      jwks = null;
    }
    String rolesClaim = Security.DEFAULT_ROLES_CLAIM;
    if (def.rolesClaim() != null) {
      rolesClaim = def.rolesClaim().value();
      if (!CLAIM_PATH.matcher(rolesClaim).matches()) {
        run.report(
            def.rolesClaim().at(),
            "rolesClaim '" + rolesClaim + "' must be a claim name or a dotted path of them",
            "e.g. 'roles' or 'realm_access.roles'");
        return Optional.empty();
      }
    }
    if (issuer == null || audience == null || jwks == null) {
      return Optional.empty();
    }
    return Optional.of(new Security.Jwt(issuer, audience, jwks, rolesClaim));
  }

  private String required(JwtDef def, Text value, String key, String example) {
    if (value == null) {
      run.report(def.at(), "'jwt' has no '" + key + "'", "add '" + example + "'");
      return null;
    }
    if (!PLAIN_VALUE.matcher(value.value()).matches()) {
      run.report(
          value.at(),
          "'" + key + "' of 'jwt' must be one word without spaces, quotes or backslashes",
          "write it as the identity provider spells it, e.g. '" + example + "'");
      return null;
    }
    return value.value();
  }

  private static boolean isHttpUrl(String value) {
    try {
      URI uri = new URI(value);
      return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** The access written, or null when it is not one (reported). */
  private Access access(AccessDef def) {
    if (def.keyword() != null) {
      String keyword = def.keyword().value();
      if (keyword.equals(PUBLIC)) {
        return Access.PUBLIC;
      }
      if (keyword.equals(AUTHENTICATED)) {
        return Access.AUTHENTICATED;
      }
      run.report(
          def.keyword().at(),
          "access '" + keyword + "' must be public, authenticated or a list of roles",
          ROLE.matcher(keyword).matches()
              ? "write '[" + keyword + "]' for the role " + keyword
              : Suggestions.hint(keyword, List.of(PUBLIC, AUTHENTICATED)));
      return null;
    }
    if (def.roles().isEmpty()) {
      run.report(
          def.at(),
          "an empty list of roles lets nobody in",
          "name at least one role, or write 'authenticated'");
      return null;
    }
    List<String> roles = roles(def.roles(), "a role list");
    return roles.size() == def.roles().size() ? Access.anyOf(roles) : null;
  }

  /** The valid, distinct role names of {@code texts}; the others are reported. */
  private List<String> roles(List<Text> texts, String where) {
    List<String> roles = new ArrayList<>();
    for (Text role : texts) {
      if (!ROLE.matcher(role.value()).matches()) {
        run.report(
            role.at(),
            "role '" + role.value() + "' in " + where + " is not a role name",
            "letters, digits, '_', '.', ':' and '-', starting with a letter");
      } else if (role.value().equals(PUBLIC) || role.value().equals(AUTHENTICATED)) {
        run.report(
            role.at(),
            "'" + role.value() + "' in " + where + " would be read as a role",
            "write '" + role.value() + "' alone, not in a list");
      } else if (roles.contains(role.value())) {
        run.report(role.at(), "role '" + role.value() + "' is listed twice", "");
      } else {
        roles.add(role.value());
      }
    }
    return List.copyOf(roles);
  }

  /** The access of every command and query of an aggregate, the default filled in. */
  Map<String, Access> access(AggregateDef def, List<Command> commands, List<Query> queries) {
    Map<String, Access> access = new LinkedHashMap<>();
    commands.forEach(c -> access.put(c.name(), security.defaultAccess()));
    queries.forEach(q -> access.put(q.name(), security.defaultAccess()));
    for (AccessEntryDef entry : def.access()) {
      String useCase = entry.useCase().value();
      if (!access.containsKey(useCase)) {
        if (declares(def, useCase)) {
          continue; // a use case that did not resolve has its own problem reported
        }
        run.report(
            entry.useCase().at(),
            "access names '"
                + useCase
                + "', which is not a command or query of aggregate '"
                + def.name().value()
                + "'",
            Suggestions.hint(useCase, access.keySet()));
        continue;
      }
      Access resolved = access(entry.access());
      if (resolved != null) {
        access.put(useCase, resolved);
      }
    }
    return access;
  }

  private static boolean declares(AggregateDef def, String useCase) {
    return (def.commands() != null
            && def.commands().stream().anyMatch(c -> c.name().value().equals(useCase)))
        || (def.queries() != null
            && def.queries().stream().anyMatch(q -> q.name().value().equals(useCase)));
  }

  /** The owner field {@code ownedBy} names, checked against the aggregate it belongs to. */
  Optional<String> ownedBy(
      AggregateDef def, List<Field> fields, List<Command> commands, Map<String, Access> access) {
    Text ownedBy = def.ownedBy();
    if (ownedBy == null) {
      return Optional.empty();
    }
    String name = ownedBy.value();
    String aggregate = def.name().value();
    Optional<Field> field = fields.stream().filter(f -> f.name().equals(name)).findFirst();
    if (field.isEmpty()) {
      if (Validation.declaresBroken(def, fields, name)) {
        return Optional.empty();
      }
      run.report(
          ownedBy.at(),
          "ownedBy names '" + name + "', which is not a field of aggregate '" + aggregate + "'",
          Suggestions.hint(name, fields.stream().map(Field::name).toList()));
      return Optional.empty();
    }
    boolean ok = true;
    FieldType type = field.get().type();
    boolean holdsSubject =
        type instanceof FieldType.Reference
            || (type instanceof FieldType.Builtin builtin
                && (builtin.scalar() == Scalar.STRING || builtin.scalar() == Scalar.UUID));
    if (!holdsSubject) {
      ok =
          run.report(
              ownedBy.at(),
              "ownedBy field '"
                  + name
                  + "' must be a string, uuid or ref: it holds the token's subject",
              "give '" + name + "' 'type: string'");
    }
    if (field.get().omittable()) {
      ok =
          run.report(
              ownedBy.at(),
              "ownedBy field '" + name + "' must be required: every row needs its owner",
              "remove 'optional' and 'default' from '" + name + "'");
    }
    for (Command command : commands) {
      boolean sets =
          command.assignments().stream().anyMatch(a -> a.field().equals(name))
              || (command.kind() == Command.Kind.ACTION
                  && command.params().stream().anyMatch(p -> p.name().equals(name)));
      if (sets) {
        ok =
            run.report(
                ownedBy.at(),
                "ownedBy field '"
                    + name
                    + "' is changed by command '"
                    + command.name()
                    + "': ownership would move without the owner check",
                "let only create and update write '" + name + "'");
      }
    }
    List<String> open =
        access.entrySet().stream()
            .filter(e -> e.getValue().isPublic())
            .map(Map.Entry::getKey)
            .toList();
    if (!open.isEmpty()) {
      run.warn(
          ownedBy.at(),
          "ownedBy does not limit public "
              + String.join(", ", open)
              + ": anyone may run "
              + (open.size() == 1 ? "it" : "them")
              + " on any "
              + aggregate,
          "give "
              + (open.size() == 1 ? "it" : "them")
              + " 'authenticated' access to limit callers to their own rows");
    }
    return ok ? Optional.of(name) : Optional.empty();
  }

  /**
   * The queries of an owned aggregate, each list filtering on the owner field too: a list shows a
   * caller its own rows only, which the stacks select with that filter set to the caller's subject.
   */
  static List<Query> filteredByOwner(List<Query> queries, String owner) {
    return queries.stream()
        .map(
            q -> {
              if (q.kind() != Query.Kind.LIST || q.filters().contains(owner)) {
                return q;
              }
              List<String> filters = new ArrayList<>(q.filters());
              filters.add(owner);
              return new Query(q.name(), q.kind(), filters, q.paginate(), q.conventional());
            })
        .toList();
  }

  /**
   * What only the whole definition tells: a token is needed but no {@code jwt} says which, or a
   * {@code jwt} or {@code ownerBypass} nothing uses.
   */
  void checkWholeDefinition(List<Aggregate> aggregates) {
    if (def == null) {
      return;
    }
    List<String> protectedUseCases = new ArrayList<>();
    Set<String> owned = new HashSet<>();
    for (Aggregate aggregate : aggregates) {
      aggregate
          .access()
          .forEach(
              (useCase, access) -> {
                if (access.needsToken()) {
                  protectedUseCases.add(useCase);
                }
              });
      aggregate.ownedBy().ifPresent(owned::add);
    }
    if (def.jwt() == null && !protectedUseCases.isEmpty()) {
      run.report(
          def.at(),
          "'security' has no 'jwt', but "
              + (protectedUseCases.size() == 1
                  ? protectedUseCases.get(0) + " needs a token"
                  : protectedUseCases.size()
                      + " commands and queries need a token ("
                      + protectedUseCases.get(0)
                      + ", ...)"),
          "add '" + JWT_EXAMPLE + "', or 'default: public' for an open service");
    }
    if (def.jwt() != null && protectedUseCases.isEmpty() && !aggregates.isEmpty()) {
      run.warn(
          def.jwt().at(),
          "'jwt' is not used: every command and query is public",
          "remove it, or set 'default: authenticated'");
    }
    if (!def.ownerBypass().isEmpty() && owned.isEmpty()) {
      run.warn(
          def.ownerBypass().get(0).at(),
          "'ownerBypass' is not used: no aggregate has 'ownedBy'",
          "remove it, or give an aggregate 'ownedBy: <field holding the subject>'");
    }
  }
}
