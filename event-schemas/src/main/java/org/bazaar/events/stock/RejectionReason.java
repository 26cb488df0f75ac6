package org.bazaar.events.stock;

/** Why inventory rejected an order's reservation. */
public enum RejectionReason {
  OUT_OF_STOCK,
  UNKNOWN_SKU
}
