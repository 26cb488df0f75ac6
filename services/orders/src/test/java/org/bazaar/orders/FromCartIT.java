package org.bazaar.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import org.bazaar.events.EventTypes;
import org.bazaar.events.Topics;
import org.bazaar.events.common.Money;
import org.bazaar.events.common.SkuQuantity;
import org.bazaar.events.common.StockLevel;
import org.bazaar.events.payment.PaymentAuthorized;
import org.bazaar.events.stock.RejectionReason;
import org.bazaar.events.stock.Shortage;
import org.bazaar.events.stock.StockRejected;
import org.bazaar.events.stock.StockReserved;
import org.bazaar.platform.testing.TestConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FromCartIT {

  private static OrdersHarness orders;
  private static TestConsumer published;
  private static UUID product;
  private final UUID customer = UUID.randomUUID();

  @BeforeAll
  static void start() {
    orders = OrdersHarness.start(Map.of());
    published = new TestConsumer(Topics.ORDER_EVENTS);
    product = orders.product("CART-1", 500);
  }

  @AfterAll
  static void stop() {
    published.close();
    orders.close();
  }

  @Test
  void anOrderFromTheCart_isStored_andSaysSoOnPlacedAndConfirmed() {
    UUID order = place(fromCart(true));
    assertThat(orders.orderRow(order).getBoolean("from_cart")).isTrue();

    assertThat(Published.awaitOne(published, EventTypes.ORDER_PLACED_V1, order).getBoolean("fromCart")).isTrue();
    orders.publish(new StockReserved(order, List.of(new SkuQuantity("CART-1", 2)),
        List.of(new StockLevel("CART-1", 10, 2, 8, 2)), Instant.now()));
    orders.publish(new PaymentAuthorized(order, "ch_cart", new Money(1000, "EUR"), 1, Instant.now()));
    JsonObject confirmed = Published.awaitOne(published, EventTypes.ORDER_CONFIRMED_V1, order);
    assertThat(confirmed.getBoolean("fromCart")).isTrue();
    assertThat(confirmed.getString("customerId")).isEqualTo(customer.toString());
    assertThat(confirmed.getJsonArray("lines").getJsonObject(0).getInteger("quantity")).isEqualTo(2);
  }

  @Test
  void aCancelledOrderFromTheCart_saysSoOnCancelled() {
    UUID order = place(fromCart(true));
    orders.publish(new StockRejected(order, RejectionReason.OUT_OF_STOCK, List.of(new Shortage("CART-1", 2, 0)),
        Instant.now()));

    JsonObject cancelled = Published.awaitOne(published, EventTypes.ORDER_CANCELLED_V1, order);
    assertThat(cancelled.getBoolean("fromCart")).isTrue();
    assertThat(cancelled.getString("reason")).isEqualTo("OUT_OF_STOCK");
  }

  @Test
  void withoutFromCart_orWithFalse_theOrderIsNotFromTheCart_andItsEventsLeaveTheFieldOut() {
    UUID plain = place(OrdersHarness.order("tok_ok", product, 2));
    UUID explicit = place(fromCart(false));

    for (UUID order : List.of(plain, explicit)) {
      assertThat(orders.orderRow(order).getBoolean("from_cart")).isFalse();
      JsonObject placed = Published.awaitOne(published, EventTypes.ORDER_PLACED_V1, order);
      assertThat(placed.containsKey("fromCart")).isFalse();
    }
  }

  @Test
  void fromCart_isPartOfTheIdempotentBody() {
    HttpResponse<Buffer> first = orders.placeOrder(customer, "cart-key", fromCart(true));
    assertThat(first.statusCode()).isEqualTo(202);
    HttpResponse<Buffer> replay = orders.placeOrder(customer, "cart-key", fromCart(true));
    assertThat(replay.statusCode()).isEqualTo(202);
    assertThat(replay.bodyAsJsonObject()).isEqualTo(first.bodyAsJsonObject());

    assertThat(orders.placeOrder(customer, "cart-key", fromCart(false)).statusCode()).isEqualTo(422);
    assertThat(orders.placeOrder(customer, "cart-key", OrdersHarness.order("tok_ok", product, 2)).statusCode())
        .isEqualTo(422);
    assertThat(orders.count("SELECT count(*) FROM orders WHERE customer_id = $1", customer)).isEqualTo(1);
  }

  @Test
  void aFromCartThatIsNoBoolean_is400() {
    HttpResponse<Buffer> response = orders.placeOrder(customer, "bad-cart",
        OrdersHarness.order("tok_ok", product, 1).put("fromCart", "yes"));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("fromCart");
    assertThat(orders.count("SELECT count(*) FROM orders WHERE customer_id = $1", customer)).isZero();
  }

  private UUID place(JsonObject body) {
    HttpResponse<Buffer> response = orders.placeOrder(customer, UUID.randomUUID().toString(), body);
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(202);
    return UUID.fromString(response.bodyAsJsonObject().getString("id"));
  }

  private static JsonObject fromCart(boolean fromCart) {
    return OrdersHarness.order("tok_ok", product, 2).put("fromCart", fromCart);
  }
}
