package org.bazaar.inventory;

/** A change that would break a stock rule (negative stock, or less on hand than is reserved). */
public final class StockConflict extends RuntimeException {

  public StockConflict(String message) {
    super(message);
  }
}
