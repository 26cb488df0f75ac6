package org.bazaar.recommendations.messaging;

import java.util.List;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import org.bazaar.events.common.StockLevel;
import org.bazaar.events.stock.StockLevels;
import org.bazaar.platform.events.EventEnvelope;
import org.bazaar.platform.inbox.Inbox;
import org.bazaar.recommendations.persistence.ProductRepository;

/**
 * Keeps the last known {@code available} of each SKU from inventory's stock events. Each event takes effect
 * once (inbox), and each level only if its version is newer than the stored one.
 */
public final class StockLevelsHandler {

  /** The event types this handler consumes. */
  public static final List<String> TYPES = StockLevels.TYPES;

  private final Inbox inbox;
  private final ProductRepository products;

  public StockLevelsHandler(Inbox inbox, ProductRepository products) {
    this.inbox = inbox;
    this.products = products;
  }

  public Future<Void> handle(EventEnvelope event) {
    return Payloads.read(event, () -> levelsOf(event.type(), event.data()))
        .compose(levels -> inbox.once(event, (tx, e) -> products.applyStockLevels(tx, levels)));
  }

  /** The levels an event reports, in SKU order (a stable lock order). */
  static List<StockLevel> levelsOf(String type, JsonObject data) {
    return StockLevels.of(type, data);
  }
}
