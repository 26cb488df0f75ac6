package org.bazaar.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Collections;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ReviewSummaryTest {

  @Test
  void theEmptySummary_hasNoRatingAndNoReviews() {
    assertThat(ReviewSummary.EMPTY.rating().average()).isNull();
    assertThat(ReviewSummary.EMPTY.newest()).isEmpty();
  }

  @Test
  void aSummary_holdsAtMostTenReviews() {
    Review review = new Review(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Ada", 4, "", false,
        Instant.now());
    assertThat(new ReviewSummary(new Rating(10, 40), Collections.nCopies(10, review)).newest()).hasSize(10);
    assertThatThrownBy(() -> new ReviewSummary(new Rating(11, 44), Collections.nCopies(11, review)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
