package dev.dddgen.model;

import java.util.List;

/**
 * Who may run a command or query: anyone ({@link Kind#PUBLIC}), any caller with a valid token
 * ({@link Kind#AUTHENTICATED}), or a caller whose token carries at least one of {@code roles}.
 */
public record Access(Kind kind, List<String> roles) {
  public static final Access PUBLIC = new Access(Kind.PUBLIC, List.of());
  public static final Access AUTHENTICATED = new Access(Kind.AUTHENTICATED, List.of());

  public enum Kind {
    PUBLIC,
    AUTHENTICATED,
    ROLES
  }

  public Access {
    roles = List.copyOf(roles);
    if ((kind == Kind.ROLES) == roles.isEmpty()) {
      throw new IllegalArgumentException("roles go with Kind.ROLES only: " + kind + " " + roles);
    }
  }

  /** Any one of {@code roles} grants access. */
  public static Access anyOf(List<String> roles) {
    return new Access(Kind.ROLES, roles);
  }

  public boolean isPublic() {
    return kind == Kind.PUBLIC;
  }

  /** Whether the caller must present a valid token. */
  public boolean needsToken() {
    return kind != Kind.PUBLIC;
  }

  /**
   * How the definition spells it: {@code public}, {@code authenticated}, {@code [admin, clerk]}.
   */
  public String describe() {
    return switch (kind) {
      case PUBLIC -> "public";
      case AUTHENTICATED -> "authenticated";
      case ROLES -> "[" + String.join(", ", roles) + "]";
    };
  }
}
