package org.bazaar.orders.config;

import java.time.Duration;

import org.bazaar.platform.config.ConfigException;
import org.bazaar.platform.config.Env;
import org.bazaar.platform.config.ServiceConfig;

/**
 * Settings of the orders service: the platform's (HTTP, Postgres, Kafka), the shop currency, how long an
 * order may wait for stock and for payment, how often overdue orders are swept, and how long an
 * {@code Idempotency-Key}'s first answer is kept.
 */
public record OrdersConfig(
    ServiceConfig service,
    String currency,
    Duration stockDeadline,
    Duration paymentDeadline,
    Duration sweepInterval,
    Duration idempotencyRetention) {

  public static final String NAME = "orders";
  public static final int DEFAULT_PORT = 8085;

  public static OrdersConfig from(Env env) {
    String currency = env.string("BAZAAR_CURRENCY", "EUR");
    if (!currency.matches("^[A-Z]{3}$")) {
      throw new ConfigException("BAZAAR_CURRENCY must be an upper-case ISO 4217 code like EUR, got '" + currency + "'");
    }
    return new OrdersConfig(
        ServiceConfig.from(env, NAME, DEFAULT_PORT),
        currency,
        positive(env, "BAZAAR_ORDERS_STOCK_DEADLINE", Duration.ofSeconds(30)),
        positive(env, "BAZAAR_ORDERS_PAYMENT_DEADLINE", Duration.ofSeconds(60)),
        positive(env, "BAZAAR_ORDERS_SWEEP_INTERVAL", Duration.ofSeconds(1)),
        positive(env, "BAZAAR_ORDERS_IDEMPOTENCY_RETENTION", Duration.ofHours(24)));
  }

  private static Duration positive(Env env, String name, Duration fallback) {
    Duration value = env.duration(name, fallback);
    if (value.isNegative() || value.isZero()) {
      throw new ConfigException(name + " must be a positive duration, got " + value);
    }
    return value;
  }
}
