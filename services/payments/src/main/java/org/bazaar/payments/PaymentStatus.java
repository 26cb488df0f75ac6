package org.bazaar.payments;

/** Where one order's payment stands; every status but REQUESTED is final. */
public enum PaymentStatus {
  REQUESTED,
  AUTHORIZED,
  DECLINED,
  UNAVAILABLE,
  CANCELLED;

  /** A final payment is never sent to the provider again. */
  public boolean isFinal() {
    return this != REQUESTED;
  }
}
