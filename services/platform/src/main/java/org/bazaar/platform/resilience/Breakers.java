package org.bazaar.platform.resilience;

import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.CircuitBreakerOptions;
import io.vertx.circuitbreaker.CircuitBreakerState;
import io.vertx.circuitbreaker.RetryPolicy;
import io.vertx.core.Vertx;
import org.bazaar.platform.config.BreakerConfig;

/**
 * Builds named circuit breakers from config and exports their state and calls by outcome, since Micrometer has no
 * binder for them.
 */
public final class Breakers {

  private Breakers() {
  }

  public static CircuitBreaker create(Vertx vertx, String name, BreakerConfig config, MeterRegistry registry) {
    CircuitBreakerOptions options = new CircuitBreakerOptions()
        .setTimeout(config.timeout().toMillis())
        .setMaxFailures(config.maxFailures())
        .setResetTimeout(config.resetTimeout().toMillis())
        .setMaxRetries(config.maxRetries())
        .setFailuresRollingWindow(config.rollingWindow().toMillis())
        .setFallbackOnFailure(false);
    CircuitBreaker breaker = CircuitBreaker.create(name, vertx, options);
    if (config.maxRetries() > 0) {
      long base = Math.max(1, config.retryBackoff().toMillis());
      breaker.retryPolicy(RetryPolicy.exponentialDelayWithJitter(base, base * 20));
    }
    AtomicInteger state = new AtomicInteger(0);
    Gauge.builder("bazaar.breaker.state", state, AtomicInteger::get)
        .description("0 closed, 1 half-open, 2 open").tag("breaker", name).register(registry);
    Counter opened = Counter.builder("bazaar.breaker.opened").tag("breaker", name).register(registry);
    breaker.openHandler(v -> {
      state.set(2);
      opened.increment();
    });
    breaker.halfOpenHandler(v -> state.set(1));
    breaker.closeHandler(v -> state.set(0));
    return new MeteredBreaker(breaker, registry);
  }

  public static boolean isOpen(CircuitBreaker breaker) {
    return breaker.state() == CircuitBreakerState.OPEN;
  }
}
