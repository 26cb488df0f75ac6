package org.bazaar.reviews.messaging;

import org.bazaar.events.review.ReviewPosted;
import org.bazaar.reviews.Review;

/** The events reviews publishes. */
public final class ReviewEvents {

  private ReviewEvents() {
  }

  public static ReviewPosted posted(Review review) {
    return new ReviewPosted(review.id(), review.productId(), review.userId(), review.author(), review.rating(),
        review.text(), review.verifiedPurchase(), review.createdAt());
  }
}
