package org.bazaar.orders;

import java.util.UUID;

/** One order line with the unit price taken from the product copy when the order was placed. */
public record PricedLine(int lineNo, UUID productId, String sku, String name, int quantity, long unitAmount) {

  public long lineAmount() {
    return Math.multiplyExact(unitAmount, (long) quantity);
  }
}
