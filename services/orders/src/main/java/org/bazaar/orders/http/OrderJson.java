package org.bazaar.orders.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.bazaar.orders.Order;
import org.bazaar.orders.PricedLine;

/** The API's {@code Order}: {id, status, reason, items:[{productId, sku, name, quantity, unitPrice}], total, createdAt, updatedAt}. */
final class OrderJson {

  private OrderJson() {
  }

  static JsonObject of(Order order) {
    JsonArray items = new JsonArray();
    for (PricedLine line : order.lines()) {
      items.add(new JsonObject()
          .put("productId", line.productId().toString())
          .put("sku", line.sku())
          .put("name", line.name())
          .put("quantity", line.quantity())
          .put("unitPrice", money(line.unitAmount(), order.currency())));
    }
    return new JsonObject()
        .put("id", order.id().toString())
        .put("status", order.state().status().name())
        .put("reason", order.state().reason() == null ? null : order.state().reason().name())
        .put("items", items)
        .put("total", money(order.totalAmount(), order.currency()))
        .put("createdAt", order.createdAt().toString())
        .put("updatedAt", order.updatedAt().toString());
  }

  private static JsonObject money(long amount, String currency) {
    return new JsonObject().put("amount", amount).put("currency", currency);
  }
}
