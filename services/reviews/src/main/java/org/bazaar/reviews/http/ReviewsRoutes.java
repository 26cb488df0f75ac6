package org.bazaar.reviews.http;

import io.vertx.ext.web.Router;
import org.bazaar.reviews.persistence.ReviewRepository;

/** Every route reviews serves, in one place. */
public final class ReviewsRoutes {

  private final ReviewHandlers reviews;

  public ReviewsRoutes(ReviewRepository repository) {
    this.reviews = new ReviewHandlers(repository);
  }

  public void mount(Router router) {
    router.post("/products/:productId/reviews").handler(reviews::post);
    router.get("/products/:productId/reviews/summary").handler(reviews::summary);
  }
}
