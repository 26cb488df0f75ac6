package org.bazaar.events.common;

import io.vertx.core.json.JsonObject;
import java.util.Objects;

/** A number of units of one SKU. */
public record SkuQuantity(
    String sku,
    int quantity) {

  public SkuQuantity {
    Objects.requireNonNull(sku, "sku");
  }

  /** Reads one from JSON, ignoring fields this version does not know. */
  public static SkuQuantity fromJson(JsonObject json) {
    return new SkuQuantity(
        json.getString("sku"),
        json.getInteger("quantity", 0));
  }

  public JsonObject toJson() {
    JsonObject json = new JsonObject();
    json.put("sku", sku);
    json.put("quantity", quantity);
    return json;
  }
}
