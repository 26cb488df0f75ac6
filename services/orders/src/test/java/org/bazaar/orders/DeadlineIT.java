package org.bazaar.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.vertx.core.json.JsonObject;
import org.bazaar.events.EventTypes;
import org.bazaar.events.Topics;
import org.bazaar.events.common.SkuQuantity;
import org.bazaar.events.stock.StockReserved;
import org.bazaar.platform.testing.TestConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeadlineIT {

  private final UUID customer = UUID.randomUUID();
  private TestConsumer published;
  private final List<OrdersHarness> running = new ArrayList<>();

  @BeforeEach
  void listen() {
    published = new TestConsumer(Topics.ORDER_EVENTS, Topics.PAYMENT_EVENTS);
  }

  @AfterEach
  void stop() {
    published.close();
    running.forEach(OrdersHarness::close);
  }

  @Test
  void anOrderNoStockAnswerReaches_isCancelledOutOfStock_atItsDeadline() {
    OrdersHarness orders = start(Map.of("BAZAAR_ORDERS_STOCK_DEADLINE", "1s"));
    UUID order = orders.placedOrder(customer, orders.product("LATE-1", 500), 1, "tok_ok");

    JsonObject cancelled = Published.awaitOne(published, EventTypes.ORDER_CANCELLED_V1, order);
    assertThat(cancelled.getString("reason")).isEqualTo("OUT_OF_STOCK");
    assertThat(orders.get(customer, "/orders/" + order).bodyAsJsonObject().getString("reason"))
        .isEqualTo("OUT_OF_STOCK");
    assertThat(orders.orderRow(order).getValue("deadline_at")).isNull();
  }

  @Test
  void anOrderNoPaymentAnswerReaches_isCancelledPaymentUnavailable_atItsDeadline() {
    OrdersHarness orders = start(Map.of("BAZAAR_ORDERS_PAYMENT_DEADLINE", "1s"));
    UUID order = orders.placedOrder(customer, orders.product("LATE-2", 500), 1, "tok_slow");
    orders.publish(new StockReserved(order, List.of(new SkuQuantity("LATE-2", 1)), List.of(), Instant.now()));

    Published.awaitOne(published, EventTypes.PAYMENT_REQUESTED_V1, order);
    JsonObject cancelled = Published.awaitOne(published, EventTypes.ORDER_CANCELLED_V1, order);
    assertThat(cancelled.getString("reason")).isEqualTo("PAYMENT_UNAVAILABLE");
    assertThat(orders.get(customer, "/orders/" + order).bodyAsJsonObject().getString("status"))
        .isEqualTo("CANCELLED");
  }

  @Test
  void twoInstances_cancelEveryOverdueOrderExactlyOnce() {
    OrdersHarness first = start(Map.of("BAZAAR_ORDERS_STOCK_DEADLINE", "1s"));
    OrdersHarness second = first.replica();
    running.add(second);
    UUID product = first.product("LATE-3", 100);
    List<UUID> placed = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      placed.add((i % 2 == 0 ? first : second).placedOrder(customer, product, 1, "tok_ok"));
    }

    await().atMost(Duration.ofSeconds(60)).until(() -> placed.stream()
        .allMatch(order -> !Published.events(published, EventTypes.ORDER_CANCELLED_V1, order).isEmpty()));
    assertThat(placed).allSatisfy(order -> assertThat(
        Published.events(published, EventTypes.ORDER_CANCELLED_V1, order)).hasSize(1));
    assertThat(first.count("SELECT count(*) FROM orders WHERE status = 'CANCELLED' AND version = 2")).isEqualTo(30);
  }

  @Test
  void anOrderCancelledByItsDeadline_staysInTheTraceItWasPlacedIn() {
    OrdersHarness orders = start(Map.of("BAZAAR_ORDERS_STOCK_DEADLINE", "1s"));
    String trace = Traces.newTraceId();
    UUID order = orders.placedOrder(customer, orders.product("LATE-4", 300), 1, "tok_ok", Traces.traceparent(trace));

    Published.awaitOne(published, EventTypes.ORDER_CANCELLED_V1, order);
    List<JsonObject> timeline = orders.timelineEvents(order);
    assertThat(timeline).extracting(e -> e.getString("type"))
        .containsExactly(EventTypes.ORDER_PLACED_V1, EventTypes.ORDER_CANCELLED_V1);
    assertThat(timeline).extracting(e -> e.getString("traceId")).containsOnly(trace);
  }

  private OrdersHarness start(Map<String, String> settings) {
    OrdersHarness orders = OrdersHarness.start(settings);
    running.add(orders);
    return orders;
  }
}
