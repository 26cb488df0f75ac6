package org.bazaar.reviews.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.bazaar.reviews.Review;
import org.bazaar.reviews.ReviewSummary;

/**
 * The JSON forms: {@code Review = {id, rating, text, author, verifiedPurchase, createdAt}} and the summary
 * {@code {rating: {average, count}, reviews: [Review]}}.
 */
final class ReviewJson {

  private ReviewJson() {
  }

  static JsonObject of(Review review) {
    return new JsonObject()
        .put("id", review.id().toString())
        .put("rating", review.rating())
        .put("text", review.text())
        .put("author", review.author())
        .put("verifiedPurchase", review.verifiedPurchase())
        .put("createdAt", review.createdAt().toString());
  }

  static JsonObject of(ReviewSummary summary) {
    JsonArray reviews = new JsonArray();
    summary.newest().forEach(review -> reviews.add(of(review)));
    return new JsonObject()
        .put("rating", new JsonObject().put("average", summary.rating().average())
            .put("count", summary.rating().count()))
        .put("reviews", reviews);
  }
}
