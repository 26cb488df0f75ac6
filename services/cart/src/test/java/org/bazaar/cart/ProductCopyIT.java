package org.bazaar.cart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import io.vertx.core.json.JsonObject;
import org.bazaar.events.common.Money;
import org.bazaar.events.product.ProductCreated;
import org.bazaar.events.product.ProductDiscontinued;
import org.bazaar.events.product.ProductUpdated;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProductCopyIT {

  private static CartHarness cart;
  private final UUID customer = UUID.randomUUID();

  @BeforeAll
  static void start() {
    cart = CartHarness.start();
  }

  @AfterAll
  static void stop() {
    cart.close();
  }

  @Test
  void anOlderUpdate_neverOverwritesANewerOne() {
    UUID id = cart.product("COPY-1", 1000);
    Instant now = Instant.now();
    cart.awaitProcessed(cart.publish(updated(id, "Renamed", 1200, now.plusSeconds(10))));
    cart.awaitProcessed(cart.publish(updated(id, "Stale", 900, now.plusSeconds(5))));

    JsonObject line = cart.set(customer, id, 1).getJsonArray("items").getJsonObject(0);
    assertThat(line.getString("name")).isEqualTo("Renamed");
    assertThat(line.getJsonObject("unitPrice").getLong("amount")).isEqualTo(1200);
  }

  @Test
  void aDiscontinuedProduct_staysDiscontinued_whateverArrivesAfterIt() {
    UUID id = cart.product("EOL-1", 500);
    cart.awaitProcessed(cart.publish(new ProductDiscontinued(id, "EOL-1", Instant.now())));
    cart.awaitProcessed(cart.publish(updated(id, "Revived?", 400, Instant.now().plusSeconds(60))));

    assertThat(cart.put(customer, id, 1).statusCode()).isEqualTo(404);
  }

  @Test
  void aDiscontinuationHeardBeforeTheProduct_keepsItOutOfCarts() {
    UUID id = UUID.randomUUID();
    Instant created = Instant.now();
    cart.awaitProcessed(cart.publish(new ProductDiscontinued(id, "LATE-1", created.plusSeconds(1))));
    cart.awaitProcessed(cart.publish(new ProductCreated(id, "LATE-1", "Late", "", new Money(100, "EUR"), created)));

    assertThat(cart.put(customer, id, 1).statusCode()).isEqualTo(404);
    assertThat(cart.count("SELECT count(*) FROM products WHERE product_id = $1 AND discontinued", id)).isEqualTo(1);
  }

  @Test
  void theSameProductEventDeliveredTwice_isAppliedOnce() {
    UUID id = cart.product("TWICE-1", 100);
    String eventId = UUID.randomUUID().toString();
    Instant later = Instant.now().plusSeconds(30);
    cart.publish(updated(id, "First", 150, later), eventId);
    // the same id again with a newer state: only a second effect could apply it
    cart.publish(updated(id, "Second", 175, later.plusSeconds(1)), eventId);
    cart.awaitProcessed(cart.publish(updated(id, "First", 150, later)));

    assertThat(cart.set(customer, id, 1).getJsonObject("total").getLong("amount")).isEqualTo(150);
    assertThat(cart.count("SELECT count(*) FROM inbox WHERE event_id = $1", eventId)).isEqualTo(1);
  }

  private static ProductUpdated updated(UUID id, String name, long price, Instant at) {
    return new ProductUpdated(id, "SKU-" + id.toString().substring(0, 8), name, "", new Money(price, "EUR"), at);
  }
}
