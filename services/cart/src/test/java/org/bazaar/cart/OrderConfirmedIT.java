package org.bazaar.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.vertx.core.json.JsonObject;
import org.bazaar.events.EventTypes;
import org.bazaar.events.Topics;
import org.bazaar.events.common.Money;
import org.bazaar.events.common.OrderLine;
import org.bazaar.events.order.CancellationReason;
import org.bazaar.events.order.OrderCancelled;
import org.bazaar.events.order.OrderConfirmed;
import org.bazaar.platform.testing.TestConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OrderConfirmedIT {

  private static CartHarness cart;
  private static UUID mug;
  private static UUID tea;
  private static UUID pen;
  private final UUID customer = UUID.randomUUID();

  @BeforeAll
  static void start() {
    cart = CartHarness.start();
    mug = cart.product("MUG-1", 1250);
    tea = cart.product("TEA-1", 399);
    pen = cart.product("PEN-1", 200);
  }

  @AfterAll
  static void stop() {
    cart.close();
  }

  @Test
  void anOrderFromTheCart_takesExactlyTheOrderedQuantitiesOut() {
    cart.set(customer, mug, 5);
    cart.set(customer, tea, 2);
    cart.set(customer, pen, 1);
    UUID other = UUID.randomUUID();
    cart.set(other, mug, 5);

    UUID order = UUID.randomUUID();
    cart.awaitProcessed(cart.publish(confirmed(order, customer, true, Map.of(mug, 2, tea, 2))));

    assertThat(quantities(customer)).isEqualTo(Map.of(mug, 3, pen, 1));
    assertThat(cart.cart(customer).bodyAsJsonObject().getJsonObject("total").getLong("amount"))
        .isEqualTo(3 * 1250 + 200);
    assertThat(quantities(other)).isEqualTo(Map.of(mug, 5));
  }

  @Test
  void orderingMoreThanTheCartHolds_removesTheLine_andProductsNotInTheCartAreNotAdded() {
    cart.set(customer, mug, 1);
    cart.set(customer, tea, 4);
    cart.awaitProcessed(cart.publish(confirmed(UUID.randomUUID(), customer, true, Map.of(mug, 3, pen, 2))));

    assertThat(quantities(customer)).isEqualTo(Map.of(tea, 4));
  }

  @Test
  void anOrderNotFromTheCart_leavesTheCartAlone_withoutATransaction() {
    cart.set(customer, mug, 2);
    UUID order = UUID.randomUUID();
    String notFromCart = cart.publish(confirmed(order, customer, false, Map.of(mug, 2)));
    cart.awaitProcessed(markerAfter(order));

    assertThat(quantities(customer)).isEqualTo(Map.of(mug, 2));
    assertThat(cart.count("SELECT count(*) FROM inbox WHERE event_id = $1", notFromCart)).isZero();
  }

  @Test
  void aCancelledOrderFromTheCart_leavesTheCartAlone() {
    cart.set(customer, mug, 2);
    UUID order = UUID.randomUUID();
    cart.publish(new OrderCancelled(order, customer, CancellationReason.OUT_OF_STOCK, lines(Map.of(mug, 2)),
        new Money(2500, "EUR"), Instant.now(), true));
    cart.awaitProcessed(markerAfter(order));

    assertThat(quantities(customer)).isEqualTo(Map.of(mug, 2));
  }

  @Test
  void theSameOrderConfirmedDeliveredTwice_takesItsQuantitiesOutOnce() {
    cart.set(customer, mug, 5);
    UUID order = UUID.randomUUID();
    OrderConfirmed event = confirmed(order, customer, true, Map.of(mug, 2));
    String eventId = UUID.randomUUID().toString();
    cart.publish(event, eventId);
    cart.publish(event, eventId);
    cart.awaitProcessed(markerAfter(order));

    assertThat(quantities(customer)).isEqualTo(Map.of(mug, 3));
    assertThat(cart.count("SELECT count(*) FROM inbox WHERE event_id = $1", eventId)).isEqualTo(1);
  }

  @Test
  void poisonMessages_goToTheDeadLetterTopicWithTheirReason_andTheNextMessageIsStillProcessed() {
    try (TestConsumer dlq = new TestConsumer(CartHarness.DLQ)) {
      cart.set(customer, mug, 4);
      UUID order = UUID.randomUUID();
      String key = order.toString();
      cart.publishRaw(EventTypes.ORDER_CONFIRMED_V1, key, UUID.randomUUID().toString(), "{not json");
      cart.publishRaw(EventTypes.ORDER_CONFIRMED_V1, key, UUID.randomUUID().toString(),
          new JsonObject().put("orderId", "nope").put("fromCart", true).encode());
      cart.publishHeaderless(Topics.ORDER_EVENTS, key, confirmed(order, customer, true, Map.of(mug, 1)).toJson()
          .encode());
      cart.publish(confirmed(order, customer, true, Map.of(mug, 1)));

      await().atMost(CartHarness.PATIENCE).until(() -> Map.of(mug, 3).equals(quantities(customer)));
      await().atMost(CartHarness.PATIENCE).until(() -> ofKey(dlq, key).size() >= 3);
      assertThat(ofKey(dlq, key)).hasSize(3).allSatisfy(r -> {
        assertThat(TestConsumer.header(r, "dlq_original_topic")).isEqualTo(Topics.ORDER_EVENTS);
        assertThat(TestConsumer.header(r, "dlq_consumer_group")).isEqualTo("cart");
      }).extracting(r -> TestConsumer.header(r, "dlq_reason"))
          .anySatisfy(reason -> assertThat(reason).contains("not a JSON object"))
          .anySatisfy(reason -> assertThat(reason).contains("does not match"))
          .anySatisfy(reason -> assertThat(reason).contains("missing header"));
    }
  }

  private static List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> ofKey(TestConsumer dlq,
      String key) {
    return dlq.records().stream().filter(r -> key.equals(r.key())).toList();
  }

  /**
   * A later event of the same order (so the same partition), from the cart of a customer who has none: once it
   * is processed, so is every event of that order before it.
   */
  private static String markerAfter(UUID order) {
    return cart.publish(confirmed(order, UUID.randomUUID(), true, Map.of(mug, 1)));
  }

  private static Map<UUID, Integer> quantities(UUID customer) {
    return cart.cart(customer).bodyAsJsonObject().getJsonArray("items").stream()
        .map(item -> (JsonObject) item)
        .collect(Collectors.toMap(item -> UUID.fromString(item.getString("productId")),
            item -> item.getInteger("quantity")));
  }

  private static OrderConfirmed confirmed(UUID order, UUID customer, boolean fromCart, Map<UUID, Integer> items) {
    List<OrderLine> lines = lines(items);
    long total = lines.stream().mapToLong(l -> l.quantity() * l.unitPrice().amount()).sum();
    return new OrderConfirmed(order, customer, lines, new Money(total, "EUR"), Instant.now(), fromCart);
  }

  private static List<OrderLine> lines(Map<UUID, Integer> items) {
    List<OrderLine> lines = new ArrayList<>();
    items.forEach((product, quantity) -> lines.add(new OrderLine(product, "SKU-" + product.toString().substring(0, 4),
        "Ordered", quantity, new Money(100, "EUR"))));
    return lines;
  }
}
