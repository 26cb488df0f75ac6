package org.bazaar.inventory;

/** A number of units of one SKU that an order asks for or holds. */
public record Line(String sku, int quantity) {

  public Line {
    if (!Skus.isValid(sku)) {
      throw new IllegalArgumentException("not a valid SKU: " + sku);
    }
    if (quantity < 1) {
      throw new IllegalArgumentException("quantity of " + sku + " must be at least 1, got " + quantity);
    }
  }
}
