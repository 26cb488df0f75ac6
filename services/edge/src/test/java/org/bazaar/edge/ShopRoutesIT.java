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

/** Cart, reviews, discontinuing products and the viewing history, at the door. */
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

  static String line(int i) {
    return new UUID(0, i + 1).toString();
  }

  static JsonObject cart(int lines) {
    JsonArray items = new JsonArray();
    for (int i = 0; i < lines; i++) {
      items.add(new JsonObject().put("productId", line(i)).put("sku", "SKU-" + i).put("name", "Thing " + i)
          .put("quantity", i + 1).put("unitPrice", new JsonObject().put("amount", 500).put("currency", "EUR")));
    }
    return new JsonObject().put("items", items).put("total", new JsonObject().put("amount", 500L * lines)
        .put("currency", "EUR"));
  }
}
