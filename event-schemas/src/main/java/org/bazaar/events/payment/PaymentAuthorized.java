package org.bazaar.events.payment;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.bazaar.events.EventPayload;
import org.bazaar.events.EventTypes;
import org.bazaar.events.common.JsonFields;
import org.bazaar.events.common.Money;

/** Payload of {@code org.bazaar.payment.authorized.v1}: the provider authorized an order's payment. */
public record PaymentAuthorized(
    UUID orderId,
    String paymentId,
    Money amount,
    int attempts,
    Instant authorizedAt) implements EventPayload {

  public static final String TYPE = EventTypes.PAYMENT_AUTHORIZED_V1;

  public PaymentAuthorized {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(paymentId, "paymentId");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(authorizedAt, "authorizedAt");
  }

  /** Reads a payload, ignoring fields this version does not know. */
  public static PaymentAuthorized fromJson(JsonObject json) {
    return new PaymentAuthorized(
        JsonFields.uuid(json, "orderId"),
        json.getString("paymentId"),
        JsonFields.object(json, "amount", Money::fromJson),
        json.getInteger("attempts", 0),
        JsonFields.instant(json, "authorizedAt"));
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
    json.put("paymentId", paymentId);
    json.put("amount", amount.toJson());
    json.put("attempts", attempts);
    json.put("authorizedAt", authorizedAt.toString());
    return json;
  }
}
