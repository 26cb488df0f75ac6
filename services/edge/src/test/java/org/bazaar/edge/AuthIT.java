package org.bazaar.edge;

import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.PATCH;
import static io.vertx.core.http.HttpMethod.POST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.bazaar.edge.EdgeHarness.assertProblem;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import org.bazaar.platform.security.JwtKeys;
import org.bazaar.platform.security.JwtSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tokens and roles: 401 for anything but a valid token, 403 for the wrong role, identity set only by the edge. */
class AuthIT {

  private static final String USER = UUID.randomUUID().toString();
  private static EdgeHarness edge;

  @BeforeAll
  static void start() {
    edge = EdgeHarness.start();
    edge.service("identity").answer(GET, "/accounts/" + USER, 200, new JsonObject().put("id", USER)
        .put("email", "ann@example.com").put("name", "Ann").put("roles", new JsonArray().add("customer")));
    edge.service("inventory").answer(GET, "/inventory/SKU-1", 200, new JsonObject().put("sku", "SKU-1")
        .put("onHand", 5).put("reserved", 1).put("available", 4));
  }

  @AfterAll
  static void stop() {
    edge.close();
  }

  @Test
  void missingToken_is401WithChallenge() {
    HttpResponse<Buffer> response = edge.send(GET, "/api/v1/me", null, null);
    assertProblem(response, 401, "/api/v1/me");
    assertThat(response.getHeader("WWW-Authenticate")).isEqualTo("Bearer realm=\"bazaar\"");
  }

  @Test
  void garbageTokens_are401() {
    String valid = edge.token(USER, "customer");
    int dot = valid.indexOf('.') + 5;
    String tampered = valid.substring(0, dot) + (valid.charAt(dot) == 'A' ? 'B' : 'A') + valid.substring(dot + 1);
    String appended = valid + "x";
    String lastBitsChanged = valid.substring(0, valid.length() - 1)
        + (char) (valid.charAt(valid.length() - 1) + 1);
    for (String token : new String[] {"garbage!", "abc.def.ghi", "a.b", tampered, appended, lastBitsChanged}) {
      HttpResponse<Buffer> response = edge.send(GET, "/api/v1/me", token, null);
      assertProblem(response, 401, "/api/v1/me");
      assertThat(response.getHeader("WWW-Authenticate")).startsWith("Bearer realm=\"bazaar\"");
    }
    assertProblem(edge.request(GET, "/api/v1/me").putHeader("Authorization", "Basic YTpi").send().await(),
        401, "/api/v1/me");
  }

  @Test
  void expiredToken_is401() {
    assertProblem(edge.send(GET, "/api/v1/me", edge.expiredToken(USER, "customer"), null), 401, "/api/v1/me");
  }

  @Test
  void tokenWithoutExpiry_is401() {
    String token = edge.tokenWith(new JsonObject().put("sub", USER).put("roles", new JsonArray().add("customer")),
        EdgeHarness.SETTINGS);
    assertProblem(edge.send(GET, "/api/v1/me", token, null), 401, "/api/v1/me");
  }

  @Test
  void wrongIssuerOrForeignKey_is401() {
    JwtSettings otherIssuer = new JwtSettings(EdgeHarness.KEYS.privateKey(), EdgeHarness.KEYS.publicKey(), "bazaar-1",
        "someone-else", "bazaar", Duration.ofMinutes(5));
    JwtKeys.Pem other = JwtKeys.generate();
    JwtSettings foreignKey = new JwtSettings(other.privateKey(), other.publicKey(), "bazaar-1", "bazaar-identity",
        "bazaar", Duration.ofMinutes(5));
    for (JwtSettings settings : new JwtSettings[] {otherIssuer, foreignKey}) {
      String token = edge.tokenWith(new JsonObject().put("sub", USER).put("roles", new JsonArray().add("admin"))
          .put("exp", Instant.now().plusSeconds(300).getEpochSecond()), settings);
      assertProblem(edge.send(GET, "/api/v1/me", token, null), 401, "/api/v1/me");
    }
  }

