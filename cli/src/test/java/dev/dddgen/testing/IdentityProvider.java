package dev.dddgen.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import dev.dddgen.api.Api;
import dev.dddgen.model.Security;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The identity provider of the suite, in the test JVM: an RS256 and an ES256 key served as a JSON
 * Web Key Set over loopback, and tokens signed with them (nimbus-jose-jwt), valid or broken in each
 * way a service must refuse. The services are started with JWT_ISSUER, JWT_AUDIENCE and
 * JWT_JWKS_URL pointing here. Every token it issues is remembered: none may reach a log.
 */
public final class IdentityProvider {
  public static final String ISSUER = "https://issuer.conformance.test/";
  public static final String AUDIENCE = "conformance-api";

  private static final IdentityProvider SHARED = start();

  private final RSAKey rsaKey;
  private final ECKey ecKey;
  private final String jwksUrl;
  private final Set<String> issued = ConcurrentHashMap.newKeySet();

  private IdentityProvider(RSAKey rsaKey, ECKey ecKey, String jwksUrl) {
    this.rsaKey = rsaKey;
    this.ecKey = ecKey;
    this.jwksUrl = jwksUrl;
  }

  public static IdentityProvider shared() {
    return SHARED;
  }

  private static IdentityProvider start() {
    try {
      RSAKey rsa =
          new RSAKeyGenerator(2048)
              .keyID("rsa-1")
              .algorithm(JWSAlgorithm.RS256)
              .keyUse(KeyUse.SIGNATURE)
              .generate();
      ECKey ec =
          new ECKeyGenerator(Curve.P_256)
              .keyID("ec-1")
              .algorithm(JWSAlgorithm.ES256)
              .keyUse(KeyUse.SIGNATURE)
              .generate();
      byte[] document =
          new JWKSet(List.of(rsa, ec)).toPublicJWKSet().toString().getBytes(StandardCharsets.UTF_8);
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext(
          "/jwks.json",
          exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, document.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(document);
            }
          });
      server.start();
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks.json";
      return new IdentityProvider(rsa, ec, url);
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The environment that points a service at this provider. */
  public Map<String, String> environment() {
    return Map.of("JWT_ISSUER", ISSUER, "JWT_AUDIENCE", AUDIENCE, "JWT_JWKS_URL", jwksUrl);
  }

  /** Every token handed out so far. */
  public Set<String> issued() {
    return Set.copyOf(issued);
  }

  /** Every role {@code api} names, owner bypass roles included: a caller that may do anything. */
  public static List<String> allRoles(Api api) {
    Set<String> roles = new LinkedHashSet<>();
    api.resources().forEach(r -> r.operations().forEach(o -> roles.addAll(o.access().roles())));
    roles.addAll(api.security().ownerBypass());
    return List.copyOf(roles);
  }

  /** The claim path of {@code api}'s roles. */
  public static String rolesClaim(Api api) {
    return api.security().jwt().map(Security.Jwt::rolesClaim).orElse(Security.DEFAULT_ROLES_CLAIM);
  }

  /** Valid claims for {@code subject} with {@code roles} under the dotted {@code rolesClaim}. */
  public static JWTClaimsSet claims(String subject, String rolesClaim, List<String> roles) {
    Instant now = Instant.now();
    JWTClaimsSet.Builder builder =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .audience(AUDIENCE)
            .subject(subject)
            .issueTime(Date.from(now))
            .notBeforeTime(Date.from(now))
            .expirationTime(Date.from(now.plus(Duration.ofHours(1))));
    String[] path = rolesClaim.split("\\.");
    Object value = roles;
    for (int i = path.length - 1; i > 0; i--) {
      Map<String, Object> parent = new LinkedHashMap<>();
      parent.put(path[i], value);
      value = parent;
    }
    return builder.claim(path[0], value).build();
  }

  /** {@code claims} changed by {@code change}. */
  public static JWTClaimsSet changed(
      JWTClaimsSet claims, UnaryOperator<JWTClaimsSet.Builder> change) {
    return change.apply(new JWTClaimsSet.Builder(claims)).build();
  }

  public String rs256(JWTClaimsSet claims) {
    return sign(claims, JWSAlgorithm.RS256, rsaKey.getKeyID(), Signer.RSA);
  }

  public String es256(JWTClaimsSet claims) {
    return sign(claims, JWSAlgorithm.ES256, ecKey.getKeyID(), Signer.EC);
  }

  /** Signed with a key the JWKS does not hold, under a key id it does not list. */
  public String unknownKey(JWTClaimsSet claims) {
    return sign(claims, JWSAlgorithm.RS256, "unknown-kid", Signer.OTHER_RSA);
  }

  /** HMAC-signed: a service whose keys are asymmetric must refuse it. */
  public String hs256(JWTClaimsSet claims) {
    return sign(claims, JWSAlgorithm.HS256, rsaKey.getKeyID(), Signer.HMAC);
  }

  /** Not signed at all ({@code alg: none}). */
  public String unsigned(JWTClaimsSet claims) {
    String token = new PlainJWT(claims).serialize();
    issued.add(token);
    return token;
  }

  private enum Signer {
    RSA,
    EC,
    OTHER_RSA,
    HMAC
  }

  private String sign(JWTClaimsSet claims, JWSAlgorithm alg, String kid, Signer signer) {
    try {
      SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(alg).keyID(kid).build(), claims);
      jwt.sign(
          switch (signer) {
            case RSA -> new RSASSASigner(rsaKey);
            case EC -> new ECDSASigner(ecKey);
            case OTHER_RSA -> new RSASSASigner(new RSAKeyGenerator(2048).generate());
            case HMAC ->
                new MACSigner(
                    "a shared secret of at least thirty-two bytes"
                        .getBytes(StandardCharsets.UTF_8));
          });
      String token = jwt.serialize();
      issued.add(token);
      return token;
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
