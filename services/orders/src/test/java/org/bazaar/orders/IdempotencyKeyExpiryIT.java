package org.bazaar.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IdempotencyKeyExpiryIT {

  private final UUID customer = UUID.randomUUID();
  private OrdersHarness orders;

  @AfterEach
  void stop() {
    orders.close();
  }

  @Test
  void aKeyIsForgottenAfterItsRetention_andARepeatThenPlacesANewOrder() {
    orders = OrdersHarness.start(Map.of("BAZAAR_ORDERS_IDEMPOTENCY_RETENTION", "1s"));
    UUID mug = orders.product("MUG-EXP", 1250);
    HttpResponse<Buffer> first = orders.placeOrder(customer, "kept-a-while", OrdersHarness.order("tok_ok", mug, 1));
    assertThat(first.statusCode()).isEqualTo(202);

    await().atMost(Duration.ofSeconds(30)).until(() -> keysOf(customer) == 0);
    HttpResponse<Buffer> later = orders.placeOrder(customer, "kept-a-while", OrdersHarness.order("tok_ok", mug, 1));

    assertThat(later.statusCode()).isEqualTo(202);
    assertThat(later.getHeader("Idempotent-Replayed")).isNull();
    assertThat(later.bodyAsJsonObject().getString("id")).isNotEqualTo(first.bodyAsJsonObject().getString("id"));
    assertThat(orders.count("SELECT count(*) FROM orders WHERE customer_id = $1", customer)).isEqualTo(2);
    assertThat(orders.metrics()).contains("bazaar_orders_idempotency_keys_expired_total");
  }

  private long keysOf(UUID who) {
    return orders.count("SELECT count(*) FROM idempotency_keys WHERE customer_id = $1", who);
  }
}
