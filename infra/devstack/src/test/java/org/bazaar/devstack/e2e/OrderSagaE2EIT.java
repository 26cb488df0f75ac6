package org.bazaar.devstack.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("An order placed at the edge ends CONFIRMED or CANCELLED with the right reason")
class OrderSagaE2EIT {

  private static Api api;
  private static String admin;

  @BeforeAll
  static void shop() {
    api = Shop.api();
    admin = api.admin();
  }

  @Test
  void anOrderPaidWithAnApprovingToken_isConfirmed_andItsStockCommitted() {
    JsonObject product = api.stockedProduct(admin, 1250, 5);
    String customer = api.newCustomer();

    Api.Reply placed = api.placeOrder(customer, Api.order(product.getString("id"), 2, "tok_ok"), key()).expect(202);
    assertThat(placed.json().getString("status")).isEqualTo("PENDING");
    assertThat(placed.header("Location")).isEqualTo("/api/v1/orders/" + placed.json().getString("id"));

    JsonObject order = api.awaitSettled(customer, placed.json().getString("id"));
    assertThat(order.getString("status")).isEqualTo("CONFIRMED");
    assertThat(order.getValue("reason")).isNull();
    assertThat(order.getJsonObject("total").getLong("amount")).isEqualTo(2500);
    assertThat(order.getJsonArray("items").getJsonObject(0).getJsonObject("unitPrice").getLong("amount"))
        .isEqualTo(1250);
    awaitStock(product.getString("sku"), 3, 0);
  }

  @Test
  void anOrderForMoreThanIsInStock_isCancelledOutOfStock_andNothingIsReserved() {
    JsonObject product = api.stockedProduct(admin, 500, 1);
    String customer = api.newCustomer();

    String id = api.placeOrder(customer, Api.order(product.getString("id"), 2, "tok_ok"), key()).expect(202)
        .json().getString("id");

    assertCancelled(customer, id, "OUT_OF_STOCK");
    awaitStock(product.getString("sku"), 1, 0);
  }

  @Test
  void aDeclinedPayment_cancelsTheOrder_andReleasesItsStock() {
    JsonObject product = api.stockedProduct(admin, 700, 4);
    String customer = api.newCustomer();

    String id = api.placeOrder(customer, Api.order(product.getString("id"), 3, "tok_decline"), key()).expect(202)
        .json().getString("id");

    assertCancelled(customer, id, "PAYMENT_DECLINED");
    awaitStock(product.getString("sku"), 4, 0);
  }

  @Test
  void aProviderSlowerThanThePaymentTimeout_cancelsWithPaymentUnavailable_andReleasesStock() {
    JsonObject product = api.stockedProduct(admin, 900, 2);
    String customer = api.newCustomer();

    String id = api.placeOrder(customer, Api.order(product.getString("id"), 1, "tok_slow"), key()).expect(202)
        .json().getString("id");

    assertCancelled(customer, id, "PAYMENT_UNAVAILABLE");
    awaitStock(product.getString("sku"), 2, 0);
  }

  @Test
  void aFlakyProvider_isRetried_andTheOrderConfirmed() {
    JsonObject product = api.stockedProduct(admin, 300, 2);
    String customer = api.newCustomer();

    String id = api.placeOrder(customer, Api.order(product.getString("id"), 1, "tok_flaky"), key()).expect(202)
        .json().getString("id");

    assertThat(api.awaitSettled(customer, id).getString("status")).isEqualTo("CONFIRMED");
    awaitStock(product.getString("sku"), 1, 0);
  }

  private static void assertCancelled(String customer, String id, String reason) {
    JsonObject order = api.awaitSettled(customer, id);
    assertThat(order.getString("status")).isEqualTo("CANCELLED");
    assertThat(order.getString("reason")).isEqualTo(reason);
  }

  private static void awaitStock(String sku, int onHand, int reserved) {
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
      JsonObject stock = api.stock(admin, sku);
      assertThat(stock.getInteger("onHand")).isEqualTo(onHand);
      assertThat(stock.getInteger("reserved")).isEqualTo(reserved);
      assertThat(stock.getInteger("available")).isEqualTo(onHand - reserved);
    });
  }

  static String key() {
    return UUID.randomUUID().toString();
  }
}
