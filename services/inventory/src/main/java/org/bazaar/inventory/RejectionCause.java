package org.bazaar.inventory;

/** Why an order's lines could not be reserved. */
public enum RejectionCause {
  /** Every SKU is known, but at least one has fewer units available than asked for. */
  OUT_OF_STOCK,
  /** At least one SKU has no stock row at all. */
  UNKNOWN_SKU
}
