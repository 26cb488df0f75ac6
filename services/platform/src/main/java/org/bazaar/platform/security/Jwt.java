package org.bazaar.platform.security;

import java.util.List;

import io.vertx.core.Vertx;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.auth.PubSecKeyOptions;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.auth.jwt.JWTAuthOptions;

/** Builds the token issuer (identity) and the token verifier (edge) from {@link JwtSettings}. */
public final class Jwt {

  public static final String ALGORITHM = "ES256";

  private Jwt() {
  }

  /** Verifies signature, expiry (required), issuer and audience. */
  public static JWTAuth verifier(Vertx vertx, JwtSettings settings) {
    JWTAuthOptions options = new JWTAuthOptions()
        .addPubSecKey(new PubSecKeyOptions().setAlgorithm(ALGORITHM).setId(settings.keyId())
            .setBuffer(settings.publicKeyPem()))
        .setJWTOptions(new JWTOptions().setIssuer(settings.issuer()).setAudience(List.of(settings.audience()))
            .setLeeway(5));
    return JWTAuth.create(vertx, options);
  }

  /** Signs tokens with the private key; also able to verify them. */
  public static JWTAuth issuer(Vertx vertx, JwtSettings settings) {
    JWTAuthOptions options = new JWTAuthOptions()
        .addPubSecKey(new PubSecKeyOptions().setAlgorithm(ALGORITHM).setId(settings.keyId())
            .setBuffer(settings.requirePrivateKey()))
        .addPubSecKey(new PubSecKeyOptions().setAlgorithm(ALGORITHM).setId(settings.keyId())
            .setBuffer(settings.publicKeyPem()));
    return JWTAuth.create(vertx, options);
  }

  /** Options for one token: ES256, the configured issuer, audience and lifetime, and the subject. */
  public static JWTOptions tokenOptions(JwtSettings settings, String subject) {
    return new JWTOptions().setAlgorithm(ALGORITHM).setIssuer(settings.issuer())
        .setAudience(List.of(settings.audience())).setSubject(subject)
        .setExpiresInSeconds((int) settings.ttl().toSeconds()).setHeader(
            new io.vertx.core.json.JsonObject().put("kid", settings.keyId()));
  }
}
