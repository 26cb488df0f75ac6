package org.bazaar.events.payment;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.bazaar.events.EventPayload;
import org.bazaar.events.EventTypes;
import org.bazaar.events.common.JsonFields;

/** Payload of {@code org.bazaar.payment.declined.v1}: an order's payment failed; {@code detail} may be null. */
public record PaymentDeclined(
    UUID orderId,
    DeclineReason reason,
    String detail,
    int attempts,
    Instant declinedAt) implements EventPayload {

  public static final String TYPE = EventTypes.PAYMENT_DECLINED_V1;

  public PaymentDeclined {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(declinedAt, "declinedAt");
  }

  /** Reads a payload, ignoring fields this version does not know. */
  public static PaymentDeclined fromJson(JsonObject json) {
    return new PaymentDeclined(
        JsonFields.uuid(json, "orderId"),
        DeclineReason.valueOf(json.getString("reason")),
        json.getString("detail"),
        json.getInteger("attempts", 0),
        JsonFields.instant(json, "declinedAt"));
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
    if (detail != null) {
      json.put("detail", detail);
    }
    json.put("attempts", attempts);
    json.put("declinedAt", declinedAt.toString());
    return json;
  }
}
