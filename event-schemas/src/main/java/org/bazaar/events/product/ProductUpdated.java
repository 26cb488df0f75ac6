package org.bazaar.events.product;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.bazaar.events.EventPayload;
import org.bazaar.events.EventTypes;
import org.bazaar.events.common.JsonFields;
import org.bazaar.events.common.Money;

/** Payload of {@code org.bazaar.product.updated.v1}: the full product state after it was updated. */
public record ProductUpdated(
    UUID productId,
    String sku,
    String name,
    String description,
    Money price,
    Instant updatedAt) implements EventPayload {

  public static final String TYPE = EventTypes.PRODUCT_UPDATED_V1;

  public ProductUpdated {
    Objects.requireNonNull(productId, "productId");
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(price, "price");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }

  /** Reads a payload, ignoring fields this version does not know. */
  public static ProductUpdated fromJson(JsonObject json) {
    return new ProductUpdated(
        JsonFields.uuid(json, "productId"),
        json.getString("sku"),
        json.getString("name"),
        json.getString("description"),
        JsonFields.object(json, "price", Money::fromJson),
        JsonFields.instant(json, "updatedAt"));
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
    json.put("name", name);
    json.put("description", description);
    json.put("price", price.toJson());
    json.put("updatedAt", updatedAt.toString());
    return json;
  }
}
