package org.bazaar.orders;

/** What a pending order waits for next; {@code DONE} once the order is confirmed or cancelled. */
public enum SagaStep {
  AWAITING_STOCK,
  AWAITING_PAYMENT,
  DONE
}
