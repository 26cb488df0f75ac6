package org.bazaar.orders.messaging;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import org.bazaar.events.EventPayload;
import org.bazaar.orders.Order;
import org.bazaar.orders.OrderSaga;
import org.bazaar.orders.SagaEffect;
import org.bazaar.orders.SagaInput;
import org.bazaar.orders.SagaState;
import org.bazaar.orders.Transition;
import org.bazaar.orders.metrics.SagaMetrics;
import org.bazaar.orders.persistence.OrderRepository;
import org.bazaar.orders.persistence.TimelineRepository;
import org.bazaar.platform.events.EventEnvelope;
import org.bazaar.platform.events.PermanentFailure;
import org.bazaar.platform.outbox.Outbox;

/**
 * Applies one saga input to one order inside the caller's transaction: locks the order row, asks the
 * {@link OrderSaga} what happens, stores the new state and appends the event it emits to the outbox. The event
 * that caused the input and the event emitted both go into the order's timeline in the same transaction.
 */
public final class SagaDriver {

  private final OrderSaga saga;
  private final OrderRepository orders;
  private final TimelineRepository timeline;
  private final Outbox outbox;
  private final SagaMetrics metrics;
  private final Clock clock;

  public SagaDriver(OrderSaga saga, OrderRepository orders, TimelineRepository timeline, Outbox outbox,
      SagaMetrics metrics, Clock clock) {
    this.saga = saga;
    this.orders = orders;
    this.timeline = timeline;
    this.outbox = outbox;
    this.metrics = metrics;
    this.clock = clock;
  }

  /**
   * True if the order changed; fails with {@link PermanentFailure} if there is no such order. {@code cause} is
   * the consumed event behind the input, or null for a deadline.
   */
  public Future<Boolean> advance(SqlConnection tx, UUID orderId, SagaInput input, EventEnvelope cause) {
    return orders.lockForUpdate(tx, orderId).compose(found -> {
      if (found.isEmpty()) {
        return Future.failedFuture(new PermanentFailure("unknown order " + orderId));
      }
      Order order = found.get();
      Instant now = now();
      Transition transition = saga.apply(order.state(), input, now);
      Future<Void> heard = cause == null ? Future.succeededFuture() : timeline.record(tx, orderId, cause);
      return heard.compose(v -> transition.changed()
          ? move(tx, order, transition, now, cause).map(true)
          : Future.succeededFuture(false));
    });
  }

  public Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private Future<Void> move(SqlConnection tx, Order order, Transition transition, Instant now, EventEnvelope cause) {
    SagaState next = transition.state();
    return orders.update(tx, order.id(), next, now)
        .compose(updated -> transition.effect()
            .map(effect -> publish(tx, order, effect, next, now, cause))
            .orElse(Future.succeededFuture()))
        .onSuccess(published -> {
          if (next.status().isTerminal()) {
            metrics.ended(tx, next, order.createdAt(), now);
          }
        });
  }

  private Future<Void> publish(SqlConnection tx, Order order, SagaEffect effect, SagaState next, Instant now,
      EventEnvelope cause) {
    EventPayload event = OrderEvents.of(effect, order, next, now);
    return traceparent(tx, order.id(), cause)
        .compose(traceparent -> outbox.append(tx, event.type(), event.key(), event.toJson(), traceparent))
        .compose(appended -> timeline.record(tx, order.id(), appended));
  }

  /** The trace to continue: the causing event's, or for a deadline the order's own latest one. */
  private Future<String> traceparent(SqlConnection tx, UUID orderId, EventEnvelope cause) {
    return cause != null
        ? Future.succeededFuture(cause.traceparent())
        : timeline.lastTraceparent(tx, orderId).map(last -> last.orElse(null));
  }
}
