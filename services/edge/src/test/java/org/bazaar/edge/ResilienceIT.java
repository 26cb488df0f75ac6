package org.bazaar.edge;

import static io.vertx.core.http.HttpMethod.GET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.bazaar.edge.EdgeHarness.assertProblem;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A service that is down, hangs or keeps failing costs the client a quick 503, never a hang or a 500. */
class ResilienceIT {

  private static final String PRODUCTS = "/api/v1/products";
  private EdgeHarness edge;

  private void start(String resetTimeout) {
    start(resetTimeout, "500ms");
  }

  private void start(String resetTimeout, String timeout) {
    edge = EdgeHarness.start(Map.of("BAZAAR_BREAKER_MAX_FAILURES", "3", "BAZAAR_BREAKER_RESET_TIMEOUT", resetTimeout,
        "BAZAAR_BREAKER_TIMEOUT", timeout));
    edge.service("catalog").answer(GET, "/products", 200, new JsonObject().put("items", new JsonArray()).putNull("next"));
  }

  @AfterEach
  void stop() {
    edge.close();
  }

  @Test
  void stoppedService_is503Quickly() {
    start("30s", "10s");
    edge.service("catalog").stop();
    long started = System.nanoTime();
    JsonObject problem = assertProblem(edge.send(GET, PRODUCTS, null, null), 503, PRODUCTS);
    assertThat(elapsed(started)).isLessThan(Duration.ofSeconds(2));
    assertThat(problem.getString("detail")).contains("unreachable");
  }

  @Test
  void hangingService_is503WithinTheBreakerTimeout() {
    start("30s");
    edge.service("catalog").hang();
    long started = System.nanoTime();
    JsonObject problem = assertProblem(edge.send(GET, PRODUCTS, null, null), 503, PRODUCTS);
    assertThat(elapsed(started)).isBetween(Duration.ofMillis(450), Duration.ofMillis(2500));
    assertThat(problem.getString("detail")).contains("in time");
  }

  @Test
  void breakerOpensAfterRepeatedFailures_andAnswersAtOnce() {
    start("30s");
    edge.service("catalog").stop();
    for (int i = 0; i < 3; i++) {
      assertProblem(edge.send(GET, PRODUCTS, null, null), 503, PRODUCTS);
    }
    edge.service("catalog").start();
    int before = edge.service("catalog").received().size();
    long started = System.nanoTime();
    JsonObject problem = assertProblem(edge.send(GET, PRODUCTS, null, null), 503, PRODUCTS);
    assertThat(elapsed(started)).isLessThan(Duration.ofMillis(450));
    assertThat(problem.getString("detail")).contains("circuit open");
    assertThat(edge.service("catalog").received()).hasSize(before);
    assertThat(edge.send(GET, "/metrics", null, null).bodyAsString())
        .containsPattern("bazaar_breaker_state\\{breaker=\"catalog\"[^}]*} 2\\.0");
    // other services keep their own closed breakers
    String me = UUID.randomUUID().toString();
    edge.service("identity").answer(GET, "/accounts/" + me, 200, new JsonObject().put("id", me));
    assertThat(edge.send(GET, "/api/v1/me", edge.token(me, "customer"), null).statusCode()).isEqualTo(200);
  }

  @Test
  void serviceBack_isFoundAgainAfterTheBreakerResets() {
    start("300ms");
    edge.service("catalog").stop();
    for (int i = 0; i < 3; i++) {
      assertProblem(edge.send(GET, PRODUCTS, null, null), 503, PRODUCTS);
    }
    edge.service("catalog").start();
    await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
        .until(() -> edge.send(GET, PRODUCTS, null, null).statusCode() == 200);
  }

  @Test
  void readiness_followsTheServices() {
    start("30s");
    HttpResponse<Buffer> ready = edge.send(GET, "/health/ready", null, null);
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.bodyAsJsonObject().getString("status")).isEqualTo("UP");
    assertThat(ready.bodyAsJsonObject().getJsonArray("checks")).hasSize(5);

    edge.service("orders").stop();
    HttpResponse<Buffer> notReady = edge.send(GET, "/health/ready", null, null);
    assertThat(notReady.statusCode()).isEqualTo(503);
    assertThat(notReady.bodyAsString()).contains("orders").doesNotContain("Exception");
    assertThat(edge.send(GET, "/health/live", null, null).statusCode()).isEqualTo(200);

    edge.service("orders").start();
    edge.service("inventory").hang();
    long started = System.nanoTime();
    assertThat(edge.send(GET, "/health/ready", null, null).statusCode()).isEqualTo(503);
    assertThat(elapsed(started)).isLessThan(Duration.ofMillis(2900));
  }

  private static Duration elapsed(long startedNanos) {
    return Duration.ofNanos(System.nanoTime() - startedNanos);
  }
}
