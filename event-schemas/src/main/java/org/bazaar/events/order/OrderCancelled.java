package org.bazaar.events.order;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.bazaar.events.EventPayload;
import org.bazaar.events.EventTypes;
import org.bazaar.events.common.JsonFields;
import org.bazaar.events.common.Money;
import org.bazaar.events.common.OrderLine;

/** Payload of {@code org.bazaar.order.cancelled.v1}: the order was cancelled, with the reason. */
public record OrderCancelled(
    UUID orderId,
    UUID customerId,
    CancellationReason reason,
    List<OrderLine> lines,
    Money total,
    Instant cancelledAt,
    boolean fromCart) implements EventPayload {

  public static final String TYPE = EventTypes.ORDER_CANCELLED_V1;

  public OrderCancelled {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(lines, "lines");
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(cancelledAt, "cancelledAt");
    lines = List.copyOf(lines);
  }

  /** An order that was not placed from the cart ({@code fromCart} false). */
  public OrderCancelled(UUID orderId, UUID customerId, CancellationReason reason, List<OrderLine> lines, Money total,
      Instant cancelledAt) {
    this(orderId, customerId, reason, lines, total, cancelledAt, false);
  }

  /** Reads a payload, ignoring fields this version does not know; an absent {@code fromCart} reads as false. */
  public static OrderCancelled fromJson(JsonObject json) {
    return new OrderCancelled(
        JsonFields.uuid(json, "orderId"),
        JsonFields.uuid(json, "customerId"),
        CancellationReason.valueOf(json.getString("reason")),
        JsonFields.list(json, "lines", OrderLine::fromJson),
        JsonFields.object(json, "total", Money::fromJson),
        JsonFields.instant(json, "cancelledAt"),
        json.getBoolean("fromCart", false));
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public String key() {
    return orderId.toString();
  }

  /** The payload; {@code fromCart} is written only when true (absent means false). */
  @Override
  public JsonObject toJson() {
    JsonObject json = new JsonObject();
    json.put("orderId", orderId.toString());
    json.put("customerId", customerId.toString());
    json.put("reason", reason.name());
    json.put("lines", JsonFields.array(lines, OrderLine::toJson));
    json.put("total", total.toJson());
    json.put("cancelledAt", cancelledAt.toString());
    if (fromCart) {
      json.put("fromCart", true);
    }
    return json;
  }
}
