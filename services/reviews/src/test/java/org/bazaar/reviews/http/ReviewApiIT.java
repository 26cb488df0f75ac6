package org.bazaar.reviews.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bazaar.reviews.support.ReviewsService.newId;
import static org.bazaar.reviews.support.ReviewsService.review;

import java.time.Instant;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import org.bazaar.reviews.support.EventPublisher;
import org.bazaar.reviews.support.ReviewsService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReviewApiIT {

  private static ReviewsService reviews;
  private static EventPublisher events;

  @BeforeAll
  static void start() {
    reviews = ReviewsService.start();
    events = new EventPublisher();
  }

  @AfterAll
  static void stop() {
    events.close();
    reviews.close();
  }

  @Test
  void aBuyersReview_isAVerifiedPurchase_underTheirName_andSomeoneElsesIsNot() {
    String product = events.knownProduct(reviews);
    String buyer = events.registeredUser(reviews, "Ada Lovelace");
    events.bought(reviews, buyer, events.knownProduct(reviews), product);

    Instant before = Instant.now().minusSeconds(1);
    HttpResponse<Buffer> verified = reviews.post(product, buyer, review(5, "Works as described."));
    assertThat(verified.statusCode()).as(verified.bodyAsString()).isEqualTo(201);
    assertThat(verified.getHeader("Content-Type")).isEqualTo("application/json");
    JsonObject body = verified.bodyAsJsonObject();
    assertThat(body.fieldNames()).containsExactlyInAnyOrder("id", "rating", "text", "author", "verifiedPurchase",
        "createdAt");
    assertThat(body.getInteger("rating")).isEqualTo(5);
    assertThat(body.getString("text")).isEqualTo("Works as described.");
    assertThat(body.getString("author")).isEqualTo("Ada Lovelace");
    assertThat(body.getBoolean("verifiedPurchase")).isTrue();
    assertThat(Instant.parse(body.getString("createdAt"))).isAfter(before);

    HttpResponse<Buffer> unverified = reviews.post(product, newId(), review(2, ""));
    assertThat(unverified.statusCode()).as(unverified.bodyAsString()).isEqualTo(201);
    assertThat(unverified.bodyAsJsonObject().getBoolean("verifiedPurchase")).isFalse();
    assertThat(unverified.bodyAsJsonObject().getString("author")).isEqualTo("a customer");
    assertThat(unverified.bodyAsJsonObject().getString("text")).isEmpty();
  }

  @Test
  void aBuyerOfAnotherProduct_isNotAVerifiedBuyerOfThisOne() {
    String product = events.knownProduct(reviews);
    String user = newId();
    events.bought(reviews, user, events.knownProduct(reviews));
    HttpResponse<Buffer> response = reviews.post(product, user, review(3, "Borrowed one."));
    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.bodyAsJsonObject().getBoolean("verifiedPurchase")).isFalse();
  }

  @Test
  void aSecondReviewOfTheSameProductByTheSameUser_isAConflict_andChangesNothing() {
    String product = events.knownProduct(reviews);
    String user = newId();
    assertThat(reviews.post(product, user, review(4, "First")).statusCode()).isEqualTo(201);

    HttpResponse<Buffer> second = reviews.post(product, user, review(1, "Second"));
    assertThat(second.statusCode()).isEqualTo(409);
    assertThat(second.getHeader("Content-Type")).isEqualTo("application/problem+json");
    JsonObject summary = reviews.summary(product).bodyAsJsonObject();
    assertThat(summary.getJsonObject("rating")).isEqualTo(new JsonObject().put("average", 4.0).put("count", 1));
    assertThat(summary.getJsonArray("reviews")).hasSize(1);
    assertThat(summary.getJsonArray("reviews").getJsonObject(0).getString("text")).isEqualTo("First");
  }

  @Test
  void reviewsOfUnknownOrDiscontinuedProducts_areNotFound() {
    HttpResponse<Buffer> unknown = reviews.post(newId(), newId(), review(4, "?"));
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.getHeader("Content-Type")).isEqualTo("application/problem+json");
    assertThat(reviews.post("not-a-uuid", newId(), review(4, "?")).statusCode()).isEqualTo(404);

    String product = events.knownProduct(reviews);
    assertThat(reviews.post(product, newId(), review(4, "Before")).statusCode()).isEqualTo(201);
    events.discontinue(reviews, product);
    assertThat(reviews.post(product, newId(), review(4, "After")).statusCode()).isEqualTo(404);
    assertThat(reviews.summary(product).bodyAsJsonObject().getJsonObject("rating").getInteger("count")).isEqualTo(1);
  }

  @Test
  void invalidReviews_areRejectedWithEveryBadField() {
    String product = events.knownProduct(reviews);
    HttpResponse<Buffer> bad = reviews.post(product, newId(), new JsonObject().put("rating", 6)
        .put("text", "x".repeat(2001)));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.getHeader("Content-Type")).isEqualTo("application/problem+json");
    assertThat(bad.bodyAsJsonObject().getJsonArray("errors").stream().map(e -> ((JsonObject) e).getString("field")))
        .containsExactlyInAnyOrder("rating", "text");

    assertThat(reviews.post(product, newId(), new JsonObject().put("rating", 3).put("text", "nul\u0000")).statusCode())
        .isEqualTo(400);
    assertThat(reviews.post(product, newId(), new JsonObject().put("text", "no rating")).statusCode()).isEqualTo(400);
    assertThat(reviews.post(product, newId(), new JsonObject().put("rating", 2.5)).statusCode()).isEqualTo(400);
    assertThat(reviews.post(product, newId(), "{not json").statusCode()).isEqualTo(400);
    assertThat(reviews.post(product, newId(), "[1]").statusCode()).isEqualTo(400);
    assertThat(reviews.summary(product).bodyAsJsonObject().getJsonObject("rating").getInteger("count")).isZero();
  }

  @Test
  void aReview_needsASignedInUser() {
    String product = events.knownProduct(reviews);
    assertThat(reviews.post(product, null, review(4, "Anonymous")).statusCode()).isEqualTo(401);
    assertThat(reviews.post(product, "not-a-user-id", review(4, "Odd")).statusCode()).isEqualTo(401);
  }

  @Test
  void aReviewPostedBeforeItsAuthorsRegistrationArrived_showsTheNameOnceItDoes() {
    String product = events.knownProduct(reviews);
    String user = newId();
    assertThat(reviews.post(product, user, review(4, "Early")).bodyAsJsonObject().getString("author"))
        .isEqualTo("a customer");
    events.register(reviews, user, "Grace Hopper");
    assertThat(reviews.summary(product).bodyAsJsonObject().getJsonArray("reviews").getJsonObject(0)
        .getString("author")).isEqualTo("Grace Hopper");
  }
}
