package org.bazaar.recommendations.http;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import org.bazaar.platform.http.JsonBodies;
import org.bazaar.recommendations.ListLimit;
import org.bazaar.recommendations.Product;
import org.bazaar.recommendations.persistence.CoPurchaseRepository;
import org.bazaar.recommendations.persistence.HistoryRepository;

/**
 * Answers "bought together" for a product and the browsing history of a shopper. An id this service does
 * not know (or that is no id at all) has no recommendations and no history: 200 with no items.
 */
final class RecommendationHandlers {

  private final CoPurchaseRepository coPurchases;
  private final HistoryRepository history;

  RecommendationHandlers(CoPurchaseRepository coPurchases, HistoryRepository history) {
    this.coPurchases = coPurchases;
    this.history = history;
  }

  void recommendations(RoutingContext ctx) {
    int limit = ListLimit.RECOMMENDATIONS.parse(ctx.queryParams().get(ListLimit.FIELD));
    answer(ctx, uuid(ctx.pathParam("productId")), id -> coPurchases.boughtWith(id, limit));
  }

  void history(RoutingContext ctx) {
    int limit = ListLimit.HISTORY.parse(ctx.queryParams().get(ListLimit.FIELD));
    answer(ctx, uuid(ctx.pathParam("userId")), id -> history.viewedBy(id, limit));
  }

  private static void answer(RoutingContext ctx, Optional<UUID> id, Function<UUID, Future<List<Product>>> query) {
    id.map(query).orElseGet(() -> Future.succeededFuture(List.of()))
        .onSuccess(products -> JsonBodies.send(ctx, 200, ProductJson.items(products)))
        .onFailure(ctx::fail);
  }

  private static Optional<UUID> uuid(String raw) {
    try {
      return Optional.of(UUID.fromString(raw));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
