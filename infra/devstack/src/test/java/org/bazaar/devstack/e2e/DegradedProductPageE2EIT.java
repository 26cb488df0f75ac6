package org.bazaar.devstack.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The product page answers without its optional parts when their services are down, and fast. */
class DegradedProductPageE2EIT {

  private static final long BUDGET_MILLIS = 3000;
  private static Api api;
  private static JsonObject product;
  private String stopped;

  @BeforeAll
  static void shop() {
    api = Shop.api();
    product = api.stockedProduct(api.admin(), 100, 1);
  }

  @AfterEach
  void restart() {
    if (stopped != null) {
      Shop.devstack().startService(stopped);
    }
  }

  @Test
  void withReviewsDown_thePageNamesReviewsAsDegraded() {
    assertDegraded("reviews", "reviews");
  }

  @Test
  void withRecommendationsDown_thePageNamesRecommendationsAsDegraded() {
    assertDegraded("recommendations", "recommendations");
  }

  @Test
  void withInventoryDown_thePageStillAnswers_withTheLastKnownAvailability() {
    stop("inventory");
    JsonObject page = api.call("GET", "/api/v1/products/" + product.getString("id"), null, null).expect(200).json();
    // availability is the catalog's read model, fed by stock events: it never waits for inventory
    assertThat(page.getJsonArray("degraded")).isEmpty();
    assertThat(page.getInteger("available")).isNotNull();
  }

  @Test
  void withTheCatalogDown_thePageIsUnavailable_notHanging() {
    stop("catalog");
    long started = System.nanoTime();
    Api.Reply reply = api.call("GET", "/api/v1/products/" + product.getString("id"), null, null);
    assertThat(reply.status()).isEqualTo(503);
    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(BUDGET_MILLIS);
  }

  private void assertDegraded(String service, String part) {
    stop(service);
    long started = System.nanoTime();
    JsonObject page = api.call("GET", "/api/v1/products/" + product.getString("id"), null, null).expect(200).json();
    long elapsed = (System.nanoTime() - started) / 1_000_000;

    assertThat(page.getString("id")).isEqualTo(product.getString("id"));
    assertThat(page.getJsonArray("degraded").getList()).containsExactly(part);
    assertThat(elapsed).as("answered within its budget").isLessThan(BUDGET_MILLIS);
  }

  private void stop(String service) {
    stopped = service;
    Shop.devstack().stopService(service);
  }
}
