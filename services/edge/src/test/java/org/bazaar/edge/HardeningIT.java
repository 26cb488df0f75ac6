package org.bazaar.edge;

import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.OPTIONS;
import static io.vertx.core.http.HttpMethod.POST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.bazaar.edge.EdgeHarness.assertProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Rate limits with Retry-After, security headers on every answer, CORS off unless configured. */
class HardeningIT {

  private EdgeHarness edge;

  private void start(Map<String, String> extra) {
    edge = EdgeHarness.start(extra);
    edge.service("catalog").answer(GET, "/products", 200, new JsonObject().put("items", new JsonArray()).putNull("next"));
  }

  @AfterEach
  void stop() {
    edge.close();
  }

  @Test
  void aBurstBeyondTheLimit_gets429WithRetryAfter_perClient() {
    start(Map.of("BAZAAR_EDGE_RATE_LIMIT_CAPACITY", "5", "BAZAAR_EDGE_RATE_LIMIT_REFILL_PER_SECOND", "1"));
    List<HttpResponse<Buffer>> burst = burst(20, null);
    // five at once, plus at most what one token a second refills while the burst is on its way
    assertThat(burst).filteredOn(r -> r.statusCode() == 200).hasSizeBetween(5, 8);
    HttpResponse<Buffer> limited = burst.stream().filter(r -> r.statusCode() == 429).findFirst().orElseThrow();
    assertProblem(limited, 429, "/api/v1/products");
    assertThat(limited.getHeader("Retry-After")).matches("[1-9][0-9]*");
    assertThat(Integer.parseInt(limited.getHeader("Retry-After"))).isLessThanOrEqualTo(1);

    // a signed-in caller has a bucket of their own, not the address's
    String user = edge.token(UUID.randomUUID().toString(), "customer");
    assertThat(burst(5, user)).allMatch(r -> r.statusCode() == 200);
    assertThat(burst(3, user)).anyMatch(r -> r.statusCode() == 429);
    assertThat(edge.send(GET, "/metrics", null, null).bodyAsString())
        .containsPattern("bazaar_rate_limited_total\\{[^}]*limit=\"api\"[^}]*} [1-9]");
    assertThat(edge.send(GET, "/health/live", null, null).statusCode()).as("probes are never limited").isEqualTo(200);
  }

  @Test
  void signingInAndUp_haveAStricterLimitPerAddress() {
    start(Map.of("BAZAAR_EDGE_AUTH_RATE_LIMIT_CAPACITY", "10"));
    edge.service("identity").answer(POST, "/sessions", 401, new JsonObject().put("type",
        "https://bazaar.local/problems/unauthorized").put("title", "Unauthorized").put("status", 401)
        .put("detail", "Wrong email or password."));
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      statuses.add(edge.send(POST, "/api/v1/sessions", null, new JsonObject().put("email", "eve@example.com")
          .put("password", "guess-" + i)).statusCode());
    }
    assertThat(statuses.subList(0, 10)).containsOnly(401);
    assertThat(statuses.subList(10, 12)).contains(429);
    HttpResponse<Buffer> signUp = null;
    for (int i = 0; i < 3 && (signUp == null || signUp.statusCode() != 429); i++) {
      signUp = edge.send(POST, "/api/v1/accounts", null, new JsonObject()
          .put("email", "eve@example.com").put("password", "long-enough").put("name", "Eve"));
    }
    assertProblem(signUp, 429, "/api/v1/accounts");
    assertThat(signUp.getHeader("Retry-After")).isEqualTo("1");
    assertThat(edge.send(GET, "/api/v1/products", null, null).statusCode()).as("other routes unaffected")
        .isEqualTo(200);
  }

  @Test
  void everyAnswer_carriesTheSecurityHeaders() {
    start(Map.of());
    for (String path : new String[] {"/api/v1/products", "/api/v1/nothing", "/api/v1/openapi.yaml", "/health/live"}) {
      HttpResponse<Buffer> response = edge.send(GET, path, null, null);
      assertThat(response.getHeader("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
      assertThat(response.getHeader("X-Frame-Options")).as(path).isEqualTo("DENY");
      assertThat(response.getHeader("Referrer-Policy")).as(path).isEqualTo("no-referrer");
      assertThat(response.getHeader("Content-Security-Policy")).as(path)
          .isEqualTo("default-src 'none'; frame-ancestors 'none'");
      assertThat(response.getHeader("Strict-Transport-Security")).as(path).isNull();
    }
  }

  @Test
  void hsts_whenConfigured() {
    start(Map.of("BAZAAR_EDGE_HSTS", "true"));
    assertThat(edge.send(GET, "/api/v1/products", null, null).getHeader("Strict-Transport-Security"))
        .isEqualTo("max-age=31536000; includeSubDomains");
  }

  @Test
  void cors_isOffByDefault() {
    start(Map.of());
    HttpResponse<Buffer> preflight = preflight("https://shop.example.com");
    assertThat(preflight.getHeader("Access-Control-Allow-Origin")).isNull();
    HttpResponse<Buffer> get = edge.request(GET, "/api/v1/products").putHeader("Origin", "https://shop.example.com")
        .send().await();
    assertThat(get.statusCode()).isEqualTo(200);
    assertThat(get.getHeader("Access-Control-Allow-Origin")).isNull();
  }

  @Test
  void cors_allowsTheConfiguredOriginsOnly() {
    start(Map.of("BAZAAR_EDGE_CORS_ORIGINS", "https://shop.example.com,http://localhost:3000"));
    HttpResponse<Buffer> preflight = preflight("https://shop.example.com");
    assertThat(preflight.statusCode()).isBetween(200, 204);
    assertThat(preflight.getHeader("Access-Control-Allow-Origin")).isEqualTo("https://shop.example.com");
    assertThat(preflight.getHeader("Access-Control-Allow-Methods")).contains("POST");
    assertThat(preflight.getHeader("Access-Control-Allow-Headers")).containsIgnoringCase("authorization")
        .containsIgnoringCase("idempotency-key");
    HttpResponse<Buffer> get = edge.request(GET, "/api/v1/products").putHeader("Origin", "http://localhost:3000")
        .send().await();
    assertThat(get.statusCode()).isEqualTo(200);
    assertThat(get.getHeader("Access-Control-Allow-Origin")).isEqualTo("http://localhost:3000");
    assertThat(get.getHeader("Access-Control-Expose-Headers")).contains("Location");
    HttpResponse<Buffer> foreign = preflight("https://evil.example.com");
    assertThat(foreign.getHeader("Access-Control-Allow-Origin")).isNull();
    assertThat(foreign.statusCode()).isBetween(400, 499);
    HttpResponse<Buffer> foreignGet = edge.request(GET, "/api/v1/products").putHeader("Origin", "https://evil.example.com")
        .send().await();
    assertThat(foreignGet.getHeader("Access-Control-Allow-Origin")).isNull();
  }

  private HttpResponse<Buffer> preflight(String origin) {
    return edge.request(OPTIONS, "/api/v1/orders").putHeader("Origin", origin)
        .putHeader("Access-Control-Request-Method", "POST")
        .putHeader("Access-Control-Request-Headers", "authorization,content-type,idempotency-key").send().await();
  }

  private List<HttpResponse<Buffer>> burst(int count, String token) {
    List<Future<HttpResponse<Buffer>>> sent = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      var request = edge.request(GET, "/api/v1/products");
      if (token != null) {
        request.bearerTokenAuthentication(token);
      }
      sent.add(request.send());
    }
    Future.all(sent).await();
    return sent.stream().map(Future::result).toList();
  }
}
