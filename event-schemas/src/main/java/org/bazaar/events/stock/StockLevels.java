package org.bazaar.events.stock;

import java.util.Comparator;
import java.util.List;

import io.vertx.core.json.JsonObject;
import org.bazaar.events.EventTypes;
import org.bazaar.events.common.StockLevel;

/** The stock levels any stock event reports, for the services that keep a read model of availability. */
public final class StockLevels {

  /** Every event type that carries stock levels. */
  public static final List<String> TYPES = List.of(EventTypes.STOCK_ADJUSTED_V1, EventTypes.STOCK_RESERVED_V1,
      EventTypes.STOCK_RELEASED_V1, EventTypes.STOCK_COMMITTED_V1);

  private StockLevels() {
  }

  /** The levels of one event, in SKU order (a stable lock order for whoever applies them). */
  public static List<StockLevel> of(String type, JsonObject data) {
    List<StockLevel> levels = switch (type) {
      case EventTypes.STOCK_ADJUSTED_V1 -> List.of(StockAdjusted.fromJson(data).level());
      case EventTypes.STOCK_RESERVED_V1 -> StockReserved.fromJson(data).levels();
      case EventTypes.STOCK_RELEASED_V1 -> StockReleased.fromJson(data).levels();
      case EventTypes.STOCK_COMMITTED_V1 -> StockCommitted.fromJson(data).levels();
      default -> throw new IllegalArgumentException("not a stock level event: " + type);
    };
    return levels.stream().sorted(Comparator.comparing(StockLevel::sku)).toList();
  }
}
