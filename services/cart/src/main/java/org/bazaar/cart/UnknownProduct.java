package org.bazaar.cart;

import java.util.UUID;

/** The product cannot go into a cart: the cart has never heard of it, it was discontinued, or it is not for sale. */
public final class UnknownProduct extends RuntimeException {

  public UnknownProduct(UUID productId) {
    super("unknown product " + productId, null, false, false);
  }
}
