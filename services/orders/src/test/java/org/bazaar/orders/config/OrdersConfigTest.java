package org.bazaar.orders.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.bazaar.platform.config.ConfigException;
import org.bazaar.platform.config.Env;
import org.junit.jupiter.api.Test;

class OrdersConfigTest {

  @Test
  void defaults() {
    OrdersConfig config = OrdersConfig.from(Env.isolated(Map.of()));

    assertThat(config.service().httpPort()).isEqualTo(8085);
    assertThat(config.service().name()).isEqualTo("orders");
    assertThat(config.currency()).isEqualTo("EUR");
    assertThat(config.stockDeadline()).isEqualTo(Duration.ofSeconds(30));
    assertThat(config.paymentDeadline()).isEqualTo(Duration.ofSeconds(60));
    assertThat(config.sweepInterval()).isEqualTo(Duration.ofSeconds(1));
    assertThat(config.idempotencyRetention()).isEqualTo(Duration.ofHours(24));
  }

  @Test
  void overrides() {
    OrdersConfig config = OrdersConfig.from(Env.isolated(Map.of("BAZAAR_CURRENCY", "USD",
        "BAZAAR_ORDERS_STOCK_DEADLINE", "1s", "BAZAAR_ORDERS_PAYMENT_DEADLINE", "2m",
        "BAZAAR_ORDERS_SWEEP_INTERVAL", "250ms", "BAZAAR_ORDERS_IDEMPOTENCY_RETENTION", "7d")));

    assertThat(config.currency()).isEqualTo("USD");
    assertThat(config.stockDeadline()).isEqualTo(Duration.ofSeconds(1));
    assertThat(config.paymentDeadline()).isEqualTo(Duration.ofMinutes(2));
    assertThat(config.sweepInterval()).isEqualTo(Duration.ofMillis(250));
    assertThat(config.idempotencyRetention()).isEqualTo(Duration.ofDays(7));
  }

  @Test
  void badValues_nameTheVariable() {
    assertThatThrownBy(() -> OrdersConfig.from(Env.isolated(Map.of("BAZAAR_CURRENCY", "eur"))))
        .isInstanceOf(ConfigException.class).hasMessageContaining("BAZAAR_CURRENCY");
    assertThatThrownBy(() -> OrdersConfig.from(Env.isolated(Map.of("BAZAAR_ORDERS_STOCK_DEADLINE", "0"))))
        .isInstanceOf(ConfigException.class).hasMessageContaining("BAZAAR_ORDERS_STOCK_DEADLINE");
    assertThatThrownBy(() -> OrdersConfig.from(Env.isolated(Map.of("BAZAAR_ORDERS_SWEEP_INTERVAL", "soon"))))
        .isInstanceOf(ConfigException.class).hasMessageContaining("BAZAAR_ORDERS_SWEEP_INTERVAL");
  }
}
