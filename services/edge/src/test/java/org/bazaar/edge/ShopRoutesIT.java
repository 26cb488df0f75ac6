package org.bazaar.edge;

import static io.vertx.core.http.HttpMethod.DELETE;
import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.POST;
import static io.vertx.core.http.HttpMethod.PUT;
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

/** Cart, orders from the cart, reviews, discontinuing products and the viewing history, at the door. */
class ShopRoutesIT {

  private static final String USER = UUID.randomUUID().toString();
  private static final String PRODUCT = UUID.randomUUID().toString();
  private static EdgeHarness edge;
  private static String customer;
  private static String admin;

  @BeforeAll
  static void start() {
    edge = EdgeHarness.start();
    customer = edge.token(USER, "customer");
    admin = edge.token(UUID.randomUUID().toString(), "admin");
  }

  @AfterAll
  static void stop() {
    edge.close();
  }

  @Test
  void cart_isTheCallersCart() {
    edge.service("cart").answer(GET, "/cart", 200, cart(2));
    HttpResponse<Buffer> response = edge.send(GET, "/api/v1/cart", customer, null);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.bodyAsJsonObject().getJsonArray("items")).hasSize(2);
    assertThat(edge.service("cart").last(GET, "/cart").headers().get("X-Bazaar-User-Id")).isEqualTo(USER);
  }

  @Test
  void cartLines_areSetAndRemoved() {
    edge.service("cart").answer(PUT, "/cart/items/" + PRODUCT, 200, cart(1));
    edge.service("cart").answer(DELETE, "/cart/items/" + PRODUCT, 200, cart(0));
    assertThat(edge.send(PUT, "/api/v1/cart/items/" + PRODUCT, customer, new JsonObject().put("quantity", 3))
        .statusCode()).isEqualTo(200);
    StandIn.Received put = edge.service("cart").last(PUT, "/cart/items/" + PRODUCT);
    assertThat(put.json()).isEqualTo(new JsonObject().put("quantity", 3));
    assertThat(put.headers().get("X-Bazaar-User-Id")).isEqualTo(USER);
    HttpResponse<Buffer> removed = edge.send(DELETE, "/api/v1/cart/items/" + PRODUCT, customer, null);
    assertThat(removed.statusCode()).isEqualTo(200);
    assertThat(removed.bodyAsJsonObject().getJsonArray("items")).isEmpty();
  }

  @Test
  void badCartChanges_areFieldErrors_andNeverReachTheCart() {
    String path = "/api/v1/cart/items/" + PRODUCT;
    int before = edge.service("cart").received().size();
    for (int quantity : new int[] {0, 100}) {
      assertThat(fields(assertProblem(edge.send(PUT, path, customer, new JsonObject().put("quantity", quantity)),
          400, path))).containsExactly("/quantity");
    }
    assertThat(fields(assertProblem(edge.send(PUT, path, customer, new JsonObject()), 400, path)))
        .containsExactly("/quantity");
    assertThat(fields(assertProblem(edge.send(PUT, path, customer, new JsonObject().put("quantity", 1)
        .put("price", 1)), 400, path))).containsExactly("/price");
    assertThat(edge.service("cart").received()).hasSize(before);
  }

  @Test
  void unknownProductInTheCart_is404PassedThrough() {
    String other = UUID.randomUUID().toString();
    assertProblem(edge.send(PUT, "/api/v1/cart/items/" + other, customer, new JsonObject().put("quantity", 1)),
        404, "/api/v1/cart/items/" + other);
  }

  @Test
  void cartRoutes_needACustomerToken() {
    assertProblem(edge.send(GET, "/api/v1/cart", null, null), 401, "/api/v1/cart");
    assertProblem(edge.send(GET, "/api/v1/cart", admin, null), 403, "/api/v1/cart");
  }

  @Test
  void orderFromTheCart_ordersTheCartsLines_withTheSameKey() {
    String order = UUID.randomUUID().toString();
    edge.service("cart").answer(GET, "/cart", 200, cart(2));
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
            .add(new JsonObject().put("productId", line(0)).put("quantity", 1))
            .add(new JsonObject().put("productId", line(1)).put("quantity", 2)))
        .put("paymentToken", "tok_ok").put("fromCart", true));
    assertThat(edge.service("cart").last(GET, "/cart").headers().get("X-Bazaar-User-Id")).isEqualTo(USER);
  }

  @Test
  void orderFromAnEmptyCart_is422_andNothingIsOrdered() {
    String other = UUID.randomUUID().toString();
    edge.service("cart").answer(GET, "/cart", 200, cart(0));
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

  @Test
  void review_isPostedForTheProduct() {
    JsonObject review = new JsonObject().put("id", UUID.randomUUID().toString()).put("rating", 5).put("text", "Great")
        .put("author", "Ann").put("verifiedPurchase", false).put("createdAt", "2026-01-01T10:00:00Z");
    edge.service("reviews").answer(POST, "/products/" + PRODUCT + "/reviews", 201, review);
    HttpResponse<Buffer> response = edge.send(POST, "/api/v1/products/" + PRODUCT + "/reviews", customer,
        new JsonObject().put("rating", 5).put("text", "Great"));
    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.bodyAsJsonObject()).isEqualTo(review);
    StandIn.Received received = edge.service("reviews").last(POST, "/products/" + PRODUCT + "/reviews");
    assertThat(received.json()).isEqualTo(new JsonObject().put("rating", 5).put("text", "Great"));
    assertThat(received.headers().get("X-Bazaar-User-Id")).isEqualTo(USER);
  }

  @Test
  void badReviews_areFieldErrors() {
    String path = "/api/v1/products/" + PRODUCT + "/reviews";
    assertThat(fields(assertProblem(edge.send(POST, path, customer, new JsonObject().put("rating", 6).put("text", "")),
        400, path))).containsExactly("/rating");
    assertThat(fields(assertProblem(edge.send(POST, path, customer, new JsonObject().put("rating", 3)
        .put("text", "x".repeat(2001))), 400, path))).containsExactly("/text");
    assertThat(fields(assertProblem(edge.send(POST, path, customer, new JsonObject().put("text", "no rating")),
        400, path))).containsExactly("/rating");
    assertProblem(edge.send(POST, path, null, new JsonObject().put("rating", 3).put("text", "")), 401, path);
  }

  @Test
  void secondReview_conflictIsPassedThrough() {
    String other = UUID.randomUUID().toString();
    edge.service("reviews").answer(POST, "/products/" + other + "/reviews", 409, new JsonObject()
        .put("type", "https://bazaar.local/problems/conflict").put("title", "Conflict").put("status", 409)
        .put("detail", "You already reviewed this product."));
    assertProblem(edge.send(POST, "/api/v1/products/" + other + "/reviews", customer,
        new JsonObject().put("rating", 3).put("text", "again")), 409, "/api/v1/products/" + other + "/reviews");
  }

  @Test
  void discontinuingAProduct_isForAdmins_andAnswers204() {
    edge.service("catalog").answer(DELETE, "/products/" + PRODUCT, 204, null);
    HttpResponse<Buffer> response = edge.send(DELETE, "/api/v1/products/" + PRODUCT, admin, null);
    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(response.body() == null || response.body().length() == 0).isTrue();
    assertThat(edge.service("catalog").last(DELETE, "/products/" + PRODUCT).headers().get("X-Bazaar-User-Roles"))
        .isEqualTo("admin");
    assertProblem(edge.send(DELETE, "/api/v1/products/" + PRODUCT, customer, null), 403, "/api/v1/products/" + PRODUCT);
    String gone = UUID.randomUUID().toString();
    assertProblem(edge.send(DELETE, "/api/v1/products/" + gone, admin, null), 404, "/api/v1/products/" + gone);
  }

  @Test
  void history_isTheCallersHistory() {
    edge.service("recommendations").answer(GET, "/history/" + USER, 200, new JsonObject()
        .put("items", new JsonArray().add(ProductPageIT.product(PRODUCT))));
    HttpResponse<Buffer> response = edge.send(GET, "/api/v1/me/history?limit=5", customer, null);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.bodyAsJsonObject().getJsonArray("items")).hasSize(1);
    assertThat(edge.service("recommendations").last(GET, "/history/" + USER).uri()).isEqualTo("/history/" + USER
        + "?limit=5");
    assertThat(fields(assertProblem(edge.send(GET, "/api/v1/me/history?limit=0", customer, null), 400,
        "/api/v1/me/history"))).containsExactly("limit");
    assertProblem(edge.send(GET, "/api/v1/me/history", null, null), 401, "/api/v1/me/history");
  }

  private static String line(int i) {
    return new UUID(0, i + 1).toString();
  }

  private static JsonObject cart(int lines) {
    JsonArray items = new JsonArray();
    for (int i = 0; i < lines; i++) {
      items.add(new JsonObject().put("productId", line(i)).put("sku", "SKU-" + i).put("name", "Thing " + i)
          .put("quantity", i + 1).put("unitPrice", new JsonObject().put("amount", 500).put("currency", "EUR")));
    }
    return new JsonObject().put("items", items).put("total", new JsonObject().put("amount", 500L * lines)
        .put("currency", "EUR"));
  }
}
