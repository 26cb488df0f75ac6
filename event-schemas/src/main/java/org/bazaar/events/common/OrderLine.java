package org.bazaar.events.common;

import io.vertx.core.json.JsonObject;
import java.util.Objects;
import java.util.UUID;

/** One order line: a product, how many, and the unit price agreed when the order was placed. */
public record OrderLine(
    UUID productId,
    String sku,
    String name,
    int quantity,
    Money unitPrice) {

  public OrderLine {
    Objects.requireNonNull(productId, "productId");
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unitPrice, "unitPrice");
  }

  /** Reads one from JSON, ignoring fields this version does not know. */
  public static OrderLine fromJson(JsonObject json) {
    return new OrderLine(
        JsonFields.uuid(json, "productId"),
        json.getString("sku"),
        json.getString("name"),
        json.getInteger("quantity", 0),
        JsonFields.object(json, "unitPrice", Money::fromJson));
  }

  public JsonObject toJson() {
    JsonObject json = new JsonObject();
    json.put("productId", productId.toString());
    json.put("sku", sku);
    json.put("name", name);
    json.put("quantity", quantity);
    json.put("unitPrice", unitPrice.toJson());
    return json;
  }
}
