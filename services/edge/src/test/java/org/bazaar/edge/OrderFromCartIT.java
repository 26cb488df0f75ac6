package org.bazaar.edge;

import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.POST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.bazaar.edge.ContractIT.fields;
import static org.bazaar.edge.EdgeHarness.assertProblem;

import java.util.UUID;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code {fromCart: true}}: the edge reads the caller's cart and orders its lines with the client's key. */
class OrderFromCartIT {

  private static final String USER = UUID.randomUUID().toString();
  private static EdgeHarness edge;
  private static String customer;

  @BeforeAll
  static void start() {
    edge = EdgeHarness.start();
    customer = edge.token(USER, "customer");
  }

  @AfterAll
  static void stop() {
    edge.close();
  }

  @Test
  void orderFromTheCart_ordersTheCartsLines_withTheSameKey() {
    String order = UUID.randomUUID().toString();
    edge.service("cart").answer(GET, "/cart", 200, ShopRoutesIT.cart(2));
    edge.service("orders").answer(POST, "/orders", 202, new JsonObject().put("id", order).put("status", "PENDING"));
    HttpResponse<Buffer> response = edge.request(POST, "/api/v1/orders").bearerTokenAuthentication(customer)
        .putHeader("Idempotency-Key", "cart-1").sendJsonObject(new JsonObject().put("fromCart", true)
            .put("paymentToken", "tok_ok")).await();
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(202);
    assertThat(response.getHeader("Location")).isEqualTo("/api/v1/orders/" + order);
    StandIn.Received placed = edge.service("orders").last(POST, "/orders");
    assertThat(placed.headers().get("Idempotency-Key")).isEqualTo("cart-1");
    assertThat(placed.headers().get("X-Bazaar-User-Id")).isEqualTo(USER);
    assertThat(placed.json()).isEqualTo(new JsonObject().put("items", new JsonArray()
            .add(new JsonObject().put("productId", ShopRoutesIT.line(0)).put("quantity", 1))
            .add(new JsonObject().put("productId", ShopRoutesIT.line(1)).put("quantity", 2)))
        .put("paymentToken", "tok_ok").put("fromCart", true));
    assertThat(edge.service("cart").last(GET, "/cart").headers().get("X-Bazaar-User-Id")).isEqualTo(USER);
  }

  @Test
  void orderFromAnEmptyCart_is422_andNothingIsOrdered() {
    String other = UUID.randomUUID().toString();
    edge.service("cart").answer(GET, "/cart", 200, ShopRoutesIT.cart(0));
    long before = edge.service("orders").received().stream().filter(r -> r.method() == POST).count();
    JsonObject problem = assertProblem(edge.request(POST, "/api/v1/orders").bearerTokenAuthentication(
        edge.token(other, "customer")).putHeader("Idempotency-Key", "cart-2").sendJsonObject(new JsonObject()
        .put("fromCart", true).put("paymentToken", "tok_ok")).await(), 422, "/api/v1/orders");
    assertThat(problem.getString("detail")).contains("empty");
    assertThat(edge.service("orders").received().stream().filter(r -> r.method() == POST).count()).isEqualTo(before);
  }

  @Test
  void anOrderNeedsItemsOrFromCart_notBoth() {
    JsonObject neither = new JsonObject().put("paymentToken", "tok_ok");
    assertThat(fields(assertProblem(edge.request(POST, "/api/v1/orders").bearerTokenAuthentication(customer)
        .putHeader("Idempotency-Key", "k-n").sendJsonObject(neither).await(), 400, "/api/v1/orders")))
        .containsExactly("/items");
    JsonObject both = ContractIT.order(1).put("fromCart", true);
    assertThat(fields(assertProblem(edge.request(POST, "/api/v1/orders").bearerTokenAuthentication(customer)
        .putHeader("Idempotency-Key", "k-b").sendJsonObject(both).await(), 400, "/api/v1/orders")))
        .containsExactly("/items");
    JsonObject notBoolean = new JsonObject().put("fromCart", "yes").put("paymentToken", "tok_ok");
    assertThat(fields(assertProblem(edge.request(POST, "/api/v1/orders").bearerTokenAuthentication(customer)
        .putHeader("Idempotency-Key", "k-s").sendJsonObject(notBoolean).await(), 400, "/api/v1/orders")))
        .containsExactly("/fromCart");
  }
}
