package dev.dddgen.api;

/**
 * The answers of a service that refuses a caller, decided once so every stack spells the same
 * problem body: the status, its title (the status text, as every problem's), the detail, and the
 * {@code WWW-Authenticate} challenge of a 401 (RFC 6750 section 3: no error code when no token was
 * sent). Nothing of the token is ever echoed.
 */
public enum Denial {
  /** No bearer token on an operation that needs one. */
  MISSING_TOKEN(401, "Unauthorized", "A bearer token is required.", "Bearer"),
  /**
   * A token that is malformed, expired, not yet valid, from another issuer or audience, signed with
   * an algorithm or key the service does not accept.
   */
  INVALID_TOKEN(
      401, "Unauthorized", "The bearer token is not valid.", "Bearer error=\"invalid_token\""),
  /** A valid token without any role the operation lists. */
  MISSING_ROLE(403, "Forbidden", "The token has no role that allows this operation.", ""),
  /** A create or update that names an owner other than the caller, who has no bypass role. */
  NOT_OWNER(403, "Forbidden", "Only the owner's own subject may be given as the owner.", ""),
  /** The keys that verify tokens could not be fetched: never a reason to let a caller in. */
  KEYS_UNAVAILABLE(
      503,
      "Service Unavailable",
      "The keys that verify tokens cannot be fetched; try again later.",
      "");

  private final int status;
  private final String title;
  private final String detail;
  private final String challenge;

  Denial(int status, String title, String detail, String challenge) {
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.challenge = challenge;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public String detail() {
    return detail;
  }

  /** The {@code WWW-Authenticate} header of a 401; empty for the other statuses. */
  public String challenge() {
    return challenge;
  }
}
