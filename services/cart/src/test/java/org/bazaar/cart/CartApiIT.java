package org.bazaar.cart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import org.bazaar.events.common.Money;
import org.bazaar.events.product.ProductDiscontinued;
import org.bazaar.events.product.ProductUpdated;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CartApiIT {

  private static CartHarness cart;
  private static UUID mug;
  private static UUID tea;
  private final UUID customer = UUID.randomUUID();

  @BeforeAll
  static void start() {
    cart = CartHarness.start();
    mug = cart.product("MUG-1", 1250);
    tea = cart.product("TEA-1", 399);
  }

  @AfterAll
  static void stop() {
    cart.close();
  }

  @Test
  void aNewCustomersCart_isEmpty() {
    HttpResponse<Buffer> response = cart.cart(customer);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.getHeader("Content-Type")).isEqualTo("application/json");
    assertThat(response.bodyAsJsonObject()).isEqualTo(new JsonObject().put("items", new JsonArray())
        .put("total", money(0)));
  }

  @Test
  void putSetsTheQuantity_deleteRemovesTheLine_andEveryAnswerIsTheWholeCart() {
    JsonObject one = cart.set(customer, mug, 2);
    assertThat(one).isEqualTo(new JsonObject()
        .put("items", new JsonArray().add(item(mug, "MUG-1", 2, 1250)))
        .put("total", money(2500)));

    JsonObject two = cart.set(customer, tea, 3);
    assertThat(two.getJsonArray("items")).containsExactly(item(mug, "MUG-1", 2, 1250), item(tea, "TEA-1", 3, 399));
    assertThat(two.getJsonObject("total")).isEqualTo(money(3697));

    // PUT sets, it does not add; the line keeps its place
    JsonObject changed = cart.set(customer, mug, 5);
    assertThat(changed.getJsonArray("items")).containsExactly(item(mug, "MUG-1", 5, 1250), item(tea, "TEA-1", 3, 399));
    assertThat(changed.getJsonObject("total")).isEqualTo(money(7447));

    HttpResponse<Buffer> removed = cart.remove(customer, mug);
    assertThat(removed.statusCode()).isEqualTo(200);
    assertThat(removed.bodyAsJsonObject().getJsonArray("items")).containsExactly(item(tea, "TEA-1", 3, 399));
    assertThat(removed.bodyAsJsonObject().getJsonObject("total")).isEqualTo(money(1197));
    assertThat(cart.cart(customer).bodyAsJsonObject()).isEqualTo(removed.bodyAsJsonObject());
  }

  @Test
  void removingALineThatIsNotThere_answersTheCart() {
    cart.set(customer, tea, 1);
    for (Object absent : List.of(mug, UUID.randomUUID(), "not-an-id")) {
      HttpResponse<Buffer> response = cart.remove(customer, absent);
      assertThat(response.statusCode()).as("%s", absent).isEqualTo(200);
      assertThat(response.bodyAsJsonObject().getJsonArray("items")).containsExactly(item(tea, "TEA-1", 1, 399));
    }
  }

  @Test
  void eachCustomer_seesOnlyTheirOwnCart() {
    cart.set(customer, mug, 1);
    UUID other = UUID.randomUUID();
    assertThat(cart.cart(other).bodyAsJsonObject().getJsonArray("items")).isEmpty();
    cart.set(other, tea, 4);
    assertThat(cart.cart(customer).bodyAsJsonObject().getJsonArray("items"))
        .containsExactly(item(mug, "MUG-1", 1, 1250));
  }

  @Test
  void anUnknownProduct_is404_andChangesNothing() {
    cart.set(customer, mug, 1);
    UUID unknown = UUID.randomUUID();
    HttpResponse<Buffer> response = cart.put(customer, unknown, 1);
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.getHeader("Content-Type")).isEqualTo("application/problem+json");
    assertThat(response.bodyAsJsonObject().getString("detail")).isEqualTo("unknown product " + unknown);
    assertThat(cart.put(customer, "not-an-id", 1).statusCode()).isEqualTo(404);
    assertThat(cart.cart(customer).bodyAsJsonObject().getJsonArray("items")).hasSize(1);
  }

  @Test
  void aDiscontinuedProduct_is404_andDisappearsFromCartsHoldingIt() {
    UUID lamp = cart.product("LAMP-1", 4500);
    cart.set(customer, lamp, 2);
    JsonObject before = cart.set(customer, tea, 1);
    assertThat(before.getJsonObject("total")).isEqualTo(money(9399));

    cart.awaitProcessed(cart.publish(new ProductDiscontinued(lamp, "LAMP-1", Instant.now())));

    JsonObject after = cart.cart(customer).bodyAsJsonObject();
    assertThat(after.getJsonArray("items")).containsExactly(item(tea, "TEA-1", 1, 399));
    assertThat(after.getJsonObject("total")).isEqualTo(money(399));
    assertThat(cart.count("SELECT count(*) FROM cart_lines WHERE product_id = $1", lamp)).isZero();
    HttpResponse<Buffer> again = cart.put(customer, lamp, 1);
    assertThat(again.statusCode()).isEqualTo(404);
    assertThat(cart.cart(customer).bodyAsJsonObject()).isEqualTo(after);
  }

  @Test
  void aPriceChange_showsInTheCart() {
    UUID pen = cart.product("PEN-1", 200);
    cart.set(customer, pen, 3);
    cart.awaitProcessed(cart.publish(new ProductUpdated(pen, "PEN-1", "Fountain pen", "", new Money(250, "EUR"),
        Instant.now())));

    JsonObject seen = cart.cart(customer).bodyAsJsonObject();
    assertThat(seen.getJsonArray("items")).containsExactly(item(pen, "PEN-1", 3, 250).put("name", "Fountain pen"));
    assertThat(seen.getJsonObject("total")).isEqualTo(money(750));
  }

  @Test
  void invalidQuantities_are400_withTheField() {
    for (Object bad : List.of(0, 100, -3, 1.5, "2")) {
      HttpResponse<Buffer> response = cart.put(customer, mug, bad);
      assertThat(response.statusCode()).as("%s", bad).isEqualTo(400);
      assertThat(response.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0).getString("field"))
          .isEqualTo("quantity");
    }
    HttpResponse<Buffer> noBody = cart.request(HttpMethod.PUT, "/cart/items/" + mug, customer)
        .sendBuffer(Buffer.buffer("[1]")).await();
    assertThat(noBody.statusCode()).isEqualTo(400);
    HttpResponse<Buffer> missing = cart.request(HttpMethod.PUT, "/cart/items/" + mug, customer)
        .sendJsonObject(new JsonObject()).await();
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(cart.set(customer, mug, 99).getJsonArray("items").getJsonObject(0).getInteger("quantity")).isEqualTo(99);
    assertThat(cart.cart(customer).bodyAsJsonObject().getJsonObject("total")).isEqualTo(money(99 * 1250));
  }

  @Test
  void withoutAUser_everyRouteIs401() {
    assertThat(cart.cart(null).statusCode()).isEqualTo(401);
    assertThat(cart.put(null, mug, 1).statusCode()).isEqualTo(401);
    assertThat(cart.remove(null, mug).statusCode()).isEqualTo(401);
    HttpResponse<Buffer> notAUser = cart.request(HttpMethod.GET, "/cart", null).putHeader("X-Bazaar-User-Id", "bob")
        .send().await();
    assertThat(notAUser.statusCode()).isEqualTo(401);
  }

  @Test
  void aCartHoldsAtMostFiftyDifferentProducts() {
    String tag = customer.toString().substring(0, 8);
    UUID first = cart.product("BULK-0-" + tag, 1);
    cart.set(customer, first, 1);
    for (int i = 1; i < CartRules.MAX_LINES; i++) {
      cart.set(customer, cart.product("BULK-" + i + "-" + tag, 1), 1);
    }
    HttpResponse<Buffer> full = cart.put(customer, mug, 1);
    assertThat(full.statusCode()).isEqualTo(422);
    assertThat(full.bodyAsJsonObject().getString("detail")).contains("at most 50");
    assertThat(cart.cart(customer).bodyAsJsonObject().getJsonArray("items")).hasSize(CartRules.MAX_LINES)
        .noneSatisfy(item -> assertThat(((JsonObject) item).getString("productId")).isEqualTo(mug.toString()));
    assertThat(cart.set(customer, first, 2).getJsonObject("total")).isEqualTo(money(CartRules.MAX_LINES + 1));
  }

  private static JsonObject item(UUID product, String sku, int quantity, long price) {
    return new JsonObject().put("productId", product.toString()).put("sku", sku).put("name", "Product " + sku)
        .put("quantity", quantity).put("unitPrice", money(price));
  }

  private static JsonObject money(long amount) {
    return new JsonObject().put("amount", amount).put("currency", "EUR");
  }
}
