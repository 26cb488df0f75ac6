package org.bazaar.inventory.http;

import io.vertx.ext.web.RoutingContext;
import org.bazaar.inventory.Skus;
import org.bazaar.inventory.persistence.StockRepository;
import org.bazaar.platform.http.Caller;
import org.bazaar.platform.http.HttpProblem;

/** {@code GET /inventory/{sku}} (admin): the SKU's stock, or 404 for a SKU inventory does not know. */
public final class StockLevelHandler {

  private final StockRepository stock;

  public StockLevelHandler(StockRepository stock) {
    this.stock = stock;
  }

  public void handle(RoutingContext ctx) {
    Caller.of(ctx).requireAdmin();
    String sku = ctx.pathParam("sku");
    if (!Skus.isValid(sku)) {
      throw unknown(sku);
    }
    stock.find(sku)
        .onSuccess(found -> found.ifPresentOrElse(level -> ctx.json(StockJson.of(level)),
            () -> ctx.fail(unknown(sku))))
        .onFailure(ctx::fail);
  }

  static HttpProblem unknown(String sku) {
    return HttpProblem.notFound("No stock is kept for SKU " + sku + ".");
  }
}
