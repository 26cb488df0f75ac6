package org.bazaar.reviews.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bazaar.reviews.support.ReviewsService.newId;
import static org.bazaar.reviews.support.ReviewsService.review;

import java.util.ArrayList;
import java.util.List;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import org.bazaar.reviews.support.EventPublisher;
import org.bazaar.reviews.support.ReviewsService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReviewSummaryIT {

  private static final JsonObject EMPTY = new JsonObject()
      .put("rating", new JsonObject().putNull("average").put("count", 0))
      .put("reviews", new JsonArray());

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
  void theSummary_averagesAndCountsEveryReview_andShowsTheTenNewestFirst() {
    String product = events.knownProduct(reviews);
    int[] ratings = {5, 4, 4, 3, 5, 1, 2, 5, 4, 4, 3, 5};
    List<String> posted = new ArrayList<>();
    for (int i = 0; i < ratings.length; i++) {
      HttpResponse<Buffer> response = reviews.post(product, newId(), review(ratings[i], "Review " + i));
      assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(201);
      posted.add(response.bodyAsJsonObject().getString("id"));
    }

    HttpResponse<Buffer> response = reviews.summary(product);
    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject summary = response.bodyAsJsonObject();
    // 45 stars in 12 reviews: 3.75, rounded half up
    assertThat(summary.getJsonObject("rating")).isEqualTo(new JsonObject().put("average", 3.8).put("count", 12));
    JsonArray newest = summary.getJsonArray("reviews");
    assertThat(newest).hasSize(10);
    List<String> expected = new ArrayList<>(posted.subList(2, 12));
    java.util.Collections.reverse(expected);
    assertThat(newest.stream().map(r -> ((JsonObject) r).getString("id")).toList()).isEqualTo(expected);
    JsonObject first = newest.getJsonObject(0);
    assertThat(first.fieldNames()).containsExactlyInAnyOrder("id", "rating", "text", "author", "verifiedPurchase",
        "createdAt");
    assertThat(first.getInteger("rating")).isEqualTo(5);
    assertThat(first.getString("text")).isEqualTo("Review 11");
  }

  @Test
  void theAverage_hasOneDecimal() {
    String product = events.knownProduct(reviews);
    for (int rating : new int[] {5, 4, 4}) {
      assertThat(reviews.post(product, newId(), review(rating, "")).statusCode()).isEqualTo(201);
    }
    assertThat(reviews.summary(product).bodyAsJsonObject().getJsonObject("rating"))
        .isEqualTo(new JsonObject().put("average", 4.3).put("count", 3));
  }

  @Test
  void productsWithoutReviews_unknownOnes_andMalformedIds_haveAnEmptySummary() {
    String product = events.knownProduct(reviews);
    for (String id : List.of(product, newId(), "not-a-uuid")) {
      HttpResponse<Buffer> response = reviews.summary(id);
      assertThat(response.statusCode()).as(id).isEqualTo(200);
      assertThat(response.bodyAsJsonObject()).as(id).isEqualTo(EMPTY);
    }
  }

  @Test
  void concurrentReviewsOfOneProductByOneUser_postExactlyOne() {
    String product = events.knownProduct(reviews);
    String user = newId();
    List<io.vertx.core.Future<HttpResponse<Buffer>>> posts = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      posts.add(reviews.postAsync(product, user, review(1 + i % 5, "Attempt " + i).encode()));
    }
    io.vertx.core.Future.join(posts).await();
    List<Integer> statuses = posts.stream().map(p -> p.result().statusCode()).toList();
    assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
    assertThat(statuses).filteredOn(s -> s == 409).hasSize(7);
    assertThat(reviews.count("SELECT count(*) FROM reviews WHERE user_id = $1::uuid", user)).isEqualTo(1);
    assertThat(reviews.summary(product).bodyAsJsonObject().getJsonObject("rating").getInteger("count")).isEqualTo(1);
  }

  @Test
  void concurrentReviewsOfOneProductByManyUsers_areAllCounted() {
    String product = events.knownProduct(reviews);
    List<io.vertx.core.Future<HttpResponse<Buffer>>> posts = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      posts.add(reviews.postAsync(product, newId(), review(2, "Crowd").encode()));
    }
    io.vertx.core.Future.join(posts).await();
    assertThat(posts).allSatisfy(p -> assertThat(p.result().statusCode()).isEqualTo(201));
    assertThat(reviews.summary(product).bodyAsJsonObject().getJsonObject("rating"))
        .isEqualTo(new JsonObject().put("average", 2.0).put("count", 10));
  }
}
