package org.bazaar.reviews.http;

import java.util.Optional;
import java.util.UUID;

import io.vertx.ext.web.RoutingContext;
import org.bazaar.platform.http.Caller;
import org.bazaar.platform.http.HttpProblem;
import org.bazaar.platform.http.JsonBodies;
import org.bazaar.reviews.NewReview;
import org.bazaar.reviews.PostOutcome;
import org.bazaar.reviews.ReviewSummary;
import org.bazaar.reviews.persistence.ReviewRepository;

/** Posts a signed-in user's review of a product, and reads a product's rating summary (anyone). */
final class ReviewHandlers {

  private final ReviewRepository reviews;

  ReviewHandlers(ReviewRepository reviews) {
    this.reviews = reviews;
  }

  void post(RoutingContext ctx) {
    UUID productId = productId(ctx).orElseThrow(ReviewHandlers::noSuchProduct);
    UUID userId = userId(Caller.of(ctx));
    NewReview review = NewReview.from(JsonBodies.object(ctx).getMap());
    reviews.post(productId, userId, review, ctx.request().getHeader("traceparent"))
        .onSuccess(outcome -> answer(ctx, outcome))
        .onFailure(ctx::fail);
  }

  private static void answer(RoutingContext ctx, PostOutcome outcome) {
    if (outcome instanceof PostOutcome.Posted posted) {
      JsonBodies.send(ctx, 201, ReviewJson.of(posted.review()));
    } else if (outcome instanceof PostOutcome.AlreadyReviewed) {
      ctx.fail(HttpProblem.conflict("You have already reviewed this product."));
    } else {
      ctx.fail(noSuchProduct());
    }
  }

  /** A product nobody reviewed, or one that does not exist, has an empty summary: the edge decides about 404s. */
  void summary(RoutingContext ctx) {
    Optional<UUID> productId = productId(ctx);
    if (productId.isEmpty()) {
      JsonBodies.send(ctx, 200, ReviewJson.of(ReviewSummary.EMPTY));
      return;
    }
    reviews.summary(productId.get())
        .onSuccess(summary -> JsonBodies.send(ctx, 200, ReviewJson.of(summary)))
        .onFailure(ctx::fail);
  }

  /** The product id of the path; a malformed id names no product. */
  private static Optional<UUID> productId(RoutingContext ctx) {
    try {
      return Optional.of(UUID.fromString(ctx.pathParam("productId")));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The caller's user id, or a 401 problem when the edge sent none or one that is not a user id. */
  private static UUID userId(Caller caller) {
    String user = caller.requireUser();
    try {
      return UUID.fromString(user);
    } catch (IllegalArgumentException e) {
      throw HttpProblem.unauthorized("The caller is not a known user.");
    }
  }

  private static HttpProblem noSuchProduct() {
    return HttpProblem.notFound("No such product.");
  }
}
