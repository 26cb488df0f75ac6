package org.bazaar.payments;

/**
 * What to record once the provider has answered, given the payment's status at that moment (which another
 * delivery or a cancellation may have changed while the call was in flight), and which event to publish.
 */
public record Settlement(PaymentStatus status, Publication publication, boolean chargedAfterCancellation) {

  /** The event the settlement publishes, if any. */
  public enum Publication {
    AUTHORIZED,
    DECLINED,
    NONE
  }

  public static Settlement decide(PaymentStatus current, ChargeResult result) {
    return switch (current) {
      case REQUESTED -> new Settlement(result.status(),
          result.authorized() ? Publication.AUTHORIZED : Publication.DECLINED, false);
      // the money was taken after all: record it and say so, since refunds are out of scope
      case CANCELLED -> result.authorized()
          ? new Settlement(PaymentStatus.AUTHORIZED, Publication.AUTHORIZED, true)
          : new Settlement(PaymentStatus.CANCELLED, Publication.NONE, false);
      // another delivery settled it first and published its outcome
      case AUTHORIZED, DECLINED, UNAVAILABLE -> new Settlement(current, Publication.NONE, false);
    };
  }
}
