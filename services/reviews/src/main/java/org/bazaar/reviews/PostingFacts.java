package org.bazaar.reviews;

import java.time.Instant;
import java.util.UUID;

/**
 * What this service knows when a user posts a review of a product, all from its own copies: whether the
 * product exists and is still sold, the user's registered name (null if not known yet), and whether the user
 * has a confirmed order containing the product.
 */
public record PostingFacts(boolean productKnown, boolean discontinued, String userName, boolean purchased) {

  /** The facts when the product is not known here at all. */
  public static PostingFacts unknownProduct() {
    return new PostingFacts(false, false, null, false);
  }

  /** Only known products that are not discontinued can be reviewed. */
  public boolean reviewable() {
    return productKnown && !discontinued;
  }

  /** The review these facts make of the shopper's input. */
  public Review review(UUID id, UUID productId, UUID userId, NewReview input, Instant now) {
    if (!reviewable()) {
      throw new IllegalStateException("product " + productId + " cannot be reviewed");
    }
    return new Review(id, productId, userId, Author.of(userName), input.rating(), input.text(), purchased, now);
  }
}
