package org.bazaar.cart;

/** The cart cannot take this change: too many different products, or a total too large to represent. */
public final class CartRejected extends RuntimeException {

  public CartRejected(String message) {
    super(message, null, false, false);
  }
}
