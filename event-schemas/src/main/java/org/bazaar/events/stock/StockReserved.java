package org.bazaar.events.stock;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.bazaar.events.EventPayload;
import org.bazaar.events.EventTypes;
import org.bazaar.events.common.JsonFields;
import org.bazaar.events.common.SkuQuantity;
import org.bazaar.events.common.StockLevel;

/** Payload of {@code org.bazaar.stock.reserved.v1}: every line of an order was reserved. */
public record StockReserved(
    UUID orderId,
    List<SkuQuantity> lines,
    List<StockLevel> levels,
    Instant reservedAt) implements EventPayload {

  public static final String TYPE = EventTypes.STOCK_RESERVED_V1;

  public StockReserved {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(lines, "lines");
    Objects.requireNonNull(levels, "levels");
    Objects.requireNonNull(reservedAt, "reservedAt");
    lines = List.copyOf(lines);
    levels = List.copyOf(levels);
  }

  /** Reads a payload, ignoring fields this version does not know. */
  public static StockReserved fromJson(JsonObject json) {
    return new StockReserved(
        JsonFields.uuid(json, "orderId"),
        JsonFields.list(json, "lines", SkuQuantity::fromJson),
        JsonFields.list(json, "levels", StockLevel::fromJson),
        JsonFields.instant(json, "reservedAt"));
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public String key() {
    return orderId.toString();
  }

  @Override
  public JsonObject toJson() {
    JsonObject json = new JsonObject();
    json.put("orderId", orderId.toString());
    json.put("lines", JsonFields.array(lines, SkuQuantity::toJson));
    json.put("levels", JsonFields.array(levels, StockLevel::toJson));
    json.put("reservedAt", reservedAt.toString());
    return json;
  }
}
