package org.bazaar.reviews.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.bazaar.reviews.support.ReviewsService.newId;
import static org.bazaar.reviews.support.ReviewsService.review;

import java.time.Duration;
import java.util.List;

import io.vertx.core.json.JsonObject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bazaar.events.EventSchemas;
import org.bazaar.events.EventTypes;
import org.bazaar.events.Topics;
import org.bazaar.platform.testing.TestConsumer;
import org.bazaar.reviews.support.EventPublisher;
import org.bazaar.reviews.support.ReviewsService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReviewPostedIT {

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
  void aPostedReview_publishesReviewPosted_keyedByProduct_matchingItsSchema() {
    try (TestConsumer published = new TestConsumer(Topics.REVIEW_EVENTS)) {
      String product = events.knownProduct(reviews);
      String user = events.registeredUser(reviews, "Ada");
      events.bought(reviews, user, product);
      JsonObject review = reviews.post(product, user, review(4, "Sturdy.")).bodyAsJsonObject();

      await().atMost(Duration.ofSeconds(30)).until(() -> !ofProduct(published, product).isEmpty());
      ConsumerRecord<String, String> record = ofProduct(published, product).get(0);
      assertThat(TestConsumer.header(record, "ce_type")).isEqualTo(EventTypes.REVIEW_POSTED_V1);
      assertThat(TestConsumer.header(record, "ce_source")).isEqualTo("/bazaar/reviews");
      JsonObject payload = new JsonObject(record.value());
      assertThat(EventSchemas.load().validate(EventTypes.REVIEW_POSTED_V1, payload).errors()).isEmpty();
      assertThat(payload).isEqualTo(new JsonObject()
          .put("reviewId", review.getString("id"))
          .put("productId", product)
          .put("userId", user)
          .put("author", "Ada")
          .put("rating", 4)
          .put("text", "Sturdy.")
          .put("verifiedPurchase", true)
          .put("postedAt", review.getString("createdAt")));
    }
  }

  @Test
  void aRefusedReview_publishesNothing() {
    try (TestConsumer published = new TestConsumer(Topics.REVIEW_EVENTS)) {
      String product = events.knownProduct(reviews);
      String user = newId();
      assertThat(reviews.post(product, user, review(5, "Once")).statusCode()).isEqualTo(201);
      assertThat(reviews.post(product, user, review(5, "Twice")).statusCode()).isEqualTo(409);
      assertThat(reviews.post(product, newId(), review(0, "Invalid")).statusCode()).isEqualTo(400);
      String marker = events.knownProduct(reviews);
      assertThat(reviews.post(marker, newId(), review(3, "Marker")).statusCode()).isEqualTo(201);

      await().atMost(Duration.ofSeconds(30)).until(() -> !ofProduct(published, marker).isEmpty());
      assertThat(ofProduct(published, product)).hasSize(1)
          .allSatisfy(r -> assertThat(r.value()).contains("\"Once\""));
    }
  }

  private static List<ConsumerRecord<String, String>> ofProduct(TestConsumer published, String productId) {
    return published.records().stream().filter(r -> productId.equals(r.key())).toList();
  }
}
