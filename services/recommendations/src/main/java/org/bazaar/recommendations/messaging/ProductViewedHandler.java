package org.bazaar.recommendations.messaging;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import org.bazaar.events.EventTypes;
import org.bazaar.events.product.ProductViewed;
import org.bazaar.platform.events.EventEnvelope;
import org.bazaar.platform.inbox.Inbox;
import org.bazaar.recommendations.ProductView;
import org.bazaar.recommendations.persistence.HistoryRepository;

/** Adds each product view to the shopper's browsing history, once per view event. */
public final class ProductViewedHandler {

  public static final String TYPE = EventTypes.PRODUCT_VIEWED_V1;

  private final Inbox inbox;
  private final HistoryRepository history;

  public ProductViewedHandler(Inbox inbox, HistoryRepository history) {
    this.inbox = inbox;
    this.history = history;
  }

  public Future<Void> handle(EventEnvelope event) {
    return Payloads.read(event, () -> viewOf(event.data()))
        .compose(view -> inbox.once(event, (tx, e) -> history.record(tx, view)));
  }

  static ProductView viewOf(JsonObject data) {
    ProductViewed viewed = ProductViewed.fromJson(data);
    return new ProductView(viewed.userId(), viewed.productId(), viewed.viewedAt());
  }
}
