package org.bazaar.events.common;

import io.vertx.core.json.JsonObject;
import java.util.Objects;

/** An amount in minor units (cents for EUR) of an ISO 4217 currency. */
public record Money(
    long amount,
    String currency) {

  public Money {
    Objects.requireNonNull(currency, "currency");
  }

  /** Reads one from JSON, ignoring fields this version does not know. */
  public static Money fromJson(JsonObject json) {
    return new Money(
        json.getLong("amount", 0L),
        json.getString("currency"));
  }

  public JsonObject toJson() {
    JsonObject json = new JsonObject();
    json.put("amount", amount);
    json.put("currency", currency);
    return json;
  }
}
