package org.bazaar.events.order;

/** Why an order was cancelled. */
public enum CancellationReason {
  OUT_OF_STOCK,
  PAYMENT_DECLINED,
  PAYMENT_UNAVAILABLE
}
