package org.bazaar.identity.config;

import org.bazaar.identity.Argon2idHash;
import org.bazaar.identity.EmailAddress;
import org.bazaar.identity.Registration;
import org.bazaar.platform.config.ConfigException;
import org.bazaar.platform.config.Env;
import org.bazaar.platform.config.ServiceConfig;
import org.bazaar.platform.security.JwtSettings;

/**
 * Identity's settings: the service basics, token keys, the bootstrap admin, the password-hash cost and how many
 * hashes run at once (each holds {@code hashMemoryKib} of heap while it runs).
 */
public record IdentityConfig(ServiceConfig service, JwtSettings jwt, String adminEmail, String adminPassword,
    String adminName, int hashMemoryKib, int hashIterations, int hashParallelism, int hashConcurrency) {

  public static final String NAME = "identity";
  public static final int DEFAULT_PORT = 8081;

  @Override
  public String toString() {
    return "IdentityConfig[service=" + service + ", adminEmail=" + adminEmail + "]";
  }

  public static IdentityConfig from(Env env) {
    IdentityConfig config = new IdentityConfig(
        ServiceConfig.from(env, NAME, DEFAULT_PORT),
        JwtSettings.from(env),
        EmailAddress.normalize(env.string("BAZAAR_ADMIN_EMAIL", "admin@bazaar.local")),
        env.string("BAZAAR_ADMIN_PASSWORD", "admin-password"),
        env.string("BAZAAR_ADMIN_NAME", "Administrator"),
        // OWASP's lightest of its equally strong Argon2id settings: 7 MiB × 5 passes is the work of 19 MiB × 2
        env.integer("BAZAAR_PASSWORD_HASH_MEMORY_KIB", 7168),
        env.integer("BAZAAR_PASSWORD_HASH_ITERATIONS", 5),
        env.integer("BAZAAR_PASSWORD_HASH_PARALLELISM", 1),
        env.integer("BAZAAR_PASSWORD_HASH_CONCURRENCY", Runtime.getRuntime().availableProcessors()));
    config.jwt.requirePrivateKey();
    if (!EmailAddress.isValid(config.adminEmail)) {
      throw new ConfigException("BAZAAR_ADMIN_EMAIL must be a valid e-mail address, got '" + config.adminEmail + "'");
    }
    if (config.adminPassword.length() < Registration.MIN_PASSWORD) {
      throw new ConfigException("BAZAAR_ADMIN_PASSWORD must have at least " + Registration.MIN_PASSWORD + " characters");
    }
    if (config.adminName.length() > Registration.MAX_NAME) {
      throw new ConfigException("BAZAAR_ADMIN_NAME must have at most " + Registration.MAX_NAME + " characters");
    }
    if (config.hashMemoryKib < Argon2idHash.MIN_MEMORY_KIB || config.hashMemoryKib > Argon2idHash.MAX_MEMORY_KIB) {
      throw new ConfigException("BAZAAR_PASSWORD_HASH_MEMORY_KIB must be between " + Argon2idHash.MIN_MEMORY_KIB
          + " and " + Argon2idHash.MAX_MEMORY_KIB);
    }
    if (config.hashIterations < 1 || config.hashIterations > Argon2idHash.MAX_ITERATIONS) {
      throw new ConfigException("BAZAAR_PASSWORD_HASH_ITERATIONS must be between 1 and " + Argon2idHash.MAX_ITERATIONS);
    }
    if (config.hashParallelism < 1 || config.hashParallelism > Argon2idHash.MAX_PARALLELISM) {
      throw new ConfigException("BAZAAR_PASSWORD_HASH_PARALLELISM must be between 1 and "
          + Argon2idHash.MAX_PARALLELISM);
    }
    if (config.hashConcurrency < 1 || config.hashConcurrency > 64) {
      throw new ConfigException("BAZAAR_PASSWORD_HASH_CONCURRENCY must be between 1 and 64");
    }
    return config;
  }
}
