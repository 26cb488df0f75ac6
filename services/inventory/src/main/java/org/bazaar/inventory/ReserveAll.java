package org.bazaar.inventory;

import java.util.List;

/** Every line fits: {@code levels} are the stock of each SKU after the reservation, in SKU order. */
public record ReserveAll(List<Line> lines, List<Stock> levels) implements ReservationDecision {

  public ReserveAll {
    lines = List.copyOf(lines);
    levels = List.copyOf(levels);
  }
}
