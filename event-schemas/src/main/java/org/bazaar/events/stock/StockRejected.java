package org.bazaar.events.stock;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.bazaar.events.EventPayload;
import org.bazaar.events.EventTypes;
import org.bazaar.events.common.JsonFields;

/** Payload of {@code org.bazaar.stock.rejected.v1}: an order could not be reserved, and nothing was. */
public record StockRejected(
    UUID orderId,
    RejectionReason reason,
    List<Shortage> shortages,
    Instant rejectedAt) implements EventPayload {

  public static final String TYPE = EventTypes.STOCK_REJECTED_V1;

  public StockRejected {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(shortages, "shortages");
    Objects.requireNonNull(rejectedAt, "rejectedAt");
    shortages = List.copyOf(shortages);
  }

  /** Reads a payload, ignoring fields this version does not know. */
  public static StockRejected fromJson(JsonObject json) {
    return new StockRejected(
        JsonFields.uuid(json, "orderId"),
        RejectionReason.valueOf(json.getString("reason")),
        JsonFields.list(json, "shortages", Shortage::fromJson),
        JsonFields.instant(json, "rejectedAt"));
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
    json.put("reason", reason.name());
    json.put("shortages", JsonFields.array(shortages, Shortage::toJson));
    json.put("rejectedAt", rejectedAt.toString());
    return json;
  }
}
