package org.bazaar.recommendations.messaging;

import java.util.List;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import org.bazaar.events.EventTypes;
import org.bazaar.events.common.OrderLine;
import org.bazaar.events.order.OrderConfirmed;
import org.bazaar.platform.events.EventEnvelope;
import org.bazaar.platform.inbox.Inbox;
import org.bazaar.recommendations.CoPurchases;
import org.bazaar.recommendations.ProductPair;
import org.bazaar.recommendations.persistence.CoPurchaseRepository;

/** Learns "bought together" from every confirmed order, once per order event. */
public final class CoPurchaseHandler {

  public static final String TYPE = EventTypes.ORDER_CONFIRMED_V1;

  private final Inbox inbox;
  private final CoPurchaseRepository coPurchases;

  public CoPurchaseHandler(Inbox inbox, CoPurchaseRepository coPurchases) {
    this.inbox = inbox;
    this.coPurchases = coPurchases;
  }

  public Future<Void> handle(EventEnvelope event) {
    // an order of one product pairs nothing: no transaction, no inbox row
    return Payloads.read(event, () -> pairsOf(event.data()))
        .compose(pairs -> pairs.isEmpty() ? Future.<Void>succeededFuture()
            : inbox.once(event, (tx, e) -> coPurchases.count(tx, pairs)));
  }

  /** The product pairs one confirmed order counts for. */
  static List<ProductPair> pairsOf(JsonObject data) {
    return CoPurchases.pairsOf(OrderConfirmed.fromJson(data).lines().stream().map(OrderLine::productId).toList());
  }
}
