package org.bazaar.edge;

import static io.vertx.core.http.HttpMethod.GET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.bazaar.edge.EdgeHarness.assertProblem;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The product page asks catalog, reviews and recommendations at once; an optional part that is down, hangs
 * or sits behind an open breaker leaves the page whole but for that part, named in {@code degraded}, within
 * the part's deadline (300 ms by default); without the catalog there is no page.
 */
class ProductPageIT {

  private static final String PRODUCT = UUID.randomUUID().toString();
  private static final String PAGE = "/api/v1/products/" + PRODUCT;
  private EdgeHarness edge;

  @BeforeEach
  void start() {
    edge = EdgeHarness.start(Map.of("BAZAAR_BREAKER_TIMEOUT", "2s", "BAZAAR_BREAKER_MAX_FAILURES", "3",
        "BAZAAR_BREAKER_RESET_TIMEOUT", "30s"));
    edge.service("catalog").answer(GET, "/products/" + PRODUCT, 200, product(PRODUCT));
    summary(edge, PRODUCT, 4.0, 3);
    recommendations(edge, PRODUCT, 2);
  }

  @AfterEach
  void stop() {
    edge.close();
  }

  @Test
  void allParts_makeAWholePage() {
    JsonObject page = page(Duration.ofSeconds(2));
    assertThat(page.getJsonObject("rating").getInteger("count")).isEqualTo(3);
    assertThat(page.getJsonArray("reviews")).hasSize(1);
    assertThat(page.getJsonArray("recommendations")).hasSize(2);
    assertThat(page.getJsonArray("degraded")).isEmpty();
  }

  @Test
  void reviewsStopped_isDegradedAtOnce() {
    edge.service("reviews").stop();
    JsonObject page = page(Duration.ofMillis(1000));
    assertThat(page.getJsonArray("degraded")).containsExactly("reviews");
    assertThat(page.getJsonObject("rating")).isEqualTo(new JsonObject().putNull("average").put("count", 0));
    assertThat(page.getJsonArray("reviews")).isEmpty();
    assertThat(page.getJsonArray("recommendations")).hasSize(2);
  }

  @Test
  void recommendationsStopped_isDegradedAtOnce() {
    edge.service("recommendations").stop();
    JsonObject page = page(Duration.ofMillis(1000));
    assertThat(page.getJsonArray("degraded")).containsExactly("recommendations");
    assertThat(page.getJsonArray("recommendations")).isEmpty();
    assertThat(page.getJsonArray("reviews")).hasSize(1);
  }

  @Test
  void hangingParts_areDegradedWithinTheirDeadline_thoughTheServicesOwnTimeoutIsLonger() {
    edge.service("reviews").hang();
    edge.service("recommendations").hang();
    long started = System.nanoTime();
    JsonObject page = page(Duration.ofMillis(1200));
    assertThat(elapsed(started)).isGreaterThanOrEqualTo(Duration.ofMillis(250));
    assertThat(page.getJsonArray("degraded")).containsExactlyInAnyOrder("reviews", "recommendations");
    assertThat(page.getJsonArray("recommendations")).isEmpty();
  }

  @Test
  void theCatalogAndTheParts_areAskedInParallel() {
    edge.service("catalog").delay(500);
    edge.service("reviews").hang();
    long started = System.nanoTime();
    JsonObject page = page(Duration.ofMillis(1300));
    assertThat(elapsed(started)).isGreaterThanOrEqualTo(Duration.ofMillis(450));
    assertThat(page.getJsonArray("degraded")).containsExactly("reviews");
  }

  @Test
  void anOpenBreaker_degradesThePartWithoutAskingTheService() {
    edge.service("recommendations").answer(GET, "/products/" + PRODUCT + "/recommendations", 500, new JsonObject());
    for (int i = 0; i < 3; i++) {
      assertThat(page(Duration.ofSeconds(2)).getJsonArray("degraded")).containsExactly("recommendations");
    }
    recommendations(edge, PRODUCT, 2);
    int asked = edge.service("recommendations").received().size();
    assertThat(page(Duration.ofMillis(1000)).getJsonArray("degraded")).containsExactly("recommendations");
    assertThat(edge.service("recommendations").received()).hasSize(asked);
  }

  @Test
  void aPartWithAnUnexpectedAnswer_isDegraded() {
    edge.service("reviews").answer(GET, "/products/" + PRODUCT + "/reviews/summary", 200,
        new JsonObject().put("something", "else"));
    assertThat(page(Duration.ofSeconds(2)).getJsonArray("degraded")).containsExactly("reviews");
  }

  @Test
  void catalogDown_is503Quickly() {
    edge.service("catalog").stop();
    long started = System.nanoTime();
    assertProblem(edge.send(GET, PAGE, null, null), 503, PAGE);
    assertThat(elapsed(started)).isLessThan(Duration.ofMillis(1000));
  }

  @Test
  void catalogHanging_is503AfterItsTimeout() {
    edge.service("catalog").hang();
    long started = System.nanoTime();
    assertProblem(edge.send(GET, PAGE, null, null), 503, PAGE);
    assertThat(elapsed(started)).isBetween(Duration.ofMillis(1900), Duration.ofMillis(3500));
  }

  @Test
  void unknownProduct_is404_whateverThePartsSay() {
    String other = UUID.randomUUID().toString();
    assertProblem(edge.send(GET, "/api/v1/products/" + other, null, null), 404, "/api/v1/products/" + other);
  }

  private JsonObject page(Duration budget) {
    long started = System.nanoTime();
    HttpResponse<Buffer> response = edge.send(GET, PAGE, null, null);
    assertThat(elapsed(started)).as("answered within its budget").isLessThan(budget);
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    JsonObject page = response.bodyAsJsonObject();
    assertThat(page.getString("id")).isEqualTo(PRODUCT);
    return page;
  }

  static JsonObject product(String id) {
    return new JsonObject().put("id", id).put("sku", "MUG-1").put("name", "Mug").put("description", "A mug")
        .put("price", new JsonObject().put("amount", 1299).put("currency", "EUR")).put("available", 3);
  }

  static void summary(EdgeHarness edge, String productId, double average, int count) {
    edge.service("reviews").answer(GET, "/products/" + productId + "/reviews/summary", 200, new JsonObject()
        .put("rating", new JsonObject().put("average", average).put("count", count))
        .put("reviews", new JsonArray().add(new JsonObject().put("id", UUID.randomUUID().toString()).put("rating", 4)
            .put("text", "Nice").put("author", "Ann").put("verifiedPurchase", true)
            .put("createdAt", "2026-01-01T10:00:00Z"))));
  }

  static void recommendations(EdgeHarness edge, String productId, int count) {
    JsonArray items = new JsonArray();
    for (int i = 0; i < count; i++) {
      items.add(product(UUID.randomUUID().toString()));
    }
    edge.service("recommendations").answer(GET, "/products/" + productId + "/recommendations", 200,
        new JsonObject().put("items", items));
  }

  private static Duration elapsed(long startedNanos) {
    return Duration.ofNanos(System.nanoTime() - startedNanos);
  }
}
