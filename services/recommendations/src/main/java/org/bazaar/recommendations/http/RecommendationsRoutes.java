package org.bazaar.recommendations.http;

import io.vertx.ext.web.Router;
import org.bazaar.recommendations.persistence.CoPurchaseRepository;
import org.bazaar.recommendations.persistence.HistoryRepository;

/** Every route recommendations serves, in one place. */
public final class RecommendationsRoutes {

  private final RecommendationHandlers handlers;

  public RecommendationsRoutes(CoPurchaseRepository coPurchases, HistoryRepository history) {
    this.handlers = new RecommendationHandlers(coPurchases, history);
  }

  public void mount(Router router) {
    router.get("/products/:productId/recommendations").handler(handlers::recommendations);
    router.get("/history/:userId").handler(handlers::history);
  }
}
