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

/** Payload of {@code org.bazaar.order.placed.v1}: an order was accepted and waits for stock and payment. */
public record OrderPlaced(
    UUID orderId,
    UUID customerId,
    List<OrderLine> lines,
    Money total,
    Instant placedAt,
    boolean fromCart) implements EventPayload {

  public static final String TYPE = EventTypes.ORDER_PLACED_V1;

  public OrderPlaced {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(lines, "lines");
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(placedAt, "placedAt");
    lines = List.copyOf(lines);
  }

  /** An order that was not placed from the cart ({@code fromCart} false). */
  public OrderPlaced(UUID orderId, UUID customerId, List<OrderLine> lines, Money total,
      Instant placedAt) {
    this(orderId, customerId, lines, total, placedAt, false);
  }

  /** Reads a payload, ignoring fields this version does not know; an absent {@code fromCart} reads as false. */
  public static OrderPlaced fromJson(JsonObject json) {
    return new OrderPlaced(
        JsonFields.uuid(json, "orderId"),
        JsonFields.uuid(json, "customerId"),
        JsonFields.list(json, "lines", OrderLine::fromJson),
        JsonFields.object(json, "total", Money::fromJson),
        JsonFields.instant(json, "placedAt"),
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
    json.put("lines", JsonFields.array(lines, OrderLine::toJson));
    json.put("total", total.toJson());
    json.put("placedAt", placedAt.toString());
    if (fromCart) {
      json.put("fromCart", true);
    }
    return json;
  }
}
