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

/** Payload of {@code org.bazaar.stock.released.v1}: an order's reservation was released. */
public record StockReleased(
    UUID orderId,
    List<SkuQuantity> lines,
    List<StockLevel> levels,
    Instant releasedAt) implements EventPayload {

  public static final String TYPE = EventTypes.STOCK_RELEASED_V1;

  public StockReleased {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(lines, "lines");
    Objects.requireNonNull(levels, "levels");
    Objects.requireNonNull(releasedAt, "releasedAt");
    lines = List.copyOf(lines);
    levels = List.copyOf(levels);
  }

  /** Reads a payload, ignoring fields this version does not know. */
  public static StockReleased fromJson(JsonObject json) {
    return new StockReleased(
        JsonFields.uuid(json, "orderId"),
        JsonFields.list(json, "lines", SkuQuantity::fromJson),
        JsonFields.list(json, "levels", StockLevel::fromJson),
        JsonFields.instant(json, "releasedAt"));
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
    json.put("releasedAt", releasedAt.toString());
    return json;
  }
}
