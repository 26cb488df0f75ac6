package org.bazaar.recommendations.http;

import java.util.List;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.bazaar.recommendations.Product;

/** The public JSON forms: {@code Product = {id, sku, name, description, price, available}} and {@code {items}}. */
final class ProductJson {

  private ProductJson() {
  }

  static JsonObject of(Product product) {
    return new JsonObject()
        .put("id", product.id().toString())
        .put("sku", product.sku())
        .put("name", product.name())
        .put("description", product.description())
        .put("price", new JsonObject().put("amount", product.price().amount())
            .put("currency", product.price().currency()))
        .put("available", product.available());
  }

  static JsonObject items(List<Product> products) {
    JsonArray items = new JsonArray();
    products.forEach(product -> items.add(of(product)));
    return new JsonObject().put("items", items);
  }
}
