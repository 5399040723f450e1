package dev.dddgen.model;

import java.util.List;
import java.util.Optional;

/**
 * How the generated service authenticates callers: the JWT it accepts ({@code jwt}, absent when
 * every operation is public), the access of operations the definition does not name, and the roles
 * that {@code ownedBy} does not limit.
 */
public record Security(Optional<Jwt> jwt, Access defaultAccess, List<String> ownerBypass) {
  /** A service open to anyone: {@code security: { default: public }}. */
  public static final Security OPEN = new Security(Optional.empty(), Access.PUBLIC, List.of());

  /** The claim that holds a token's roles when the definition names none. */
  public static final String DEFAULT_ROLES_CLAIM = "roles";

  public Security {
    ownerBypass = List.copyOf(ownerBypass);
  }

  /**
   * The tokens the service accepts; each value is the default of the environment variable that
   * overrides it at run time.
   *
   * @param rolesClaim the claim holding the roles, a dotted path into nested objects ({@code
   *     realm_access.roles})
   */
  public record Jwt(String issuer, String audience, String jwksUrl, String rolesClaim) {
    /** The path of {@code rolesClaim}: {@code [realm_access, roles]}. */
    public List<String> rolesClaimPath() {
      return List.of(rolesClaim.split("\\."));
    }
  }
}
