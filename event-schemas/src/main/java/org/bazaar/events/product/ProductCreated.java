package org.bazaar.events.product;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.bazaar.events.EventPayload;
import org.bazaar.events.EventTypes;
import org.bazaar.events.common.JsonFields;
import org.bazaar.events.common.Money;

/** Payload of {@code org.bazaar.product.created.v1}: the full product state after it was created. */
public record ProductCreated(
    UUID productId,
    String sku,
    String name,
    String description,
    Money price,
    Instant createdAt) implements EventPayload {

  public static final String TYPE = EventTypes.PRODUCT_CREATED_V1;

  public ProductCreated {
    Objects.requireNonNull(productId, "productId");
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(price, "price");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** Reads a payload, ignoring fields this version does not know. */
  public static ProductCreated fromJson(JsonObject json) {
    return new ProductCreated(
        JsonFields.uuid(json, "productId"),
        json.getString("sku"),
        json.getString("name"),
        json.getString("description"),
        JsonFields.object(json, "price", Money::fromJson),
        JsonFields.instant(json, "createdAt"));
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
    json.put("createdAt", createdAt.toString());
    return json;
  }
}
