package org.bazaar.cart;

import java.time.Instant;
import java.util.Objects;

/** One stored cart line with the cart's current copy of its product. */
public record StoredLine(CartProduct product, int quantity, Instant addedAt) {

  public StoredLine {
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(addedAt, "addedAt");
  }
}
