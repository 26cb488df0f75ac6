package org.bazaar.cart;

import java.util.Objects;
import java.util.UUID;

/** One line of a cart as the customer sees it: the product, how many, and its current unit price. */
public record CartLine(UUID productId, String sku, String name, int quantity, long unitAmount) {

  public CartLine {
    Objects.requireNonNull(productId, "productId");
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(name, "name");
  }

  /** Quantity times unit price; throws {@link CartRejected} if it does not fit a long. */
  public long lineAmount() {
    try {
      return Math.multiplyExact(unitAmount, (long) quantity);
    } catch (ArithmeticException e) {
      throw new CartRejected("the cart total is too large");
    }
  }
}
