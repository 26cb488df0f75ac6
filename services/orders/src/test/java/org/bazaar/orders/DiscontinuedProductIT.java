package org.bazaar.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import org.bazaar.events.common.Money;
import org.bazaar.events.product.ProductCreated;
import org.bazaar.events.product.ProductDiscontinued;
import org.bazaar.events.product.ProductUpdated;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DiscontinuedProductIT {

  private static OrdersHarness orders;
  private static UUID mug;
  private final UUID customer = UUID.randomUUID();

  @BeforeAll
  static void start() {
    orders = OrdersHarness.start(Map.of());
    mug = orders.product("MUG-EOL", 1250);
  }

  @AfterAll
  static void stop() {
    orders.close();
  }

  @Test
  void aDiscontinuedProduct_isUnknownForNewOrders_butOrdersPlacedBeforeKeepIt() {
    UUID lamp = orders.product("LAMP-EOL", 4500);
    UUID before = orders.placedOrder(customer, lamp, 1, "tok_ok");

    processed(orders.publish(new ProductDiscontinued(lamp, "LAMP-EOL", Instant.now())));

    HttpResponse<Buffer> alone = orders.placeOrder(customer, "eol-1", OrdersHarness.order("tok_ok", lamp, 1));
    assertThat(alone.statusCode()).isEqualTo(422);
    assertThat(alone.bodyAsJsonObject().getString("detail")).isEqualTo("unknown product " + lamp);
    HttpResponse<Buffer> mixed = orders.placeOrder(customer, "eol-2", OrdersHarness.order("tok_ok", mug, 1, lamp, 1));
    assertThat(mixed.statusCode()).isEqualTo(422);
    assertThat(orders.count("SELECT count(*) FROM orders WHERE customer_id = $1", customer)).isEqualTo(1);
    assertThat(orders.get(customer, "/orders/" + before).bodyAsJsonObject().getJsonArray("items")).hasSize(1);
    assertThat(orders.placeOrder(customer, "eol-3", OrdersHarness.order("tok_ok", mug, 1)).statusCode())
        .isEqualTo(202);
  }

  @Test
  void aLaterUpdate_neverRevivesADiscontinuedProduct() {
    UUID pen = orders.product("PEN-EOL", 200);
    processed(orders.publish(new ProductDiscontinued(pen, "PEN-EOL", Instant.now())));
    processed(orders.publish(new ProductUpdated(pen, "PEN-EOL", "Revived?", "", new Money(150, "EUR"),
        Instant.now().plusSeconds(60))));

    assertThat(orders.placeOrder(customer, "eol-4", OrdersHarness.order("tok_ok", pen, 1)).statusCode())
        .isEqualTo(422);
  }

  @Test
  void aDiscontinuationHeardBeforeTheProduct_keepsItUnorderable() {
    UUID late = UUID.randomUUID();
    Instant created = Instant.now();
    processed(orders.publish(new ProductDiscontinued(late, "LATE-EOL", created.plusSeconds(1))));
    processed(orders.publish(new ProductCreated(late, "LATE-EOL", "Late", "", new Money(100, "EUR"), created)));

    assertThat(orders.placeOrder(customer, "eol-5", OrdersHarness.order("tok_ok", late, 1)).statusCode())
        .isEqualTo(422);
    assertThat(orders.count("SELECT count(*) FROM products WHERE product_id = $1 AND discontinued", late))
        .isEqualTo(1);
  }

  @Test
  void theSameDiscontinuationDeliveredTwice_isRecordedOnce() {
    UUID cup = orders.product("CUP-EOL", 300);
    String eventId = UUID.randomUUID().toString();
    ProductDiscontinued discontinued = new ProductDiscontinued(cup, "CUP-EOL", Instant.now());
    orders.publish(discontinued, eventId);
    orders.publish(discontinued, eventId);
    processed(orders.publish(new ProductDiscontinued(cup, "CUP-EOL", Instant.now())));

    assertThat(orders.count("SELECT count(*) FROM inbox WHERE event_id = $1", eventId)).isEqualTo(1);
    assertThat(orders.placeOrder(customer, "eol-6", OrdersHarness.order("tok_ok", cup, 1)).statusCode())
        .isEqualTo(422);
  }

  private static void processed(String eventId) {
    await().atMost(Duration.ofSeconds(60))
        .until(() -> orders.count("SELECT count(*) FROM inbox WHERE event_id = $1", eventId) == 1);
  }
}
