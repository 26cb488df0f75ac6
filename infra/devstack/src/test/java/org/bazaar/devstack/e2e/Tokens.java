package org.bazaar.devstack.e2e;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.auth.jwt.JWTAuth;
import org.bazaar.platform.security.Jwt;
import org.bazaar.platform.security.JwtKeys;
import org.bazaar.platform.security.JwtSettings;

/**
 * Bearer tokens an attacker might try: signed with the devstack's real identity key but with bad claims,
 * signed with another key, unsigned ({@code alg: none}), or a real token with its payload changed.
 */
final class Tokens implements AutoCloseable {

  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private final Vertx vertx = Vertx.vertx();
  private final JwtSettings settings;
  private final JWTAuth real;
  private final JWTAuth foreign;

  Tokens() {
    settings = JwtSettings.from(Shop.devstack().environmentOf("identity", Map.of()));
    real = Jwt.issuer(vertx, settings);
    JwtKeys.Pem other = JwtKeys.generate();
    foreign = Jwt.issuer(vertx, new JwtSettings(other.privateKey(), other.publicKey(), settings.keyId(),
        settings.issuer(), settings.audience(), settings.ttl()));
  }

  /** The claims of a valid token: subject, roles, issuer, audience, issued now, expiring in five minutes. */
  JsonObject claims(String subject, String... roles) {
    long now = Instant.now().getEpochSecond();
    return new JsonObject().put("sub", subject).put("roles", new JsonArray(java.util.List.of((Object[]) roles)))
        .put("iss", settings.issuer()).put("aud", new JsonArray().add(settings.audience())).put("iat", now)
        .put("exp", now + 300);
  }

  /** Signed with the real key, with exactly these claims. */
  String signed(JsonObject claims) {
    return real.generateToken(claims, options());
  }

  /** Signed with a key the edge does not know. */
  String foreignKey(JsonObject claims) {
    return foreign.generateToken(claims, options());
  }

  /** An unsigned token: {@code alg: none} and an empty (or a made-up) signature. */
  static String algNone(JsonObject claims, String signature) {
    return part(new JsonObject().put("alg", "none").put("typ", "JWT")) + "." + part(claims) + "." + signature;
  }

  /** A real token whose payload is replaced, keeping the original header and signature. */
  static String tampered(String token, JsonObject claims) {
    String[] parts = token.split("\\.");
    return parts[0] + "." + part(claims) + "." + parts[2];
  }

  /** The payload of a token, decoded (not verified). */
  static JsonObject payload(String token) {
    return new JsonObject(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
  }

  private JWTOptions options() {
    return new JWTOptions().setAlgorithm(Jwt.ALGORITHM).setNoTimestamp(true)
        .setHeader(new JsonObject().put("kid", settings.keyId()));
  }

  private static String part(JsonObject json) {
    return B64.encodeToString(json.encode().getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void close() {
    vertx.close().await();
  }
}
