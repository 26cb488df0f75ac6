package org.bazaar.recommendations;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One shopper looking at one product page at one moment. */
public record ProductView(UUID userId, UUID productId, Instant viewedAt) {

  public ProductView {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(productId, "productId");
    Objects.requireNonNull(viewedAt, "viewedAt");
  }
}
