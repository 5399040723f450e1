package dev.dddgen.api;

import java.time.Duration;

/**
 * How every generated service checks a bearer token's times and remembers the tokens it verified,
 * decided once so that every target (and the bench's hand-written reference) behaves alike: the
 * clock skew allowed on {@code exp} and {@code nbf}; how long a verified token is remembered (never
 * past its own {@code exp}), so that the next request with it skips the signature check; and how
 * many tokens are remembered at most. A remembered token's {@code exp} and {@code nbf} are checked
 * again, with the skew, on every use, and a refused token is never remembered. So a key withdrawn
 * from the JWKS stops being accepted within the service's key refresh interval plus {@code
 * remembered}.
 *
 * @param clockSkew the leeway on {@code exp} and {@code nbf}
 * @param remembered how long a verified token is remembered at most
 * @param rememberedAtMost how many verified tokens are remembered at most
 */
public record TokenChecks(Duration clockSkew, Duration remembered, int rememberedAtMost) {
  /** The contract of every generated service. */
  public static final TokenChecks EVERY_SERVICE =
      new TokenChecks(Duration.ofSeconds(60), Duration.ofMinutes(1), 10_000);
}
