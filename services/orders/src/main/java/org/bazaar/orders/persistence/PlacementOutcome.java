package org.bazaar.orders.persistence;

/** What became of a place-order request: a new order, a replay of the key's first answer, or a reused key. */
public record PlacementOutcome(Kind kind, StoredAnswer answer) {

  /** How the request was settled. */
  public enum Kind {
    /** A new order was placed; {@code answer} is its 202. */
    ACCEPTED,
    /** The same key and body were seen before; {@code answer} is the first answer. */
    REPLAYED,
    /** The key was used before with another body; nothing was placed. */
    KEY_REUSED
  }
}
