package org.bazaar.payments.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;

import org.bazaar.platform.config.BreakerConfig;
import org.bazaar.platform.config.ConfigException;
import org.bazaar.platform.config.Env;
import org.bazaar.platform.config.ServiceConfig;

/**
 * The payments service's settings: the platform's HTTP, Postgres and Kafka settings (port 8086), where the
 * payment provider is, and the provider's circuit breaker ({@code BAZAAR_BREAKER_PROVIDER_*}).
 */
public record PaymentsConfig(ServiceConfig service, URI providerUrl, BreakerConfig breaker) {

  public static final String NAME = "payments";
  public static final int DEFAULT_PORT = 8086;
  public static final String BREAKER_NAME = "payment-provider";
  public static final String BREAKER_TARGET = "provider";
  public static final String DEFAULT_PROVIDER_URL = "http://127.0.0.1:8090";

  /** Timeout 2 s per call, open after 5 failed calls, half-open after 10 s, 3 retries from 200 ms backoff. */
  public static final BreakerConfig BREAKER_DEFAULTS =
      new BreakerConfig(Duration.ofSeconds(2), 5, Duration.ofSeconds(10), 3, Duration.ofMillis(200));

  /** Reads and validates every setting; a bad value fails start-up with the variable's name. */
  public static PaymentsConfig from(Env env) {
    BreakerConfig breaker = BreakerConfig.from(env, BREAKER_TARGET, BREAKER_DEFAULTS);
    String prefix = "BAZAAR_BREAKER_PROVIDER_";
    positive(prefix + "TIMEOUT", breaker.timeout());
    positive(prefix + "RESET_TIMEOUT", breaker.resetTimeout());
    positive(prefix + "RETRY_BACKOFF", breaker.retryBackoff());
    if (breaker.maxFailures() < 1) {
      throw new ConfigException(prefix + "MAX_FAILURES must be at least 1");
    }
    if (breaker.maxRetries() < 0) {
      throw new ConfigException(prefix + "MAX_RETRIES must not be negative");
    }
    return new PaymentsConfig(ServiceConfig.from(env, NAME, DEFAULT_PORT),
        providerUrl(env.string("BAZAAR_PAYMENT_PROVIDER_URL", DEFAULT_PROVIDER_URL)), breaker);
  }

  /** The provider's charge endpoint. */
  public String chargesUrl() {
    String base = providerUrl.toString();
    return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/charges";
  }

  private static URI providerUrl(String value) {
    try {
      URI uri = new URI(value);
      if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
        throw new ConfigException("BAZAAR_PAYMENT_PROVIDER_URL must be an http(s) URL, got '" + value + "'");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new ConfigException("BAZAAR_PAYMENT_PROVIDER_URL must be an http(s) URL, got '" + value + "'");
    }
  }

  private static void positive(String name, Duration value) {
    if (value.isZero() || value.isNegative()) {
      throw new ConfigException(name + " must be positive");
    }
  }
}
