package org.bazaar.orders;

/** A well-formed order that cannot be accepted (no items, unknown product, prices that do not add up): a 422. */
public final class OrderRejected extends RuntimeException {

  public OrderRejected(String message) {
    super(message, null, false, false);
  }
}
