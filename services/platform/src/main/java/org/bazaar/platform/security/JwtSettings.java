package org.bazaar.platform.security;

import java.time.Duration;

import org.bazaar.platform.config.ConfigException;
import org.bazaar.platform.config.Env;

/**
 * The ES256 key pair, issuer, audience and lifetime of access tokens. Keys are PEM text
 * ({@code BAZAAR_JWT_PRIVATE_KEY}, PKCS#8; {@code BAZAAR_JWT_PUBLIC_KEY}, X.509); the private key is only
 * needed where tokens are issued.
 */
public record JwtSettings(String privateKeyPem, String publicKeyPem, String keyId, String issuer, String audience,
    Duration ttl) {

  public static JwtSettings from(Env env) {
    JwtSettings settings = new JwtSettings(
        env.find("BAZAAR_JWT_PRIVATE_KEY").orElse(null),
        env.required("BAZAAR_JWT_PUBLIC_KEY"),
        env.string("BAZAAR_JWT_KEY_ID", "bazaar-1"),
        env.string("BAZAAR_JWT_ISSUER", "bazaar-identity"),
        env.string("BAZAAR_JWT_AUDIENCE", "bazaar"),
        env.duration("BAZAAR_JWT_TTL", Duration.ofMinutes(15)));
    if (settings.ttl.isNegative() || settings.ttl.isZero() || settings.ttl.compareTo(Duration.ofHours(24)) > 0) {
      throw new ConfigException("BAZAAR_JWT_TTL must be between 1s and 24h");
    }
    return settings;
  }

  public String requirePrivateKey() {
    if (privateKeyPem == null) {
      throw new ConfigException("BAZAAR_JWT_PRIVATE_KEY must be set to issue tokens");
    }
    return privateKeyPem;
  }
}
