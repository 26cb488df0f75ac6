package org.bazaar.events.review;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.bazaar.events.EventPayload;
import org.bazaar.events.EventTypes;
import org.bazaar.events.common.JsonFields;

/**
 * Payload of {@code org.bazaar.review.posted.v1}: a shopper posted a review of a product. Keyed by the
 * product, so one product's reviews stay in order.
 */
public record ReviewPosted(
    UUID reviewId,
    UUID productId,
    UUID userId,
    String author,
    int rating,
    String text,
    boolean verifiedPurchase,
    Instant postedAt) implements EventPayload {

  public static final String TYPE = EventTypes.REVIEW_POSTED_V1;

  public ReviewPosted {
    Objects.requireNonNull(reviewId, "reviewId");
    Objects.requireNonNull(productId, "productId");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(postedAt, "postedAt");
  }

  /** Reads a payload, ignoring fields this version does not know. */
  public static ReviewPosted fromJson(JsonObject json) {
    return new ReviewPosted(
        JsonFields.uuid(json, "reviewId"),
        JsonFields.uuid(json, "productId"),
        JsonFields.uuid(json, "userId"),
        json.getString("author"),
        json.getInteger("rating", 0),
        json.getString("text"),
        json.getBoolean("verifiedPurchase", false),
        JsonFields.instant(json, "postedAt"));
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
    json.put("reviewId", reviewId.toString());
    json.put("productId", productId.toString());
    json.put("userId", userId.toString());
    json.put("author", author);
    json.put("rating", rating);
    json.put("text", text);
    json.put("verifiedPurchase", verifiedPurchase);
    json.put("postedAt", postedAt.toString());
    return json;
  }
}
