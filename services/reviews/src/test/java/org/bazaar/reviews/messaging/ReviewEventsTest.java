package org.bazaar.reviews.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.bazaar.events.EventSchemas;
import org.bazaar.events.review.ReviewPosted;
import org.bazaar.reviews.Author;
import org.bazaar.reviews.Review;
import org.junit.jupiter.api.Test;

class ReviewEventsTest {

  private static final EventSchemas SCHEMAS = EventSchemas.load();

  @Test
  void reviewPosted_carriesTheWholeReview_keyedByProduct_andMatchesItsSchema() {
    Review review = new Review(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Ada", 4, "Solid", true,
        Instant.parse("2026-01-02T03:04:05.123456Z"));
    ReviewPosted posted = ReviewEvents.posted(review);
    assertThat(posted.key()).isEqualTo(review.productId().toString());
    assertThat(posted).isEqualTo(new ReviewPosted(review.id(), review.productId(), review.userId(), "Ada", 4,
        "Solid", true, review.createdAt()));
    assertThat(SCHEMAS.validate(posted.type(), posted.toJson()).errors()).isEmpty();
  }

  @Test
  void aRatingOnlyReviewByAnUnknownUser_matchesTheSchemaToo() {
    Review review = new Review(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), Author.UNKNOWN, 1, "", false,
        Instant.now());
    assertThat(SCHEMAS.validate(ReviewPosted.TYPE, ReviewEvents.posted(review).toJson()).errors()).isEmpty();
  }
}
