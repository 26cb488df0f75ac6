package org.bazaar.inventory.messaging;

import java.util.List;

import org.bazaar.events.common.OrderLine;
import org.bazaar.events.common.SkuQuantity;
import org.bazaar.events.common.StockLevel;
import org.bazaar.inventory.Line;
import org.bazaar.inventory.Lines;
import org.bazaar.inventory.Stock;
import org.bazaar.platform.events.PermanentFailure;

/** Translates between inventory's domain values and the typed payload parts of event-schemas. */
public final class StockEvents {

  private StockEvents() {
  }

  public static StockLevel level(Stock stock) {
    return new StockLevel(stock.sku(), stock.onHand(), stock.reserved(), stock.available(), stock.version());
  }

  public static List<StockLevel> levels(List<Stock> stock) {
    return stock.stream().map(StockEvents::level).toList();
  }

  public static List<SkuQuantity> quantities(List<Line> lines) {
    return lines.stream().map(line -> new SkuQuantity(line.sku(), line.quantity())).toList();
  }

  /**
   * An order's lines as inventory needs them: merged, one per SKU. Lines no retry could make valid are a
   * permanent failure, so the event goes to the dead-letter topic at once.
   */
  public static List<Line> requested(List<OrderLine> lines) {
    try {
      return Lines.merge(lines.stream().map(line -> new Line(line.sku(), line.quantity())).toList());
    } catch (IllegalArgumentException e) {
      throw new PermanentFailure("order lines cannot be reserved: " + e.getMessage());
    }
  }
}
