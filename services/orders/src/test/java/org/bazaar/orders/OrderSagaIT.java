package org.bazaar.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.vertx.core.json.JsonObject;
import org.bazaar.events.EventTypes;
import org.bazaar.events.Topics;
import org.bazaar.events.common.Money;
import org.bazaar.events.common.SkuQuantity;
import org.bazaar.events.common.StockLevel;
import org.bazaar.events.payment.DeclineReason;
import org.bazaar.events.payment.PaymentAuthorized;
import org.bazaar.events.payment.PaymentDeclined;
import org.bazaar.events.product.ProductUpdated;
import org.bazaar.events.stock.RejectionReason;
import org.bazaar.events.stock.Shortage;
import org.bazaar.events.stock.StockRejected;
import org.bazaar.events.stock.StockReserved;
import org.bazaar.platform.testing.TestConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OrderSagaIT {

  private static OrdersHarness orders;
  private static TestConsumer published;
  private static UUID product;
  private final UUID customer = UUID.randomUUID();

  @BeforeAll
  static void start() {
    orders = OrdersHarness.start(Map.of());
    published = new TestConsumer(Topics.ORDER_EVENTS, Topics.PAYMENT_EVENTS);
    product = orders.product("SAGA-1", 1250);
  }

  @AfterAll
  static void stop() {
    published.close();
    orders.close();
  }

  @Test
  void productEvents_fillTheCopy_andAnOlderUpdateNeverOverwritesANewerOne() {
    UUID id = orders.product("COPY-1", 1000);
    Instant created = Instant.now();
    orders.publish(new ProductUpdated(id, "COPY-1", "Renamed", "", new Money(1200, "EUR"), created.plusSeconds(10)));
    await().atMost(Duration.ofSeconds(60)).until(() -> orders.price(id) == 1200);

    String stale = orders.publish(new ProductUpdated(id, "COPY-1", "Stale", "", new Money(900, "EUR"),
        created.plusSeconds(5)));
    await().atMost(Duration.ofSeconds(60))
        .until(() -> orders.count("SELECT count(*) FROM inbox WHERE event_id = $1", stale) == 1);
    assertThat(orders.price(id)).isEqualTo(1200);

    UUID order = orders.placedOrder(customer, id, 1, "tok_ok");
    JsonObject line = orders.get(customer, "/orders/" + order).bodyAsJsonObject().getJsonArray("items").getJsonObject(0);
    assertThat(line.getString("name")).isEqualTo("Renamed");
    assertThat(line.getJsonObject("unitPrice").getLong("amount")).isEqualTo(1200);
  }

  @Test
  void placingAnOrder_publishesOrderPlaced_withServerSidePrices() {
    UUID order = orders.placedOrder(customer, product, 2, "tok_ok");

    JsonObject placed = Published.awaitOne(published, EventTypes.ORDER_PLACED_V1, order);
    assertThat(placed.getString("customerId")).isEqualTo(customer.toString());
    assertThat(placed.getJsonArray("lines")).hasSize(1);
    JsonObject line = placed.getJsonArray("lines").getJsonObject(0);
    assertThat(line.getString("sku")).isEqualTo("SAGA-1");
    assertThat(line.getInteger("quantity")).isEqualTo(2);
    assertThat(line.getJsonObject("unitPrice")).isEqualTo(new Money(1250, "EUR").toJson());
    assertThat(placed.getJsonObject("total")).isEqualTo(new Money(2500, "EUR").toJson());
    assertThat(orders.orderRow(order).getString("step")).isEqualTo("AWAITING_STOCK");
  }

  @Test
  void stockReserved_requestsPayment_andPaymentAuthorized_confirmsTheOrder() {
    UUID order = orders.placedOrder(customer, product, 3, "tok_ok");
    orders.publish(reserved(order));

    JsonObject requested = Published.awaitOne(published, EventTypes.PAYMENT_REQUESTED_V1, order);
    assertThat(requested.getJsonObject("amount")).isEqualTo(new Money(3750, "EUR").toJson());
    assertThat(requested.getString("paymentToken")).isEqualTo("tok_ok");
    assertThat(requested.getString("customerId")).isEqualTo(customer.toString());
    assertThat(orders.orderRow(order).getString("step")).isEqualTo("AWAITING_PAYMENT");
    assertThat(status(order)).isEqualTo("PENDING");

    orders.publish(new PaymentAuthorized(order, "ch_1", new Money(3750, "EUR"), 1, Instant.now()));

    JsonObject confirmed = Published.awaitOne(published, EventTypes.ORDER_CONFIRMED_V1, order);
    assertThat(confirmed.getJsonObject("total")).isEqualTo(new Money(3750, "EUR").toJson());
    assertThat(status(order)).isEqualTo("CONFIRMED");
    assertThat(orders.get(customer, "/orders/" + order).bodyAsJsonObject().getValue("reason")).isNull();
  }

  @Test
  void stockRejected_cancelsTheOrder_outOfStock() {
    UUID order = orders.placedOrder(customer, product, 1, "tok_ok");
    orders.publish(new StockRejected(order, RejectionReason.OUT_OF_STOCK, List.of(new Shortage("SAGA-1", 1, 0)),
        Instant.now()));

    assertCancelled(order, "OUT_OF_STOCK");
  }

  @Test
  void paymentDeclined_cancelsTheOrder_paymentDeclined() {
    UUID order = paying("tok_decline");
    orders.publish(new PaymentDeclined(order, DeclineReason.DECLINED, "card_declined", 1, Instant.now()));

    assertCancelled(order, "PAYMENT_DECLINED");
  }

  @Test
  void anUnreachableProvider_cancelsTheOrder_paymentUnavailable() {
    UUID order = paying("tok_slow");
    orders.publish(new PaymentDeclined(order, DeclineReason.PROVIDER_UNAVAILABLE, null, 4, Instant.now()));

    assertCancelled(order, "PAYMENT_UNAVAILABLE");
  }

  @Test
  void theSameStockReservedDeliveredTwice_emitsOnePaymentRequested() {
    UUID order = orders.placedOrder(customer, product, 1, "tok_ok");
    String eventId = UUID.randomUUID().toString();
    orders.publish(reserved(order), eventId);
    orders.publish(reserved(order), eventId);
    orders.publish(reserved(order)); // a second, distinct answer for the same step is ignored too
    orders.publish(new PaymentAuthorized(order, "ch_2", new Money(1250, "EUR"), 1, Instant.now()));

    Published.awaitOne(published, EventTypes.ORDER_CONFIRMED_V1, order);
    assertThat(Published.events(published, EventTypes.PAYMENT_REQUESTED_V1, order)).hasSize(1);
    assertThat(orders.count("SELECT count(*) FROM inbox WHERE event_id = $1", eventId)).isEqualTo(1);
    assertThat(orders.orderRow(order).getInteger("version")).isEqualTo(3);
  }

  @Test
  void poisonMessages_goToTheDeadLetterTopicWithTheirReason_andTheNextMessageIsStillProcessed() {
    try (TestConsumer dlq = new TestConsumer(OrdersHarness.DLQ)) {
      UUID order = orders.placedOrder(customer, product, 1, "tok_ok");
      String key = order.toString();
      orders.publishRaw(EventTypes.STOCK_RESERVED_V1, key, UUID.randomUUID().toString(), "{not json");
      orders.publishRaw(EventTypes.STOCK_RESERVED_V1, key, UUID.randomUUID().toString(),
          new JsonObject().put("orderId", "nope").encode());
      UUID unknown = UUID.randomUUID();
      orders.publish(reserved(unknown));
      orders.publish(reserved(order));

      Published.awaitOne(published, EventTypes.PAYMENT_REQUESTED_V1, order);
      await().atMost(Duration.ofSeconds(60)).until(() -> dlq.records().stream()
          .filter(r -> key.equals(r.key()) || unknown.toString().equals(r.key())).count() >= 3);
      assertThat(dlq.records()).filteredOn(r -> key.equals(r.key()) || unknown.toString().equals(r.key()))
          .extracting(r -> TestConsumer.header(r, "dlq_reason"))
          .anySatisfy(reason -> assertThat(reason).contains("not a JSON object"))
          .anySatisfy(reason -> assertThat(reason).contains("does not match"))
          .anySatisfy(reason -> assertThat(reason).contains("unknown order " + unknown));
    }
  }

  private UUID paying(String token) {
    UUID order = orders.placedOrder(customer, product, 1, token);
    orders.publish(reserved(order));
    Published.awaitOne(published, EventTypes.PAYMENT_REQUESTED_V1, order);
    return order;
  }

  private void assertCancelled(UUID order, String reason) {
    JsonObject cancelled = Published.awaitOne(published, EventTypes.ORDER_CANCELLED_V1, order);
    assertThat(cancelled.getString("reason")).isEqualTo(reason);
    assertThat(cancelled.getJsonArray("lines")).hasSize(1);
    JsonObject seen = orders.get(customer, "/orders/" + order).bodyAsJsonObject();
    assertThat(seen.getString("status")).isEqualTo("CANCELLED");
    assertThat(seen.getString("reason")).isEqualTo(reason);
  }

  private String status(UUID order) {
    return orders.get(customer, "/orders/" + order).bodyAsJsonObject().getString("status");
  }

  private static StockReserved reserved(UUID order) {
    return new StockReserved(order, List.of(new SkuQuantity("SAGA-1", 1)),
        List.of(new StockLevel("SAGA-1", 10, 1, 9, 2)), Instant.now());
  }
}
