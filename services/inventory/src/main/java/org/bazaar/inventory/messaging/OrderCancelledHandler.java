package org.bazaar.inventory.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import org.bazaar.events.EventTypes;
import org.bazaar.events.order.OrderCancelled;
import org.bazaar.events.stock.StockReleased;
import org.bazaar.inventory.Line;
import org.bazaar.inventory.Lines;
import org.bazaar.inventory.Reservation;
import org.bazaar.inventory.ReservationPlanner;
import org.bazaar.inventory.ReservationStatus;
import org.bazaar.inventory.Stock;
import org.bazaar.inventory.persistence.ReservationRepository;
import org.bazaar.inventory.persistence.StockRepository;
import org.bazaar.platform.events.EventEnvelope;
import org.bazaar.platform.inbox.Inbox;
import org.bazaar.platform.outbox.Outbox;

/**
 * Releases a held reservation when its order is cancelled. A cancellation that finds no reservation leaves a
 * RELEASED tombstone, so an order.placed that arrives later never reserves; rejected or committed orders are
 * left alone.
 */
public final class OrderCancelledHandler {

  private final Inbox inbox;
  private final StockRepository stock;
  private final ReservationRepository reservations;
  private final Outbox outbox;
  private final ReservationMetrics metrics;

  public OrderCancelledHandler(Inbox inbox, StockRepository stock, ReservationRepository reservations,
      Outbox outbox, ReservationMetrics metrics) {
    this.inbox = inbox;
    this.stock = stock;
    this.reservations = reservations;
    this.outbox = outbox;
    this.metrics = metrics;
  }

  public Future<Void> handle(EventEnvelope event) {
    OrderCancelled order = OrderCancelled.fromJson(event.data());
    UUID orderId = order.orderId();
    List<Line> lines = StockEvents.requested(order.lines());
    return metrics.counted(outcome -> inbox.once(event, (tx, e) -> reservations.lock(tx, orderId)
        .<Void>compose(found -> {
          if (found.isEmpty()) {
            return reservations.insert(tx, orderId, ReservationStatus.RELEASED, lines);
          }
          Reservation reservation = found.orElseThrow();
          return reservation.isHeld()
              ? release(tx, reservation, e.traceparent()).onSuccess(v -> outcome.set(ReservationMetrics.RELEASED))
              : Future.succeededFuture();
        })));
  }

  private Future<Void> release(SqlConnection tx, Reservation held, String traceparent) {
    return stock.lockAll(tx, Lines.skus(held.lines())).compose(current -> {
      List<Stock> levels = ReservationPlanner.release(held.lines(), current);
      StockReleased released = new StockReleased(held.orderId(), StockEvents.quantities(held.lines()),
          StockEvents.levels(levels), Instant.now());
      return stock.save(tx, levels)
          .compose(v -> reservations.updateStatus(tx, held.orderId(), ReservationStatus.RELEASED))
          .compose(v -> outbox.append(tx, EventTypes.STOCK_RELEASED_V1, held.orderId().toString(),
              released.toJson(), traceparent))
          .mapEmpty();
    });
  }
}
