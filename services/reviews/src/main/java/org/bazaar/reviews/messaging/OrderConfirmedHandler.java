package org.bazaar.reviews.messaging;

import java.util.List;
import java.util.UUID;

import io.vertx.core.Future;
import org.bazaar.events.common.OrderLine;
import org.bazaar.events.order.OrderConfirmed;
import org.bazaar.platform.events.EventEnvelope;
import org.bazaar.platform.inbox.Inbox;
import org.bazaar.reviews.persistence.CopyRepository;

/** Learns who bought what from orders' order.confirmed: every line's product, bought by the order's customer. */
public final class OrderConfirmedHandler {

  private final Inbox inbox;
  private final CopyRepository copies;

  public OrderConfirmedHandler(Inbox inbox, CopyRepository copies) {
    this.inbox = inbox;
    this.copies = copies;
  }

  public Future<Void> handle(EventEnvelope event) {
    OrderConfirmed order = EventReading.read(event, OrderConfirmed::fromJson);
    return inbox.once(event, (tx, e) -> copies.purchased(tx, order.customerId(), productIds(order)));
  }

  /** The distinct products of the order, sorted (a stable order for the rows it writes). */
  static List<UUID> productIds(OrderConfirmed order) {
    return order.lines().stream().map(OrderLine::productId).distinct().sorted().toList();
  }
}
