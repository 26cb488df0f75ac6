package org.bazaar.edge.config;

import org.bazaar.platform.config.ConfigException;
import org.bazaar.platform.config.Env;

/**
 * Token buckets per client: {@code capacity} requests at once, refilled by {@code refillPerSecond}; a
 * stricter pair for signing up and signing in (per IP), and a bound on how many clients are tracked.
 */
public record RateLimitConfig(long capacity, long refillPerSecond, long authCapacity, long authRefillPerSecond,
    int maxClients) {

  public static RateLimitConfig from(Env env) {
    RateLimitConfig config = new RateLimitConfig(
        env.longValue("BAZAAR_EDGE_RATE_LIMIT_CAPACITY", 100),
        env.longValue("BAZAAR_EDGE_RATE_LIMIT_REFILL_PER_SECOND", 50),
        env.longValue("BAZAAR_EDGE_AUTH_RATE_LIMIT_CAPACITY", 10),
        env.longValue("BAZAAR_EDGE_AUTH_RATE_LIMIT_REFILL_PER_SECOND", 1),
        env.integer("BAZAAR_EDGE_RATE_LIMIT_MAX_CLIENTS", 100_000));
    positive("BAZAAR_EDGE_RATE_LIMIT_CAPACITY", config.capacity);
    positive("BAZAAR_EDGE_RATE_LIMIT_REFILL_PER_SECOND", config.refillPerSecond);
    positive("BAZAAR_EDGE_AUTH_RATE_LIMIT_CAPACITY", config.authCapacity);
    positive("BAZAAR_EDGE_AUTH_RATE_LIMIT_REFILL_PER_SECOND", config.authRefillPerSecond);
    positive("BAZAAR_EDGE_RATE_LIMIT_MAX_CLIENTS", config.maxClients);
    return config;
  }

  private static void positive(String name, long value) {
    if (value < 1) {
      throw new ConfigException(name + " must be at least 1, got " + value);
    }
  }
}
