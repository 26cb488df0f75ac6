package org.bazaar.edge.config;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bazaar.platform.config.BreakerConfig;
import org.bazaar.platform.config.ConfigException;
import org.bazaar.platform.config.Env;
import org.bazaar.platform.config.KafkaConfig;
import org.bazaar.platform.security.JwtSettings;

/**
 * The edge's settings: where it listens, how it verifies tokens, how large a body may be, one circuit
 * breaker per downstream service, the short timeouts of the product page's optional parts, Kafka (product
 * views out, order status in), rate limits and browser-facing headers. Service addresses are read by
 * platform discovery.
 */
public record EdgeConfig(String httpHost, int httpPort, JwtSettings jwt, int bodyLimitBytes,
    Map<String, BreakerConfig> breakers, Map<String, Duration> partTimeouts, Duration readinessTimeout,
    String kafkaBootstrapServers, int viewQueue, Duration heartbeat, RateLimitConfig rateLimits, WebConfig web) {

  /** Every service the edge calls. */
  public static final List<String> SERVICES = List.of("identity", "catalog", "inventory", "cart", "orders",
      "reviews", "recommendations");
  /** The services without which the edge is not ready (the others only degrade the product page). */
  public static final List<String> REQUIRED = List.of("identity", "catalog", "inventory", "cart", "orders");
  /** The services that contribute optional parts of the product page, each with a short timeout. */
  public static final List<String> PAGE_PARTS = List.of("reviews", "recommendations");
  public static final Duration DEFAULT_PART_TIMEOUT = Duration.ofMillis(300);
  public static final int DEFAULT_PORT = 8080;
  public static final String DEFAULT_BODY_LIMIT = "64kb";
  private static final int MAX_BODY_LIMIT = 16 * 1024 * 1024;

  public static EdgeConfig from(Env env) {
    int port = env.integer("BAZAAR_HTTP_PORT", DEFAULT_PORT);
    if (port < 0 || port > 65535) {
      throw new ConfigException("BAZAAR_HTTP_PORT must be between 0 and 65535, got " + port);
    }
    Map<String, BreakerConfig> breakers = new LinkedHashMap<>();
    for (String service : SERVICES) {
      BreakerConfig breaker = BreakerConfig.from(env, service, BreakerConfig.serviceDefaults());
      if (breaker.timeout().isNegative() || breaker.timeout().isZero() || breaker.maxFailures() < 1) {
        throw new ConfigException("BAZAAR_BREAKER_" + service.toUpperCase()
            + "_TIMEOUT must be positive and _MAX_FAILURES at least 1");
      }
      breakers.put(service, breaker);
    }
    Duration partDefault = positive("BAZAAR_EDGE_PART_TIMEOUT", env.duration("BAZAAR_EDGE_PART_TIMEOUT",
        DEFAULT_PART_TIMEOUT));
    Map<String, Duration> parts = new LinkedHashMap<>();
    for (String service : PAGE_PARTS) {
      String name = "BAZAAR_BREAKER_" + service.toUpperCase() + "_TIMEOUT";
      parts.put(service, positive(name, env.duration(name, partDefault)));
    }
    Duration readiness = positive("BAZAAR_EDGE_READINESS_TIMEOUT",
        env.duration("BAZAAR_EDGE_READINESS_TIMEOUT", Duration.ofSeconds(1)));
    int viewQueue = env.integer("BAZAAR_EDGE_VIEW_QUEUE", 10_000);
    if (viewQueue < 1) {
      throw new ConfigException("BAZAAR_EDGE_VIEW_QUEUE must be at least 1, got " + viewQueue);
    }
    Duration heartbeat = positive("BAZAAR_EDGE_SSE_HEARTBEAT",
        env.duration("BAZAAR_EDGE_SSE_HEARTBEAT", Duration.ofSeconds(15)));
    return new EdgeConfig(env.string("BAZAAR_HTTP_HOST", "0.0.0.0"), port, JwtSettings.from(env),
        bodyLimit(env.string("BAZAAR_EDGE_BODY_LIMIT", DEFAULT_BODY_LIMIT)), Map.copyOf(breakers), Map.copyOf(parts),
        readiness, KafkaConfig.from(env).bootstrapServers(), viewQueue, heartbeat, RateLimitConfig.from(env),
        WebConfig.from(env));
  }

  private static Duration positive(String name, Duration value) {
    if (value.isNegative() || value.isZero()) {
      throw new ConfigException(name + " must be positive");
    }
    return value;
  }

  /** A size in bytes ({@code 65536}) or with a unit ({@code 512b}, {@code 64kb}, {@code 1mb}). */
  static int bodyLimit(String value) {
    String text = value.trim().toLowerCase();
    int multiplier = 1;
    if (text.endsWith("kb")) {
      multiplier = 1024;
      text = text.substring(0, text.length() - 2);
    } else if (text.endsWith("mb")) {
      multiplier = 1024 * 1024;
      text = text.substring(0, text.length() - 2);
    } else if (text.endsWith("b")) {
      text = text.substring(0, text.length() - 1);
    }
    try {
      long bytes = Long.parseLong(text.trim()) * multiplier;
      if (bytes < 1 || bytes > MAX_BODY_LIMIT) {
        throw new ConfigException("BAZAAR_EDGE_BODY_LIMIT must be between 1b and 16mb, got '" + value + "'");
      }
      return (int) bytes;
    } catch (NumberFormatException e) {
      throw new ConfigException("BAZAAR_EDGE_BODY_LIMIT must be a size like 65536, 64kb or 1mb, got '" + value + "'");
    }
  }

  public BreakerConfig breaker(String service) {
    return breakers.get(service);
  }

  /** The timeout of a product page part's call, or null for a service that contributes no part. */
  public Duration partTimeout(String service) {
    return partTimeouts.get(service);
  }
}
