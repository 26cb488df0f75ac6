package org.bazaar.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The reservation arithmetic: whether all of an order's lines fit in the current stock (available = on hand
 * minus reserved), and the stock levels after a reservation is made, committed or released.
 */
public final class ReservationPlanner {

  private ReservationPlanner() {
  }

  /** All lines or none: every SKU must exist and have at least the requested units available. */
  public static ReservationDecision decide(List<Line> requested, Map<String, Stock> current) {
    List<Line> lines = Lines.merge(requested);
    List<Shortage> shortages = new ArrayList<>();
    boolean unknown = false;
    for (Line line : lines) {
      Stock stock = current.get(line.sku());
      if (stock == null) {
        unknown = true;
        shortages.add(new Shortage(line.sku(), line.quantity(), 0));
      } else if (stock.available() < line.quantity()) {
        shortages.add(new Shortage(line.sku(), line.quantity(), stock.available()));
      }
    }
    if (!shortages.isEmpty()) {
      return new RejectAll(lines, unknown ? RejectionCause.UNKNOWN_SKU : RejectionCause.OUT_OF_STOCK, shortages);
    }
    return new ReserveAll(lines, apply(lines, current, Stock::reserve));
  }

  /** The levels after the held lines leave stock (order confirmed). */
  public static List<Stock> commit(List<Line> held, Map<String, Stock> current) {
    return apply(Lines.merge(held), current, Stock::commit);
  }

  /** The levels after the held lines become available again (order cancelled). */
  public static List<Stock> release(List<Line> held, Map<String, Stock> current) {
    return apply(Lines.merge(held), current, Stock::release);
  }

  private static List<Stock> apply(List<Line> lines, Map<String, Stock> current,
      BiFunction<Stock, Integer, Stock> change) {
    return lines.stream().map(line -> {
      Stock stock = current.get(line.sku());
      if (stock == null) {
        throw new IllegalStateException("no stock of " + line.sku() + " for a line that needs it");
      }
      return change.apply(stock, line.quantity());
    }).toList();
  }
}
