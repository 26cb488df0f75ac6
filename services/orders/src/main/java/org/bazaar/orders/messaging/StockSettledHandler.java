package org.bazaar.orders.messaging;

import io.vertx.core.Future;
import org.bazaar.events.stock.StockCommitted;
import org.bazaar.events.stock.StockReleased;
import org.bazaar.orders.persistence.TimelineRepository;
import org.bazaar.platform.events.EventEnvelope;
import org.bazaar.platform.inbox.Inbox;

/**
 * Puts inventory's last word on an order (its reservation committed or released) into the order's timeline,
 * each event once. They change nothing in the saga; an event for an order this service does not know is skipped.
 */
public final class StockSettledHandler {

  private final Inbox inbox;
  private final TimelineRepository timeline;

  public StockSettledHandler(Inbox inbox, TimelineRepository timeline) {
    this.inbox = inbox;
    this.timeline = timeline;
  }

  public Future<Void> committed(EventEnvelope event) {
    return inbox.once(event,
        (tx, e) -> timeline.recordIfOrderKnown(tx, StockCommitted.fromJson(e.data()).orderId(), e));
  }

  public Future<Void> released(EventEnvelope event) {
    return inbox.once(event,
        (tx, e) -> timeline.recordIfOrderKnown(tx, StockReleased.fromJson(e.data()).orderId(), e));
  }
}
