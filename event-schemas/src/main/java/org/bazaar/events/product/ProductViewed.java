package org.bazaar.events.product;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.bazaar.events.EventPayload;
import org.bazaar.events.EventTypes;
import org.bazaar.events.common.JsonFields;

/**
 * Payload of {@code org.bazaar.product.viewed.v1}: a signed-in shopper viewed a product page. Published by
 * the edge, best effort, on {@code browsing.events}; keyed by the user, so one shopper's views stay in order.
 */
public record ProductViewed(
    UUID userId,
    UUID productId,
    Instant viewedAt) implements EventPayload {

  public static final String TYPE = EventTypes.PRODUCT_VIEWED_V1;

  public ProductViewed {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(productId, "productId");
    Objects.requireNonNull(viewedAt, "viewedAt");
  }

  /** Reads a payload, ignoring fields this version does not know. */
  public static ProductViewed fromJson(JsonObject json) {
    return new ProductViewed(
        JsonFields.uuid(json, "userId"),
        JsonFields.uuid(json, "productId"),
        JsonFields.instant(json, "viewedAt"));
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public String key() {
    return userId.toString();
  }

  @Override
  public JsonObject toJson() {
    JsonObject json = new JsonObject();
    json.put("userId", userId.toString());
    json.put("productId", productId.toString());
    json.put("viewedAt", viewedAt.toString());
    return json;
  }
}
