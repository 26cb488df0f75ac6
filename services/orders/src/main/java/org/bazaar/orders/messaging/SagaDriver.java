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
import org.bazaar.orders.SagaInput;
import org.bazaar.orders.Transition;
import org.bazaar.orders.persistence.OrderRepository;
import org.bazaar.platform.events.PermanentFailure;
import org.bazaar.platform.outbox.Outbox;

/**
 * Applies one saga input to one order inside the caller's transaction: locks the order row, asks the
 * {@link OrderSaga} what happens, stores the new state and appends the event it emits to the outbox.
 */
public final class SagaDriver {

  private final OrderSaga saga;
  private final OrderRepository orders;
  private final Outbox outbox;
  private final Clock clock;

  public SagaDriver(OrderSaga saga, OrderRepository orders, Outbox outbox, Clock clock) {
    this.saga = saga;
    this.orders = orders;
    this.outbox = outbox;
    this.clock = clock;
  }

  /** True if the order changed; fails with {@link PermanentFailure} if there is no such order. */
  public Future<Boolean> advance(SqlConnection tx, UUID orderId, SagaInput input, String traceparent) {
    return orders.lockForUpdate(tx, orderId).compose(found -> {
      if (found.isEmpty()) {
        return Future.failedFuture(new PermanentFailure("unknown order " + orderId));
      }
      Order order = found.get();
      Instant now = now();
      Transition transition = saga.apply(order.state(), input, now);
      if (!transition.changed()) {
        return Future.succeededFuture(false);
      }
      return orders.update(tx, orderId, transition.state(), now)
          .compose(updated -> transition.effect().map(effect -> {
            EventPayload event = OrderEvents.of(effect, order, transition.state(), now);
            return outbox.append(tx, event.type(), event.key(), event.toJson(), traceparent).mapEmpty();
          }).orElse(Future.succeededFuture()))
          .map(true);
    });
  }

  public Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
