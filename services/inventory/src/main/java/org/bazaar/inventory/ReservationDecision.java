package org.bazaar.inventory;

import java.util.List;

/** The outcome of asking for an order's lines: all of them reserved, or none. */
public sealed interface ReservationDecision permits ReserveAll, RejectAll {

  /** The requested lines, merged: one per SKU, in SKU order. */
  List<Line> lines();
}
