package org.bazaar.events.stock;

import io.vertx.core.json.JsonObject;
import java.util.Objects;
import org.bazaar.events.common.JsonFields;

/** One SKU that could not be reserved: how many were asked for and how many were available. */
public record Shortage(
    String sku,
    int requested,
    int available) {

  public Shortage {
    Objects.requireNonNull(sku, "sku");
  }

  /** Reads one from JSON, ignoring fields this version does not know. */
  public static Shortage fromJson(JsonObject json) {
    return new Shortage(
        json.getString("sku"),
        json.getInteger("requested", 0),
        json.getInteger("available", 0));
  }

  public JsonObject toJson() {
    JsonObject json = new JsonObject();
    json.put("sku", sku);
    json.put("requested", requested);
    json.put("available", available);
    return json;
  }
}
