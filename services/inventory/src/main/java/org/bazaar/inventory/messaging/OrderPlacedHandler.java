package org.bazaar.inventory.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import org.bazaar.events.EventTypes;
import org.bazaar.events.order.OrderPlaced;
import org.bazaar.events.stock.RejectionReason;
import org.bazaar.events.stock.Shortage;
import org.bazaar.events.stock.StockRejected;
import org.bazaar.events.stock.StockReserved;
import org.bazaar.inventory.Line;
import org.bazaar.inventory.Lines;
import org.bazaar.inventory.RejectAll;
import org.bazaar.inventory.ReservationDecision;
import org.bazaar.inventory.ReservationPlanner;
import org.bazaar.inventory.ReservationStatus;
import org.bazaar.inventory.ReserveAll;
import org.bazaar.inventory.persistence.ReservationRepository;
import org.bazaar.inventory.persistence.StockRepository;
import org.bazaar.platform.events.EventEnvelope;
import org.bazaar.platform.inbox.Inbox;
import org.bazaar.platform.outbox.Outbox;

/**
 * Reserves every line of a placed order or none, in one transaction with the inbox record: locks the SKUs'
 * stock rows in SKU order, decides, writes the levels and the reservation, and appends stock.reserved or
 * stock.rejected to the outbox. An order that already has a reservation row (even a release tombstone) is left
 * alone.
 */
public final class OrderPlacedHandler {

  private final Inbox inbox;
  private final StockRepository stock;
  private final ReservationRepository reservations;
  private final Outbox outbox;
  private final ReservationMetrics metrics;

  public OrderPlacedHandler(Inbox inbox, StockRepository stock, ReservationRepository reservations, Outbox outbox,
      ReservationMetrics metrics) {
    this.inbox = inbox;
    this.stock = stock;
    this.reservations = reservations;
    this.outbox = outbox;
    this.metrics = metrics;
  }

  public Future<Void> handle(EventEnvelope event) {
    OrderPlaced order = OrderPlaced.fromJson(event.data());
    List<Line> requested = StockEvents.requested(order.lines());
    return metrics.counted(outcome -> inbox.once(event, (tx, e) -> reservations.find(tx, order.orderId())
        .compose(existing -> existing.isPresent() ? Future.succeededFuture()
            : stock.lockAll(tx, Lines.skus(requested)).compose(current -> {
              ReservationDecision decision = ReservationPlanner.decide(requested, current);
              outcome.set(ReservationMetrics.outcomeOf(decision));
              return apply(tx, order.orderId(), decision, e.traceparent());
            }))));
  }

  private Future<?> apply(SqlConnection tx, UUID orderId, ReservationDecision decision, String traceparent) {
    if (decision instanceof ReserveAll reserve) {
      StockReserved reserved = new StockReserved(orderId, StockEvents.quantities(reserve.lines()),
          StockEvents.levels(reserve.levels()), Instant.now());
      return stock.save(tx, reserve.levels())
          .compose(v -> reservations.insert(tx, orderId, ReservationStatus.RESERVED, reserve.lines()))
          .compose(v -> outbox.append(tx, EventTypes.STOCK_RESERVED_V1, orderId.toString(), reserved.toJson(),
              traceparent));
    }
    RejectAll reject = (RejectAll) decision;
    StockRejected rejected = new StockRejected(orderId, RejectionReason.valueOf(reject.cause().name()),
        reject.shortages().stream().map(s -> new Shortage(s.sku(), s.requested(), s.available())).toList(),
        Instant.now());
    return reservations.insert(tx, orderId, ReservationStatus.REJECTED, reject.lines())
        .compose(v -> outbox.append(tx, EventTypes.STOCK_REJECTED_V1, orderId.toString(), rejected.toJson(),
            traceparent));
  }
}
