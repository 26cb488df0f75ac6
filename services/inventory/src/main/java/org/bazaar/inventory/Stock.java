package org.bazaar.inventory;

import java.util.Objects;

/**
 * The stock of one SKU: units on hand, units reserved for open orders, and a version that grows by one with
 * every change. Every instance keeps {@code 0 <= reserved <= onHand}; each change returns a new instance.
 */
public record Stock(String sku, int onHand, int reserved, long version) {

  public Stock {
    Objects.requireNonNull(sku, "sku");
    if (onHand < 0 || reserved < 0 || reserved > onHand) {
      throw new IllegalStateException("stock of " + sku + " broken: onHand " + onHand + ", reserved " + reserved);
    }
    if (version < 1) {
      throw new IllegalStateException("stock version of " + sku + " must be at least 1, got " + version);
    }
  }

  /** A new SKU: nothing on hand, nothing reserved, version 1. */
  public static Stock empty(String sku) {
    return new Stock(sku, 0, 0, 1);
  }

  public int available() {
    return onHand - reserved;
  }

  /** Holds {@code quantity} units for an order; the caller checked they are available. */
  public Stock reserve(int quantity) {
    positive(quantity);
    if (quantity > available()) {
      throw new IllegalStateException("cannot reserve " + quantity + " of " + sku + ", " + available() + " available");
    }
    return new Stock(sku, onHand, reserved + quantity, version + 1);
  }

  /** Gives held units back: they become available again. */
  public Stock release(int quantity) {
    held(quantity);
    return new Stock(sku, onHand, reserved - quantity, version + 1);
  }

  /** Held units leave the warehouse: both on hand and reserved go down. */
  public Stock commit(int quantity) {
    held(quantity);
    return new Stock(sku, onHand - quantity, reserved - quantity, version + 1);
  }

  /** Adds (or removes, when negative) units on hand; never below zero and never below what is reserved. */
  public Stock adjust(int delta) {
    if (delta == 0) {
      throw new IllegalArgumentException("an adjustment must change the stock (delta 0)");
    }
    long next = (long) onHand + delta;
    if (next < 0) {
      throw new StockConflict("Removing " + -delta + " of " + sku + " would leave " + next + " on hand.");
    }
    if (next < reserved) {
      throw new StockConflict("Removing " + -delta + " of " + sku + " would leave " + next + " on hand, but "
          + reserved + " are reserved.");
    }
    if (next > Integer.MAX_VALUE) {
      throw new StockConflict("Adding " + delta + " of " + sku + " would exceed " + Integer.MAX_VALUE + " on hand.");
    }
    return new Stock(sku, (int) next, reserved, version + 1);
  }

  private static void positive(int quantity) {
    if (quantity < 1) {
      throw new IllegalArgumentException("quantity must be at least 1, got " + quantity);
    }
  }

  private void held(int quantity) {
    positive(quantity);
    if (quantity > reserved) {
      throw new IllegalStateException("cannot take " + quantity + " of " + sku + " from " + reserved + " reserved");
    }
  }
}
