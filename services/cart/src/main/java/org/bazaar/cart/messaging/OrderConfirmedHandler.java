package org.bazaar.cart.messaging;

import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import io.vertx.core.Future;
import org.bazaar.cart.persistence.CartStore;
import org.bazaar.events.common.OrderLine;
import org.bazaar.events.order.OrderConfirmed;
import org.bazaar.platform.events.EventEnvelope;
import org.bazaar.platform.inbox.Inbox;

/**
 * Empties what an order placed from the cart bought: on order.confirmed with {@code fromCart}, each ordered
 * quantity is taken out of the customer's cart line (a line left with none is removed), once per event.
 * Orders not placed from the cart, and cancelled orders, leave the cart alone.
 */
public final class OrderConfirmedHandler {

  private final Inbox inbox;
  private final CartStore carts;

  public OrderConfirmedHandler(Inbox inbox, CartStore carts) {
    this.inbox = inbox;
    this.carts = carts;
  }

  public Future<Void> handle(EventEnvelope event) {
    OrderConfirmed order = OrderConfirmed.fromJson(event.data());
    if (!order.fromCart()) {
      // nothing to do, so nothing to remember either: no transaction for orders placed outside the cart
      return Future.succeededFuture();
    }
    Map<UUID, Integer> ordered = new TreeMap<>();
    for (OrderLine line : order.lines()) {
      ordered.merge(line.productId(), line.quantity(), Integer::sum);
    }
    return inbox.once(event, (tx, e) -> carts.takeOrdered(tx, order.customerId(), ordered));
  }
}
