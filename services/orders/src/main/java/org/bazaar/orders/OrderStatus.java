package org.bazaar.orders;

/** The status a customer sees: pending until the saga ends, then confirmed or cancelled. */
public enum OrderStatus {
  PENDING,
  CONFIRMED,
  CANCELLED;

  public boolean isTerminal() {
    return this != PENDING;
  }
}
