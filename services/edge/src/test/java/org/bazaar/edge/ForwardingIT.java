package org.bazaar.edge;

import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.PATCH;
import static io.vertx.core.http.HttpMethod.POST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.bazaar.edge.EdgeHarness.assertProblem;

import java.util.UUID;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each public operation reaches the right service with the right request, and its answer comes back public. */
class ForwardingIT {

  private static final String USER = UUID.randomUUID().toString();
  private static final String PRODUCT = UUID.randomUUID().toString();
  private static EdgeHarness edge;
  private static String customer;
  private static String admin;

  @BeforeAll
  static void start() {
    edge = EdgeHarness.start();
    customer = edge.token(USER, "customer");
    admin = edge.token(UUID.randomUUID().toString(), "admin", "customer");
  }

  @AfterAll
  static void stop() {
    edge.close();
  }

  @Test
  void registration_withRoles_isForwardedAsSent_andNotHonoured() {
    JsonObject body = new JsonObject().put("email", "eve@example.com").put("password", "long-enough")
        .put("name", "Eve").put("roles", new JsonArray().add("admin"));
    edge.service("identity").answer(POST, "/accounts", 201, account("eve@example.com"));
    HttpResponse<Buffer> response = edge.send(POST, "/api/v1/accounts", null, body);
    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.bodyAsJsonObject().getJsonArray("roles")).containsExactly("customer");
    StandIn.Received received = edge.service("identity").last(POST, "/accounts");
    assertThat(received.json()).isEqualTo(body);
    assertThat(received.headers().contains("X-Bazaar-User-Id")).isFalse();
    assertThat(received.headers().contains("X-Bazaar-User-Roles")).isFalse();
  }

  @Test
  void wrongCredentials_comeBackAs401WithThePublicInstance() {
    edge.service("identity").answer(POST, "/sessions", 401, new JsonObject().put("type",
        "https://bazaar.local/problems/unauthorized").put("title", "Unauthorized").put("status", 401)
        .put("detail", "Wrong email or password.").put("instance", "/sessions"));
    JsonObject problem = assertProblem(edge.send(POST, "/api/v1/sessions", null, new JsonObject()
        .put("email", "eve@example.com").put("password", "nope-nope")), 401, "/api/v1/sessions");
    assertThat(problem.getString("detail")).isEqualTo("Wrong email or password.");
  }

  @Test
  void me_isTheTokensAccount() {
    edge.service("identity").answer(GET, "/accounts/" + USER, 200, account("ann@example.com").put("id", USER));
    HttpResponse<Buffer> response = edge.send(GET, "/api/v1/me", customer, null);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.bodyAsJsonObject().getString("id")).isEqualTo(USER);
  }

  @Test
  void productSearch_passesItsQuery() {
    edge.service("catalog").answer(GET, "/products", 200, new JsonObject()
        .put("items", new JsonArray().add(product())).put("next", "c2"));
    HttpResponse<Buffer> response = edge.send(GET, "/api/v1/products?q=blue%20mug&limit=5&cursor=c1&x=1", null, null);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.bodyAsJsonObject().getString("next")).isEqualTo("c2");
    assertThat(edge.service("catalog").last(GET, "/products").uri()).isEqualTo("/products?q=blue+mug&limit=5&cursor=c1");
  }

  @Test
  void productPage_isTheProductWithItsParts() {
    edge.service("catalog").answer(GET, "/products/" + PRODUCT, 200, product());
    ProductPageIT.summary(edge, PRODUCT, 4.5, 2);
    ProductPageIT.recommendations(edge, PRODUCT, 1);
    JsonObject page = edge.send(GET, "/api/v1/products/" + PRODUCT, null, null).bodyAsJsonObject();
    assertThat(page.getString("id")).isEqualTo(PRODUCT);
    assertThat(page.getInteger("available")).isEqualTo(3);
    assertThat(page.getJsonObject("rating")).isEqualTo(new JsonObject().put("average", 4.5).put("count", 2));
    assertThat(page.getJsonArray("reviews")).hasSize(1);
    assertThat(page.getJsonArray("recommendations")).hasSize(1);
    assertThat(page.getJsonArray("degraded")).isEmpty();
    assertThat(edge.service("recommendations").last(GET, "/products/" + PRODUCT + "/recommendations").uri())
        .endsWith("?limit=5");
  }

  @Test
  void unknownProduct_is404WithThePublicInstance() {
    String id = UUID.randomUUID().toString();
    assertProblem(edge.send(GET, "/api/v1/products/" + id, null, null), 404, "/api/v1/products/" + id);
  }

  @Test
  void newProduct_isCreatedWithAPublicLocation() {
    edge.service("catalog").answer(POST, "/products", 201,
        MultiMap.caseInsensitiveMultiMap().add("Location", "/products/" + PRODUCT), product());
    JsonObject body = new JsonObject().put("sku", "MUG-1").put("name", "Mug").put("description", "A mug")
        .put("price", new JsonObject().put("amount", 1299).put("currency", "EUR"));
    HttpResponse<Buffer> response = edge.send(POST, "/api/v1/products", admin, body);
    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.getHeader("Location")).isEqualTo("/api/v1/products/" + PRODUCT);
    assertThat(edge.service("catalog").last(POST, "/products").json()).isEqualTo(body);

    edge.service("catalog").answer(PATCH, "/products/" + PRODUCT, 200, product().put("name", "Big mug"));
    assertThat(edge.send(PATCH, "/api/v1/products/" + PRODUCT, admin, new JsonObject().put("name", "Big mug"))
        .bodyAsJsonObject().getString("name")).isEqualTo("Big mug");
  }

  @Test
  void stockAdjustmentConflict_isPassedThrough() {
    edge.service("inventory").answer(POST, "/inventory/MUG-1/adjustments", 409, new JsonObject()
        .put("type", "https://bazaar.local/problems/conflict").put("title", "Conflict").put("status", 409)
        .put("detail", "Stock would go negative.").put("instance", "/inventory/MUG-1/adjustments"));
    JsonObject problem = assertProblem(edge.send(POST, "/api/v1/inventory/MUG-1/adjustments", admin,
        new JsonObject().put("delta", -5).put("reason", "breakage")), 409, "/api/v1/inventory/MUG-1/adjustments");
    assertThat(problem.getString("detail")).isEqualTo("Stock would go negative.");
  }

  @Test
  void order_isAcceptedWithLocation_andCarriesKeyAndCaller() {
    String order = UUID.randomUUID().toString();
    edge.service("orders").answer(POST, "/orders", 202, new JsonObject().put("id", order).put("status", "PENDING"));
    JsonObject body = ContractIT.order(2);
    HttpResponse<Buffer> response = edge.request(POST, "/api/v1/orders").bearerTokenAuthentication(customer)
        .putHeader("Idempotency-Key", "key-42").sendJsonObject(body).await();
    assertThat(response.statusCode()).isEqualTo(202);
    assertThat(response.getHeader("Location")).isEqualTo("/api/v1/orders/" + order);
    assertThat(response.bodyAsJsonObject().getString("status")).isEqualTo("PENDING");
    StandIn.Received received = edge.service("orders").last(POST, "/orders");
    assertThat(received.headers().get("Idempotency-Key")).isEqualTo("key-42");
    assertThat(received.headers().get("X-Bazaar-User-Id")).isEqualTo(USER);
    assertThat(received.json()).isEqualTo(body);

    edge.service("orders").answer(GET, "/orders", 200, new JsonObject().put("items", new JsonArray()).putNull("next"));
    assertThat(edge.send(GET, "/api/v1/orders?limit=10", customer, null).statusCode()).isEqualTo(200);
    assertThat(edge.service("orders").last(GET, "/orders").uri()).isEqualTo("/orders?limit=10");
    assertProblem(edge.send(GET, "/api/v1/orders/" + order, customer, null), 404, "/api/v1/orders/" + order);
  }

  @Test
  void serviceError_is502WithoutItsInternals() {
    edge.service("catalog").answer(GET, "/products/boom", 500, new JsonObject()
        .put("detail", "java.lang.NullPointerException at org.bazaar.catalog.Secret"));
    HttpResponse<Buffer> response = edge.send(GET, "/api/v1/products/boom", null, null);
    assertProblem(response, 502, "/api/v1/products/boom");
    assertThat(response.bodyAsString()).doesNotContain("NullPointer").doesNotContain("org.bazaar.catalog");
  }

  private static JsonObject account(String email) {
    return new JsonObject().put("id", UUID.randomUUID().toString()).put("email", email).put("name", "Someone")
        .put("roles", new JsonArray().add("customer"));
  }

  private static JsonObject product() {
    return new JsonObject().put("id", PRODUCT).put("sku", "MUG-1").put("name", "Mug").put("description", "A mug")
        .put("price", new JsonObject().put("amount", 1299).put("currency", "EUR")).put("available", 3);
  }
}
