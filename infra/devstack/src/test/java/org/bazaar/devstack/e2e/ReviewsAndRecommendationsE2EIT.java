package org.bazaar.devstack.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReviewsAndRecommendationsE2EIT {

  private static Api api;
  private static String admin;

  @BeforeAll
  static void shop() {
    api = Shop.api();
    admin = api.admin();
  }

  @Test
  void aBuyersReview_isVerified_anotherIsNot_andASecondReviewIsAConflict() {
    JsonObject product = api.stockedProduct(admin, 500, 5);
    String buyer = api.newCustomer();
    String browser = api.newCustomer();
    String order = api.placeOrder(buyer, Api.order(product.getString("id"), 1, "tok_ok"), key()).expect(202)
        .json().getString("id");
    assertThat(api.awaitSettled(buyer, order).getString("status")).isEqualTo("CONFIRMED");
    String path = "/api/v1/products/" + product.getString("id") + "/reviews";

    JsonObject verified = awaitReview(buyer, path, 5, true);
    JsonObject unverified = api.call("POST", path, browser, new JsonObject().put("rating", 2).put("text", "meh"))
        .expect(201).json();

    assertThat(verified.getBoolean("verifiedPurchase")).isTrue();
    assertThat(unverified.getBoolean("verifiedPurchase")).isFalse();
    assertThat(api.call("POST", path, browser, new JsonObject().put("rating", 3).put("text", "again")).status())
        .isEqualTo(409);
    JsonObject page = api.call("GET", "/api/v1/products/" + product.getString("id"), null, null).expect(200).json();
    assertThat(page.getJsonObject("rating")).isEqualTo(new JsonObject().put("average", 3.5).put("count", 2));
    assertThat(page.getJsonArray("reviews")).hasSize(2);
    assertThat(page.getJsonArray("degraded")).isEmpty();
  }

  @Test
  void productsBoughtTogether_recommendEachOther() {
    JsonObject kettle = api.stockedProduct(admin, 3000, 10);
    JsonObject tea = api.stockedProduct(admin, 500, 10);
    String customer = api.newCustomer();
    JsonObject both = new JsonObject().put("paymentToken", "tok_ok").put("items", new JsonArray()
        .add(new JsonObject().put("productId", kettle.getString("id")).put("quantity", 1))
        .add(new JsonObject().put("productId", tea.getString("id")).put("quantity", 2)));
    String id = api.placeOrder(customer, both, key()).expect(202).json().getString("id");
    assertThat(api.awaitSettled(customer, id).getString("status")).isEqualTo("CONFIRMED");

    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
        api.call("GET", "/api/v1/products/" + kettle.getString("id"), null, null).expect(200).json()
            .getJsonArray("recommendations").stream().map(p -> ((JsonObject) p).getString("id")))
        .containsExactly(tea.getString("id")));
  }

  @Test
  void browsingHistory_isNewestFirst_withEachProductOnce() {
    JsonObject first = api.stockedProduct(admin, 100, 0);
    JsonObject second = api.stockedProduct(admin, 200, 0);
    String customer = api.newCustomer();
    for (JsonObject viewed : new JsonObject[] {first, second, first}) {
      api.call("GET", "/api/v1/products/" + viewed.getString("id"), customer, null).expect(200);
    }
    api.call("GET", "/api/v1/products/" + second.getString("id"), null, null).expect(200);

    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
        api.call("GET", "/api/v1/me/history", customer, null).expect(200).json().getJsonArray("items").stream()
            .map(p -> ((JsonObject) p).getString("id")))
        .containsExactly(first.getString("id"), second.getString("id")));
  }

  private static JsonObject awaitReview(String token, String path, int rating, boolean verified) {
    // the purchase reaches reviews through order.confirmed: wait until reviews has read every order event
    Consumers.awaitCaughtUp("reviews", "order.events");
    JsonObject review = api.call("POST", path, token, new JsonObject().put("rating", rating).put("text", "great"))
        .expect(201).json();
    assertThat(review.getBoolean("verifiedPurchase")).isEqualTo(verified);
    return review;
  }

  private static String key() {
    return UUID.randomUUID().toString();
  }
}
