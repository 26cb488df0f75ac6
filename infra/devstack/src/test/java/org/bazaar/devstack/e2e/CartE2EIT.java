package org.bazaar.devstack.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CartE2EIT {

  private static Api api;
  private static String admin;

  @BeforeAll
  static void shop() {
    api = Shop.api();
    admin = api.admin();
  }

  @Test
  void anOrderFromTheCart_takesItsLines_andTheyLeaveTheCartOnceConfirmed() {
    JsonObject mug = api.stockedProduct(admin, 1250, 5);
    JsonObject pen = api.stockedProduct(admin, 300, 5);
    String customer = api.newCustomer();
    putInCart(customer, mug.getString("id"), 2);
    putInCart(customer, pen.getString("id"), 1);

    String id = api.placeOrder(customer, new JsonObject().put("fromCart", true).put("paymentToken", "tok_ok"),
        UUID.randomUUID().toString()).expect(202).json().getString("id");

    JsonObject order = api.awaitSettled(customer, id);
    assertThat(order.getString("status")).isEqualTo("CONFIRMED");
    assertThat(order.getJsonObject("total").getLong("amount")).isEqualTo(2 * 1250 + 300);
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(cart(customer).getJsonArray("items"))
        .isEmpty());
  }

  @Test
  void aCancelledOrderFromTheCart_leavesTheCartAsItWas() {
    JsonObject mug = api.stockedProduct(admin, 1250, 5);
    String customer = api.newCustomer();
    putInCart(customer, mug.getString("id"), 1);

    String id = api.placeOrder(customer, new JsonObject().put("fromCart", true).put("paymentToken", "tok_decline"),
        UUID.randomUUID().toString()).expect(202).json().getString("id");

    assertThat(api.awaitSettled(customer, id).getString("reason")).isEqualTo("PAYMENT_DECLINED");
    assertThat(cart(customer).getJsonArray("items")).hasSize(1);
  }

  @Test
  void aPriceChange_showsInTheCart() {
    JsonObject mug = api.stockedProduct(admin, 1000, 0);
    String customer = api.newCustomer();
    putInCart(customer, mug.getString("id"), 3);

    api.call("PATCH", "/api/v1/products/" + mug.getString("id"), admin, new JsonObject()
        .put("price", new JsonObject().put("amount", 800).put("currency", "EUR"))).expect(200);

    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
      JsonObject cart = cart(customer);
      assertThat(cart.getJsonArray("items").getJsonObject(0).getJsonObject("unitPrice").getLong("amount"))
          .isEqualTo(800);
      assertThat(cart.getJsonObject("total").getLong("amount")).isEqualTo(2400);
    });
  }

  @Test
  void unknownProducts_cannotBeAdded_andAnEmptyCartCannotBeOrdered() {
    String customer = api.newCustomer();
    assertThat(api.call("PUT", "/api/v1/cart/items/" + UUID.randomUUID(), customer,
        new JsonObject().put("quantity", 1)).status()).isEqualTo(404);
    Api.Reply empty = api.call("POST", "/api/v1/orders", customer, new JsonObject().put("fromCart", true)
        .put("paymentToken", "tok_ok"), "Idempotency-Key", UUID.randomUUID().toString());
    assertThat(empty.status()).isEqualTo(422);
  }

  private static void putInCart(String customer, String productId, int quantity) {
    await().atMost(Duration.ofSeconds(30)).until(() -> api.call("PUT", "/api/v1/cart/items/" + productId, customer,
        new JsonObject().put("quantity", quantity)).status() == 200);
  }

  private static JsonObject cart(String customer) {
    return api.call("GET", "/api/v1/cart", customer, null).expect(200).json();
  }
}
