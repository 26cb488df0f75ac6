package org.bazaar.edge.http;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * One part of the product page that another service contributes (reviews and rating, recommendations):
 * fetched through that service's own breaker with a short deadline; when it fails or is late, the page
 * shows {@link #empty()} and names the part in {@code degraded}.
 */
public interface PagePart {

  /** The name listed in {@code degraded} when this part is missing. */
  String name();

  /** The fields this part adds when it could not be fetched, e.g. {@code {"reviews": []}}. */
  JsonObject empty();

  /** The fields this part adds for the product. */
  Future<JsonObject> fetch(RoutingContext ctx, String productId);
}
