package org.bazaar.orders.persistence;

import java.util.UUID;

import io.vertx.core.json.JsonObject;

/** The answer given to the first request with an idempotency key, and the hash of that request's body. */
public record StoredAnswer(String requestHash, UUID orderId, int status, JsonObject body) {
}
