package org.bazaar.cart;

import java.util.Objects;
import java.util.UUID;

/**
 * What the cart knows of a catalog product, from the catalog's events: its sku, name and unit price (minor
 * units), and whether it was discontinued. A product known only from its discontinuation has no name or price.
 */
public record CartProduct(UUID productId, String sku, String name, Long priceAmount, String currency,
    boolean discontinued) {

  public CartProduct {
    Objects.requireNonNull(productId, "productId");
    Objects.requireNonNull(sku, "sku");
  }

  /** Whether a customer may put it into a cart now: known, priced in the shop currency and not discontinued. */
  public boolean sellableIn(String shopCurrency) {
    return !discontinued && name != null && priceAmount != null && shopCurrency.equals(currency);
  }
}
