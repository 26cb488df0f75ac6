package org.bazaar.orders;

import java.util.List;

/** The lines of a new order with server-side prices, their total, and the one currency they share. */
public record PricedOrder(List<PricedLine> lines, long totalAmount, String currency) {

  public PricedOrder {
    lines = List.copyOf(lines);
  }
}
