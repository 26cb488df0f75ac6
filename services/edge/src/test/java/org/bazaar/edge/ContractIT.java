package org.bazaar.edge;

import static io.vertx.core.http.HttpMethod.DELETE;
import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.POST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.bazaar.edge.EdgeHarness.assertProblem;

import java.util.List;
import java.util.UUID;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The public contract at the door: the OpenAPI document, validation, sizes, unknown routes and methods. */
class ContractIT {

  private static EdgeHarness edge;
  private static String customer;

  @BeforeAll
  static void start() {
    edge = EdgeHarness.start();
    customer = edge.token(UUID.randomUUID().toString(), "customer");
  }

  @AfterAll
  static void stop() {
    edge.close();
  }

  @Test
  void servesItsOpenApiDocument() {
    HttpResponse<Buffer> response = edge.send(GET, "/api/v1/openapi.yaml", null, null);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.getHeader("Content-Type")).startsWith("application/yaml");
    assertThat(response.bodyAsString()).startsWith("openapi: 3.1.0").contains("/orders/{id}:", "bearerAuth")
        .contains("/cart/items/{productId}:", "/orders/{id}/events:", "/me/history:", "/products/{id}/reviews:",
            "TooManyRequests");
  }

  @Test
  void badEmailAndShortPassword_areFieldErrors() {
    JsonObject problem = assertProblem(edge.send(POST, "/api/v1/accounts", null,
        new JsonObject().put("email", "not-an-email").put("password", "short").put("name", "Ann")),
        400, "/api/v1/accounts");
    assertThat(fields(problem)).containsExactlyInAnyOrder("/email", "/password");
    assertThat(edge.service("identity").received()).noneMatch(r -> r.method() == POST);
  }

  @Test
  void missingRequiredField_isNamed() {
    JsonObject problem = assertProblem(edge.send(POST, "/api/v1/sessions", null,
        new JsonObject().put("email", "ann@example.com")), 400, "/api/v1/sessions");
    assertThat(fields(problem)).containsExactly("/password");
  }

  @Test
  void limitOutsideItsBounds_isRejected() {
    JsonObject problem = assertProblem(edge.send(GET, "/api/v1/products?limit=0", null, null), 400,
        "/api/v1/products");
    assertThat(fields(problem)).containsExactly("limit");
    assertProblem(edge.send(GET, "/api/v1/products?limit=101", null, null), 400, "/api/v1/products");
  }

  @Test
  void quantityZero_pointsAtTheLine() {
    JsonObject problem = assertProblem(edge.request(POST, "/api/v1/orders").bearerTokenAuthentication(customer)
        .putHeader("Idempotency-Key", "k-1").sendJsonObject(order(0)).await(), 400, "/api/v1/orders");
    assertThat(fields(problem)).containsExactly("/items/0/quantity");
    assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("message")).isNotBlank();
  }

  @Test
  void missingIdempotencyKey_isRejected() {
    JsonObject problem = assertProblem(edge.send(POST, "/api/v1/orders", customer, order(1)), 400, "/api/v1/orders");
    assertThat(fields(problem)).containsExactly("Idempotency-Key");
  }

  @Test
  void unknownFieldOnAnOrder_isRejected() {
    JsonObject problem = assertProblem(edge.request(POST, "/api/v1/orders").bearerTokenAuthentication(customer)
        .putHeader("Idempotency-Key", "k-2").sendJsonObject(order(1).put("discount", 100)).await(),
        400, "/api/v1/orders");
    assertThat(fields(problem)).containsExactly("/discount");
    assertThat(edge.service("orders").received()).noneMatch(r -> r.method() == POST);
  }

  @Test
  void nonJsonBody_isA400Problem() {
    assertProblem(edge.request(POST, "/api/v1/sessions").putHeader("Content-Type", "application/json")
        .sendBuffer(Buffer.buffer("{not json")).await(), 400, "/api/v1/sessions");
  }

  @Test
  void oversizedBody_is413() {
    String big = "x".repeat(70 * 1024);
    assertProblem(edge.send(POST, "/api/v1/accounts", null,
        new JsonObject().put("email", "a@example.com").put("password", big).put("name", "A")), 413, "/api/v1/accounts");
  }

  @Test
  void unknownRoute_is404Problem() {
    assertProblem(edge.send(GET, "/api/v1/nothing-here", null, null), 404, "/api/v1/nothing-here");
    assertProblem(edge.send(GET, "/elsewhere", null, null), 404, "/elsewhere");
  }

  @Test
  void wrongMethod_is405Problem() {
    assertProblem(edge.send(DELETE, "/api/v1/products", null, null), 405, "/api/v1/products");
  }

  @Test
  void answersCarrySecurityHeaders_andNoServerDetails() {
    HttpResponse<Buffer> response = edge.send(GET, "/api/v1/openapi.yaml", null, null);
    assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(response.getHeader("Server")).isNull();
  }

  static JsonObject order(int quantity) {
    return new JsonObject().put("paymentToken", "tok_ok").put("items", new JsonArray()
        .add(new JsonObject().put("productId", UUID.randomUUID().toString()).put("quantity", quantity)));
  }

  static List<String> fields(JsonObject problem) {
    return problem.getJsonArray("errors").stream().map(e -> ((JsonObject) e).getString("field")).toList();
  }
}
