package org.bazaar.inventory;

/** Where an order's reservation stands; only {@code RESERVED} holds stock. */
public enum ReservationStatus {
  RESERVED,
  COMMITTED,
  RELEASED,
  REJECTED
}
