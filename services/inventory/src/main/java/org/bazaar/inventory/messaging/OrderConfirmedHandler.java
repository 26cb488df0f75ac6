package org.bazaar.inventory.messaging;

import java.time.Instant;
import java.util.List;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import org.bazaar.events.EventTypes;
import org.bazaar.events.order.OrderConfirmed;
import org.bazaar.events.stock.StockCommitted;
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

/** Commits a held reservation when its order is confirmed: the units leave stock; anything else is a no-op. */
public final class OrderConfirmedHandler {

  private final Inbox inbox;
  private final StockRepository stock;
  private final ReservationRepository reservations;
  private final Outbox outbox;
  private final ReservationMetrics metrics;

  public OrderConfirmedHandler(Inbox inbox, StockRepository stock, ReservationRepository reservations,
      Outbox outbox, ReservationMetrics metrics) {
    this.inbox = inbox;
    this.stock = stock;
    this.reservations = reservations;
    this.outbox = outbox;
    this.metrics = metrics;
  }

  public Future<Void> handle(EventEnvelope event) {
    OrderConfirmed order = OrderConfirmed.fromJson(event.data());
    return metrics.counted(outcome -> inbox.once(event, (tx, e) -> reservations.lock(tx, order.orderId())
        .compose(found -> found.filter(Reservation::isHeld)
            .map(held -> commit(tx, held, e.traceparent()).onSuccess(v -> outcome.set(ReservationMetrics.COMMITTED)))
            .orElse(Future.succeededFuture()))));
  }

  private Future<?> commit(SqlConnection tx, Reservation held, String traceparent) {
    return stock.lockAll(tx, Lines.skus(held.lines())).compose(current -> {
      List<Stock> levels = ReservationPlanner.commit(held.lines(), current);
      StockCommitted committed = new StockCommitted(held.orderId(), StockEvents.quantities(held.lines()),
          StockEvents.levels(levels), Instant.now());
      return stock.save(tx, levels)
          .compose(v -> reservations.updateStatus(tx, held.orderId(), ReservationStatus.COMMITTED))
          .compose(v -> outbox.append(tx, EventTypes.STOCK_COMMITTED_V1, held.orderId().toString(),
              committed.toJson(), traceparent));
    });
  }
}
