package org.bazaar.cart.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.bazaar.cart.Cart;
import org.bazaar.cart.CartLine;

/** The API's cart: {@code {items:[{productId, sku, name, quantity, unitPrice}], total}}, money {amount, currency}. */
final class CartJson {

  private CartJson() {
  }

  static JsonObject of(Cart cart) {
    JsonArray items = new JsonArray();
    for (CartLine line : cart.items()) {
      items.add(new JsonObject()
          .put("productId", line.productId().toString())
          .put("sku", line.sku())
          .put("name", line.name())
          .put("quantity", line.quantity())
          .put("unitPrice", money(line.unitAmount(), cart.currency())));
    }
    return new JsonObject().put("items", items).put("total", money(cart.totalAmount(), cart.currency()));
  }

  private static JsonObject money(long amount, String currency) {
    return new JsonObject().put("amount", amount).put("currency", currency);
  }
}
