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

/** Payload of {@code org.bazaar.order.confirmed.v1}: stock was reserved and payment authorized. */
public record OrderConfirmed(
    UUID orderId,
    UUID customerId,
    List<OrderLine> lines,
    Money total,
    Instant confirmedAt,
    boolean fromCart) implements EventPayload {

  public static final String TYPE = EventTypes.ORDER_CONFIRMED_V1;

  public OrderConfirmed {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(lines, "lines");
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(confirmedAt, "confirmedAt");
    lines = List.copyOf(lines);
  }

  /** An order that was not placed from the cart ({@code fromCart} false). */
  public OrderConfirmed(UUID orderId, UUID customerId, List<OrderLine> lines, Money total,
      Instant confirmedAt) {
    this(orderId, customerId, lines, total, confirmedAt, false);
  }

  /** Reads a payload, ignoring fields this version does not know; an absent {@code fromCart} reads as false. */
  public static OrderConfirmed fromJson(JsonObject json) {
    return new OrderConfirmed(
        JsonFields.uuid(json, "orderId"),
        JsonFields.uuid(json, "customerId"),
        JsonFields.list(json, "lines", OrderLine::fromJson),
        JsonFields.object(json, "total", Money::fromJson),
        JsonFields.instant(json, "confirmedAt"),
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
    json.put("confirmedAt", confirmedAt.toString());
    if (fromCart) {
      json.put("fromCart", true);
    }
    return json;
  }
}
