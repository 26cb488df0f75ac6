package org.bazaar.events.product;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.bazaar.events.EventPayload;
import org.bazaar.events.EventTypes;
import org.bazaar.events.common.JsonFields;

/** Payload of {@code org.bazaar.product.discontinued.v1}: a product can no longer be ordered. */
public record ProductDiscontinued(
    UUID productId,
    String sku,
    Instant discontinuedAt) implements EventPayload {

  public static final String TYPE = EventTypes.PRODUCT_DISCONTINUED_V1;

  public ProductDiscontinued {
    Objects.requireNonNull(productId, "productId");
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(discontinuedAt, "discontinuedAt");
  }

  /** Reads a payload, ignoring fields this version does not know. */
  public static ProductDiscontinued fromJson(JsonObject json) {
    return new ProductDiscontinued(
        JsonFields.uuid(json, "productId"),
        json.getString("sku"),
        JsonFields.instant(json, "discontinuedAt"));
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public String key() {
    return productId.toString();
  }

  @Override
  public JsonObject toJson() {
    JsonObject json = new JsonObject();
    json.put("productId", productId.toString());
    json.put("sku", sku);
    json.put("discontinuedAt", discontinuedAt.toString());
    return json;
  }
}
