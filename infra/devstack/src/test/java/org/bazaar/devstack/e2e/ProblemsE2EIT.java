package org.bazaar.devstack.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every error at the edge is application/problem+json with the right status, and changes nothing. */
class ProblemsE2EIT {

  private static Api api;
  private static String admin;
  private static String customer;

  @BeforeAll
  static void shop() {
    api = Shop.api();
    admin = api.admin();
    customer = api.newCustomer();
  }

  @Test
  void noToken_isUnauthorized() {
    assertProblem(api.call("GET", "/api/v1/me", null, null), 401);
    assertProblem(api.call("GET", "/api/v1/orders", "not-a-jwt", null), 401);
  }

  @Test
  void aCustomerOnAnAdminRoute_isForbidden() {
    assertProblem(api.call("POST", "/api/v1/products", customer, product("FORBID-" + suffix())), 403);
    assertProblem(api.call("GET", "/api/v1/inventory/ANY", customer, null), 403);
  }

  @Test
  void unknownThings_areNotFound() {
    assertProblem(api.call("GET", "/api/v1/products/" + UUID.randomUUID(), null, null), 404);
    assertProblem(api.call("GET", "/api/v1/orders/" + UUID.randomUUID(), customer, null), 404);
    assertProblem(api.call("GET", "/api/v1/no-such-route", null, null), 404);
  }

  @Test
  void invalidBodies_areBadRequests_withTheFieldsNamed() {
    Api.Reply reply = api.call("POST", "/api/v1/accounts", null, new JsonObject().put("email", "not-an-email")
        .put("password", "short").put("name", "X"));
    JsonObject problem = assertProblem(reply, 400);
    assertThat(problem.getJsonArray("errors")).isNotEmpty();
    assertProblem(api.call("POST", "/api/v1/orders", customer, new JsonObject().put("items", "nope"),
        "Idempotency-Key", "k1"), 400);
    assertProblem(api.call("POST", "/api/v1/orders", customer, Api.order(UUID.randomUUID().toString(), 1, "tok_ok")),
        400);
  }

  @Test
  void takenEmailAndSku_areConflicts() {
    String email = "twice-" + UUID.randomUUID() + "@example.com";
    JsonObject body = new JsonObject().put("email", email).put("password", "long-enough").put("name", "Twice");
    api.call("POST", "/api/v1/accounts", null, body).expect(201);
    assertProblem(api.call("POST", "/api/v1/accounts", null, body), 409);

    String sku = "TWICE-" + suffix();
    api.call("POST", "/api/v1/products", admin, product(sku)).expect(201);
    assertProblem(api.call("POST", "/api/v1/products", admin, product(sku)), 409);
  }

  @Test
  void orderingAnUnknownProductOrNothing_isUnprocessable() {
    assertProblem(api.call("POST", "/api/v1/orders", customer, Api.order(UUID.randomUUID().toString(), 1, "tok_ok"),
        "Idempotency-Key", UUID.randomUUID().toString()), 422);
    assertProblem(api.call("POST", "/api/v1/orders", customer, new JsonObject()
        .put("items", new io.vertx.core.json.JsonArray()).put("paymentToken", "tok_ok"),
        "Idempotency-Key", UUID.randomUUID().toString()), 422, 400);
  }

  @Test
  void stockThatWouldGoNegative_isAConflict() {
    JsonObject product = api.stockedProduct(admin, 100, 2);
    assertProblem(api.call("POST", "/api/v1/inventory/" + product.getString("sku") + "/adjustments", admin,
        new JsonObject().put("delta", -3).put("reason", "shrinkage")), 409);
    assertThat(api.stock(admin, product.getString("sku")).getInteger("onHand")).isEqualTo(2);
  }

  private static JsonObject assertProblem(Api.Reply reply, int... statuses) {
    assertThat(statuses).contains(reply.status());
    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    JsonObject problem = reply.json();
    assertThat(problem.getInteger("status")).isEqualTo(reply.status());
    assertThat(problem.getString("title")).isNotBlank();
    assertThat(problem.getString("type")).isNotBlank();
    assertThat(reply.body()).doesNotContain("Exception").doesNotContain("\tat ");
    return problem;
  }

  private static JsonObject product(String sku) {
    return new JsonObject().put("sku", sku).put("name", "Thing").put("description", "")
        .put("price", new JsonObject().put("amount", 100).put("currency", "EUR"));
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
