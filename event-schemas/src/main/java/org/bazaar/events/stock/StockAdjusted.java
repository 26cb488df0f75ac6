package org.bazaar.events.stock;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.Objects;
import org.bazaar.events.EventPayload;
import org.bazaar.events.EventTypes;
import org.bazaar.events.common.JsonFields;
import org.bazaar.events.common.StockLevel;

/** Payload of {@code org.bazaar.stock.adjusted.v1}: the stock of one SKU changed outside an order. */
public record StockAdjusted(
    String sku,
    int delta,
    String reason,
    StockLevel level,
    Instant adjustedAt) implements EventPayload {

  public static final String TYPE = EventTypes.STOCK_ADJUSTED_V1;

  public StockAdjusted {
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(adjustedAt, "adjustedAt");
  }

  /** Reads a payload, ignoring fields this version does not know. */
  public static StockAdjusted fromJson(JsonObject json) {
    return new StockAdjusted(
        json.getString("sku"),
        json.getInteger("delta", 0),
        json.getString("reason"),
        JsonFields.object(json, "level", StockLevel::fromJson),
        JsonFields.instant(json, "adjustedAt"));
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public String key() {
    return sku;
  }

  @Override
  public JsonObject toJson() {
    JsonObject json = new JsonObject();
    json.put("sku", sku);
    json.put("delta", delta);
    json.put("reason", reason);
    json.put("level", level.toJson());
    json.put("adjustedAt", adjustedAt.toString());
    return json;
  }
}
