package org.bazaar.devstack.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OrderIdempotencyE2EIT {

  private static Api api;
  private static String admin;

  @BeforeAll
  static void shop() {
    api = Shop.api();
    admin = api.admin();
  }

  @Test
  void repeatingARequestWithTheSameKey_returnsTheFirstAnswer_andCreatesNothing() {
    JsonObject product = api.stockedProduct(admin, 100, 10);
    String customer = api.newCustomer();
    String key = UUID.randomUUID().toString();
    JsonObject body = Api.order(product.getString("id"), 1, "tok_ok");

    Api.Reply first = api.placeOrder(customer, body, key).expect(202);
    Api.Reply again = api.call("POST", "/api/v1/orders", customer, body, "Idempotency-Key", key).expect(202);

    assertThat(again.json()).isEqualTo(first.json());
    assertThat(again.header("Location")).isEqualTo(first.header("Location"));
    api.awaitSettled(customer, first.json().getString("id"));
    JsonObject list = api.call("GET", "/api/v1/orders", customer, null).expect(200).json();
    assertThat(list.getJsonArray("items")).hasSize(1);
  }

  @Test
  void theSameKeyWithAnotherBody_isUnprocessable() {
    JsonObject product = api.stockedProduct(admin, 100, 10);
    String customer = api.newCustomer();
    String key = UUID.randomUUID().toString();

    api.placeOrder(customer, Api.order(product.getString("id"), 1, "tok_ok"), key).expect(202);
    Api.Reply other = api.call("POST", "/api/v1/orders", customer, Api.order(product.getString("id"), 2, "tok_ok"),
        "Idempotency-Key", key);

    other.expect(422);
    assertThat(other.header("Content-Type")).startsWith("application/problem+json");
  }
}
