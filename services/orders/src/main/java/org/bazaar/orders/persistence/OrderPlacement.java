package org.bazaar.orders.persistence;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import org.bazaar.events.order.OrderPlaced;
import org.bazaar.orders.Order;
import org.bazaar.orders.OrderRequest;
import org.bazaar.orders.OrderSaga;
import org.bazaar.orders.PricedOrder;
import org.bazaar.orders.Pricing;
import org.bazaar.orders.RequestedItem;
import org.bazaar.orders.messaging.OrderEvents;
import org.bazaar.orders.metrics.SagaMetrics;
import org.bazaar.platform.db.Transactions;
import org.bazaar.platform.outbox.Outbox;

/**
 * Places an order in one transaction: claims the idempotency key, prices the lines from the product copy,
 * inserts the order (pending, awaiting stock, with its deadline) and its lines, and appends order.placed (also to
 * the order's timeline).
 * A rejected order rolls everything back, so no key is left behind and the client may retry with it.
 */
public final class OrderPlacement {

  public static final int ACCEPTED_STATUS = 202;

  private final Pool pool;
  private final IdempotencyRepository keys;
  private final ProductRepository products;
  private final OrderRepository orders;
  private final TimelineRepository timeline;
  private final Outbox outbox;
  private final SagaMetrics metrics;
  private final OrderSaga saga;
  private final Clock clock;
  private final String currency;

  public OrderPlacement(Pool pool, ProductRepository products, OrderRepository orders, TimelineRepository timeline,
      Outbox outbox, SagaMetrics metrics, OrderSaga saga, Clock clock, String currency) {
    this.pool = pool;
    this.keys = new IdempotencyRepository();
    this.products = products;
    this.orders = orders;
    this.timeline = timeline;
    this.outbox = outbox;
    this.metrics = metrics;
    this.saga = saga;
    this.clock = clock;
    this.currency = currency;
  }

  public Future<PlacementOutcome> place(UUID customer, String key, String requestHash, OrderRequest request,
      String traceparent) {
    UUID orderId = UUID.randomUUID();
    StoredAnswer accepted = new StoredAnswer(requestHash, orderId, ACCEPTED_STATUS,
        new JsonObject().put("id", orderId.toString()).put("status", "PENDING"));
    return Transactions.run(pool, tx -> keys.claim(tx, customer, key, accepted).compose(claimed -> claimed
        ? insert(tx, customer, orderId, request, traceparent)
            .map(v -> new PlacementOutcome(PlacementOutcome.Kind.ACCEPTED, accepted))
        : keys.find(tx, customer, key).map(found -> {
          StoredAnswer first = found.orElseThrow(() -> new IllegalStateException("idempotency key vanished"));
          return first.requestHash().equals(requestHash)
              ? new PlacementOutcome(PlacementOutcome.Kind.REPLAYED, first)
              : new PlacementOutcome(PlacementOutcome.Kind.KEY_REUSED, first);
        })));
  }

  private Future<Void> insert(SqlConnection tx, UUID customer, UUID orderId, OrderRequest request,
      String traceparent) {
    List<UUID> ids = request.items().stream().map(RequestedItem::productId).toList();
    return products.find(tx, ids).compose(known -> {
      PricedOrder priced = Pricing.price(request.items(), known, currency);
      Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
      Order order = new Order(orderId, customer, saga.start(now), priced.lines(), priced.totalAmount(),
          priced.currency(), request.paymentToken(), now, now, 1, request.fromCart());
      OrderPlaced placed = OrderEvents.placed(order);
      return orders.insert(tx, order)
          .compose(v -> outbox.append(tx, placed.type(), placed.key(), placed.toJson(), traceparent))
          .compose(appended -> timeline.record(tx, orderId, appended))
          .onSuccess(v -> metrics.placed(tx));
    });
  }
}
