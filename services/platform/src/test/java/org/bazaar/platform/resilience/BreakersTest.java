package org.bazaar.platform.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.bazaar.platform.testing.TestMetrics.value;

import java.time.Duration;
import java.util.Locale;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import org.bazaar.platform.config.BreakerConfig;
import org.bazaar.platform.metrics.Observability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class BreakersTest {

  private final PrometheusMeterRegistry registry = Observability.registry("breakers-test");

  @Test
  void callsAreCountedByOutcome_andTheStateGaugeFollowsOpenHalfOpenAndClosed(Vertx vertx) {
    BreakerConfig config = new BreakerConfig(Duration.ofMillis(100), 2, Duration.ofSeconds(2), 0,
        Duration.ofMillis(10), Duration.ofSeconds(10));
    CircuitBreaker breaker = Breakers.create(vertx, "target", config, registry);

    assertThat(breaker.execute(() -> Future.succeededFuture("fine")).await()).isEqualTo("fine");
    assertThat(outcome(breaker.execute(() -> Future.failedFuture("broken")))).isEqualTo("broken");
    assertThat(outcome(breaker.<String>execute(() -> Promise.<String>promise().future()))).contains("timeout");
    assertThat(state()).isEqualTo(2.0);
    assertThat(outcome(breaker.execute(() -> Future.succeededFuture("never called")))).contains("open");

    for (String outcome : new String[] {"success", "failure", "timeout", "rejected"}) {
      assertThat(value(registry.scrape(), "bazaar_breaker_calls_total", "service", "breakers-test",
          "breaker", "target", "outcome", outcome)).as(outcome).isEqualTo(1.0);
    }
    assertThat(value(registry.scrape(), "bazaar_breaker_opened_total", "breaker", "target")).isEqualTo(1.0);
    await().atMost(Duration.ofSeconds(10)).until(() -> state() == 1.0);
    assertThat(breaker.execute(() -> Future.succeededFuture("fine again")).await()).isEqualTo("fine again");
    await().atMost(Duration.ofSeconds(5)).until(() -> state() == 0.0);
  }

  private Double state() {
    return value(registry.scrape(), "bazaar_breaker_state", "service", "breakers-test", "breaker", "target");
  }

  private static String outcome(Future<?> call) {
    try {
      call.await();
      return "succeeded";
    } catch (Exception e) {
      return String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    }
  }
}