  @Test
  void customerOnAdminRoutes_is403_evenWithAnInvalidBody() {
    String customer = edge.token(USER, "customer");
    assertProblem(edge.send(POST, "/api/v1/products", customer, new JsonObject()), 403, "/api/v1/products");
    String id = UUID.randomUUID().toString();
    assertProblem(edge.send(PATCH, "/api/v1/products/" + id, customer, new JsonObject().put("name", "x")),
        403, "/api/v1/products/" + id);
    assertProblem(edge.send(GET, "/api/v1/inventory/SKU-1", customer, null), 403, "/api/v1/inventory/SKU-1");
    assertProblem(edge.send(POST, "/api/v1/inventory/SKU-1/adjustments", customer,
        new JsonObject().put("delta", 1).put("reason", "restock")), 403, "/api/v1/inventory/SKU-1/adjustments");
    assertThat(edge.service("catalog").received()).noneMatch(r -> r.method() != GET);
    assertThat(edge.service("inventory").received()).noneMatch(r -> r.uri().startsWith("/inventory"));
  }

  @Test
  void tokenWithoutAnyRole_is403() {
    assertProblem(edge.send(GET, "/api/v1/me", edge.token(USER), null), 403, "/api/v1/me");
  }

  @Test
  void clientSentIdentityHeaders_areReplacedByTheTokens() {
    HttpResponse<Buffer> response = edge.request(GET, "/api/v1/me").bearerTokenAuthentication(edge.token(USER,
        "customer")).putHeader("X-Bazaar-User-Id", "someone-else").putHeader("X-Bazaar-User-Roles", "admin")
        .putHeader("X-Bazaar-Anything", "x").send().await();
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.bodyAsJsonObject().getString("id")).isEqualTo(USER);
    assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
    StandIn.Received received = edge.service("identity").last(GET, "/accounts/" + USER);
    assertThat(received.headers().getAll("X-Bazaar-User-Id")).containsExactly(USER);
    assertThat(received.headers().getAll("X-Bazaar-User-Roles")).containsExactly("customer");
    assertThat(received.headers().contains("X-Bazaar-Anything")).isFalse();
    assertThat(received.headers().contains("Authorization")).isFalse();
  }

  @Test
  void anonymousCallers_sendNoIdentityAtAll() {
    edge.service("catalog").answer(GET, "/products", 200, new JsonObject().put("items", new JsonArray()).putNull("next"));
    assertThat(edge.request(GET, "/api/v1/products").putHeader("X-Bazaar-User-Id", "forged")
        .putHeader("X-Bazaar-User-Roles", "admin").send().await().statusCode()).isEqualTo(200);
    StandIn.Received received = edge.service("catalog").last(GET, "/products");
    assertThat(received.headers().contains("X-Bazaar-User-Id")).isFalse();
    assertThat(received.headers().contains("X-Bazaar-User-Roles")).isFalse();
  }

  @Test
  void adminReachesAdminRoutes_withIdentityHeaders() {
    String admin = UUID.randomUUID().toString();
    HttpResponse<Buffer> response = edge.send(GET, "/api/v1/inventory/SKU-1", edge.token(admin, "admin"), null);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.bodyAsJsonObject().getInteger("available")).isEqualTo(4);
    StandIn.Received received = edge.service("inventory").last(GET, "/inventory/SKU-1");
    assertThat(received.headers().get("X-Bazaar-User-Id")).isEqualTo(admin);
    assertThat(received.headers().get("X-Bazaar-User-Roles")).isEqualTo("admin");
  }

  @Test
  void traceparent_isContinuedOrStarted_andEchoed() {
    String incoming = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
    HttpResponse<Buffer> response = edge.request(GET, "/api/v1/me").bearerTokenAuthentication(edge.token(USER,
        "customer")).putHeader("traceparent", incoming).send().await();
    String sent = edge.service("identity").last(GET, "/accounts/" + USER).headers().get("traceparent");
    assertThat(sent).startsWith("00-0af7651916cd43dd8448eb211c80319c-").isNotEqualTo(incoming);
    assertThat(response.getHeader("traceparent")).isEqualTo(sent);

    HttpResponse<Buffer> fresh = edge.send(GET, "/api/v1/openapi.yaml", null, null);
    assertThat(fresh.getHeader("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
  }
}
