package org.bazaar.events.payment;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.bazaar.events.EventPayload;
import org.bazaar.events.EventTypes;
import org.bazaar.events.common.JsonFields;
import org.bazaar.events.common.Money;

/** Payload of {@code org.bazaar.payment.requested.v1}: orders asks payments to charge an order. */
public record PaymentRequested(
    UUID orderId,
    UUID customerId,
    Money amount,
    String paymentToken,
    Instant requestedAt) implements EventPayload {

  public static final String TYPE = EventTypes.PAYMENT_REQUESTED_V1;

  public PaymentRequested {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(paymentToken, "paymentToken");
    Objects.requireNonNull(requestedAt, "requestedAt");
  }

  /** Reads a payload, ignoring fields this version does not know. */
  public static PaymentRequested fromJson(JsonObject json) {
    return new PaymentRequested(
        JsonFields.uuid(json, "orderId"),
        JsonFields.uuid(json, "customerId"),
        JsonFields.object(json, "amount", Money::fromJson),
        json.getString("paymentToken"),
        JsonFields.instant(json, "requestedAt"));
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
    json.put("customerId", customerId.toString());
    json.put("amount", amount.toJson());
    json.put("paymentToken", paymentToken);
    json.put("requestedAt", requestedAt.toString());
    return json;
  }
}
