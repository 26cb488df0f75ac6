package org.bazaar.notifications;

import org.bazaar.events.order.CancellationReason;

/** Tells a shopper, in plain words, why their order was cancelled and what it means for their money. */
public final class CancellationTexts {

  private CancellationTexts() {
  }

  public static String why(CancellationReason reason) {
    return switch (reason) {
      case OUT_OF_STOCK -> "Some of the items you ordered are out of stock, so we could not set them aside for you.";
      case PAYMENT_DECLINED -> "Your payment was declined by your card issuer. Please check your payment details "
          + "and order again.";
      case PAYMENT_UNAVAILABLE -> "We could not reach our payment provider to take your payment. This is on our "
          + "side: please try again in a few minutes.";
    };
  }

  public static String money(CancellationReason reason) {
    return switch (reason) {
      case OUT_OF_STOCK, PAYMENT_DECLINED -> "No payment was taken.";
      case PAYMENT_UNAVAILABLE -> "If your card shows a pending amount for this order, it will be released.";
    };
  }
}
