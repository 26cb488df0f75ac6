package org.bazaar.catalog.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.bazaar.catalog.Product;
import org.bazaar.catalog.ProductPage;

/** The public JSON forms: {@code Product = {id, sku, name, description, price, available}} and a page of them. */
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

  static JsonObject of(ProductPage page) {
    JsonArray items = new JsonArray();
    page.items().forEach(product -> items.add(of(product)));
    return new JsonObject().put("items", items).put("next", page.next() == null ? null : page.next().encode());
  }
}
