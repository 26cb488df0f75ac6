package org.bazaar.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class PostingFactsTest {

  private static final UUID REVIEW = UUID.randomUUID();
  private static final UUID PRODUCT = UUID.randomUUID();
  private static final UUID USER = UUID.randomUUID();
  private static final Instant NOW = Instant.parse("2026-01-02T03:04:05.123456Z");

  @Test
  void onlyKnownProductsStillSold_canBeReviewed() {
    assertThat(PostingFacts.unknownProduct().reviewable()).isFalse();
    assertThat(new PostingFacts(true, true, "Ada", true).reviewable()).isFalse();
    assertThat(new PostingFacts(true, false, "Ada", false).reviewable()).isTrue();
  }

  @Test
  void aReviewByABuyer_isAVerifiedPurchase_underTheUsersName() {
    Review review = new PostingFacts(true, false, "Ada", true).review(REVIEW, PRODUCT, USER, new NewReview(5, "Yes"),
        NOW);
    assertThat(review).isEqualTo(new Review(REVIEW, PRODUCT, USER, "Ada", 5, "Yes", true, NOW));
  }

  @Test
  void aReviewBySomeoneWithoutAPurchase_isUnverified_andAnUnknownUserIsACustomer() {
    Review review = new PostingFacts(true, false, null, false).review(REVIEW, PRODUCT, USER, new NewReview(2, ""),
        NOW);
    assertThat(review.verifiedPurchase()).isFalse();
    assertThat(review.author()).isEqualTo(Author.UNKNOWN);
  }

  @Test
  void aProductThatCannotBeReviewed_makesNoReview() {
    assertThatThrownBy(() -> PostingFacts.unknownProduct().review(REVIEW, PRODUCT, USER, new NewReview(3, ""), NOW))
        .isInstanceOf(IllegalStateException.class);
  }
}
