package org.bazaar.events.common;

import io.vertx.core.json.JsonObject;
import java.util.Objects;

/** The stock of one SKU after a change; {@code version} increases with every change of that SKU. */
public record StockLevel(
    String sku,
    int onHand,
    int reserved,
    int available,
    long version) {

  public StockLevel {
    Objects.requireNonNull(sku, "sku");
  }

  /** Reads one from JSON, ignoring fields this version does not know. */
  public static StockLevel fromJson(JsonObject json) {
    return new StockLevel(
        json.getString("sku"),
        json.getInteger("onHand", 0),
        json.getInteger("reserved", 0),
        json.getInteger("available", 0),
        json.getLong("version", 0L));
  }

  public JsonObject toJson() {
    JsonObject json = new JsonObject();
    json.put("sku", sku);
    json.put("onHand", onHand);
    json.put("reserved", reserved);
    json.put("available", available);
    json.put("version", version);
    return json;
  }
}
