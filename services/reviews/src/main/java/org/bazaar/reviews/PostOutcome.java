package org.bazaar.reviews;

/** How posting a review ended: posted, refused for an unknown or discontinued product, or a second review. */
public sealed interface PostOutcome {

  /** The review was stored and its review.posted event recorded. */
  record Posted(Review review) implements PostOutcome {
  }

  /** No such product, or it is discontinued. */
  record UnknownProduct() implements PostOutcome {
  }

  /** The user has already reviewed this product. */
  record AlreadyReviewed() implements PostOutcome {
  }
}
