package org.bazaar.paymentsimulator;

import java.time.Instant;

import io.vertx.core.json.JsonObject;

/**
 * One charge request the simulator received and what it answered: the HTTP status (0 when it closed the
 * connection or never answered) and a code ({@code authorized}, the decline code, or the problem code).
 * {@code charged} is true only for the attempt that made a new charge; a replay of that answer is not a charge.
 */
public record ChargeAttempt(String idempotencyKey, String orderId, String token, String mode, int status, String code,
    String chargeId, boolean charged, boolean replayed, Instant receivedAt, Instant answeredAt) {

  public static final String AUTHORIZED = "authorized";
  public static final String CONNECTION_RESET = "connection_reset";
  public static final String NO_ANSWER = "no_answer";

  public JsonObject toJson() {
    return new JsonObject()
        .put("idempotencyKey", idempotencyKey)
        .put("orderId", orderId)
        .put("token", token)
        .put("mode", mode)
        .put("status", status)
        .put("code", code)
        .put("chargeId", chargeId)
        .put("charged", charged)
        .put("replayed", replayed)
        .put("receivedAt", receivedAt.toString())
        .put("answeredAt", answeredAt.toString());
  }

  public static ChargeAttempt fromJson(JsonObject json) {
    return new ChargeAttempt(json.getString("idempotencyKey"), json.getString("orderId"), json.getString("token"),
        json.getString("mode"), json.getInteger("status"), json.getString("code"), json.getString("chargeId"),
        json.getBoolean("charged"), json.getBoolean("replayed"), Instant.parse(json.getString("receivedAt")),
        Instant.parse(json.getString("answeredAt")));
  }
}
