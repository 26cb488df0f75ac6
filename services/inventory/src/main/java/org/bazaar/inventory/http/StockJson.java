package org.bazaar.inventory.http;

import io.vertx.core.json.JsonObject;
import org.bazaar.inventory.Stock;

/** The HTTP shape of a SKU's stock: {@code {sku, onHand, reserved, available}}. */
public final class StockJson {

  private StockJson() {
  }

  public static JsonObject of(Stock stock) {
    return new JsonObject()
        .put("sku", stock.sku())
        .put("onHand", stock.onHand())
        .put("reserved", stock.reserved())
        .put("available", stock.available());
  }
}
