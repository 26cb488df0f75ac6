package org.bazaar.reviews;

import java.time.Instant;
import java.util.UUID;

/** One posted review of a product by one user. */
public record Review(
    UUID id,
    UUID productId,
    UUID userId,
    String author,
    int rating,
    String text,
    boolean verifiedPurchase,
    Instant createdAt) {
}
