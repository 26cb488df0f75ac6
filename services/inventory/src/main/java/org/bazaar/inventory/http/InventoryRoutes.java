package org.bazaar.inventory.http;

import io.vertx.ext.web.Router;
import io.vertx.sqlclient.Pool;
import org.bazaar.inventory.persistence.StockRepository;
import org.bazaar.platform.outbox.Outbox;

/** Every route of inventory's internal HTTP API, in one place; only the edge calls them, for admins. */
public final class InventoryRoutes {

  private final StockLevelHandler levels;
  private final AdjustStockHandler adjustments;

  public InventoryRoutes(Pool pool, StockRepository stock, Outbox outbox) {
    this.levels = new StockLevelHandler(stock);
    this.adjustments = new AdjustStockHandler(pool, stock, outbox);
  }

  public void mount(Router router) {
    router.get("/inventory/:sku").handler(levels::handle);
    router.post("/inventory/:sku/adjustments").handler(adjustments::handle);
  }
}
