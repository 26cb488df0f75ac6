package org.bazaar.platform.config;

import java.time.Duration;

/** Circuit-breaker settings for one named target, from {@code BAZAAR_BREAKER_<TARGET>_*} or the shared defaults. */
public record BreakerConfig(Duration timeout, int maxFailures, Duration resetTimeout, int maxRetries, Duration retryBackoff,
    Duration rollingWindow) {

  /** Failures are counted over a one-minute window unless configured otherwise. */
  public BreakerConfig(Duration timeout, int maxFailures, Duration resetTimeout, int maxRetries, Duration retryBackoff) {
    this(timeout, maxFailures, resetTimeout, maxRetries, retryBackoff, Duration.ofMinutes(1));
  }

  public static BreakerConfig from(Env env, String target, BreakerConfig defaults) {
    String prefix = "BAZAAR_BREAKER_" + target.toUpperCase().replace('-', '_') + "_";
    return new BreakerConfig(
        env.duration(prefix + "TIMEOUT", env.duration("BAZAAR_BREAKER_TIMEOUT", defaults.timeout)),
        env.integer(prefix + "MAX_FAILURES", env.integer("BAZAAR_BREAKER_MAX_FAILURES", defaults.maxFailures)),
        env.duration(prefix + "RESET_TIMEOUT", env.duration("BAZAAR_BREAKER_RESET_TIMEOUT", defaults.resetTimeout)),
        env.integer(prefix + "MAX_RETRIES", defaults.maxRetries),
        env.duration(prefix + "RETRY_BACKOFF", defaults.retryBackoff),
        env.duration(prefix + "ROLLING_WINDOW", env.duration("BAZAAR_BREAKER_ROLLING_WINDOW", defaults.rollingWindow)));
  }

  /** Defaults for calls between the edge and a service: short timeout, no retries. */
  public static BreakerConfig serviceDefaults() {
    return new BreakerConfig(Duration.ofSeconds(3), 5, Duration.ofSeconds(5), 0, Duration.ofMillis(100));
  }
}
