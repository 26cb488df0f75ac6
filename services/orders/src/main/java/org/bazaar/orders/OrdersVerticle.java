package org.bazaar.orders;

import java.time.Clock;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.ext.web.Router;
import org.bazaar.events.EventTypes;
import org.bazaar.orders.config.OrdersConfig;
import org.bazaar.orders.http.OrdersRoutes;
import org.bazaar.orders.messaging.DeadlineSweeper;
import org.bazaar.orders.messaging.ProductCopyHandler;
import org.bazaar.orders.messaging.SagaDriver;
import org.bazaar.orders.messaging.SagaEventHandler;
import org.bazaar.orders.messaging.StockSettledHandler;
import org.bazaar.orders.metrics.SagaMetrics;
import org.bazaar.orders.persistence.IdempotencyKeyExpiry;
import org.bazaar.orders.persistence.IdempotencyRepository;
import org.bazaar.orders.persistence.OrderPlacement;
import org.bazaar.orders.persistence.OrderRepository;
import org.bazaar.orders.persistence.ProductRepository;
import org.bazaar.orders.persistence.TimelineRepository;
import org.bazaar.platform.config.Env;
import org.bazaar.platform.inbox.Inbox;
import org.bazaar.platform.launch.ServiceDefaults;

/**
 * Wires the orders service: product copy, saga and timeline consumers, the deadline sweeper, the expiry of
 * idempotency keys, saga metrics and the HTTP routes.
 */
public final class OrdersVerticle extends VerticleBase {

  private final Env env;
  private final PrometheusMeterRegistry registry;
  private ServiceDefaults defaults;
  private DeadlineSweeper sweeper;
  private IdempotencyKeyExpiry keyExpiry;

  public OrdersVerticle(Env env, PrometheusMeterRegistry registry) {
    this.env = env;
    this.registry = registry;
  }

  @Override
  public Future<?> start() {
    OrdersConfig config = OrdersConfig.from(env);
    defaults = new ServiceDefaults(vertx, config.service(), registry);
    Clock clock = Clock.systemUTC();
    OrderSaga saga = new OrderSaga(config.stockDeadline(), config.paymentDeadline());
    ProductRepository products = new ProductRepository();
    OrderRepository orders = new OrderRepository();
    TimelineRepository timeline = new TimelineRepository();
    SagaMetrics metrics = new SagaMetrics(registry);
    SagaDriver driver = new SagaDriver(saga, orders, timeline, defaults.outbox(), metrics, clock);

    // consumers: the product copy and the saga's answers from inventory and payments
    Inbox inbox = defaults.inbox(OrdersConfig.NAME);
    ProductCopyHandler copy = new ProductCopyHandler(inbox, products);
    SagaEventHandler answers = new SagaEventHandler(inbox, driver);
    StockSettledHandler settled = new StockSettledHandler(inbox, timeline);
    defaults.consumer()
        .on(EventTypes.PRODUCT_CREATED_V1, copy::created)
        .on(EventTypes.PRODUCT_UPDATED_V1, copy::updated)
        .on(EventTypes.PRODUCT_DISCONTINUED_V1, copy::discontinued)
        .on(EventTypes.STOCK_RESERVED_V1, answers::stockReserved)
        .on(EventTypes.STOCK_REJECTED_V1, answers::stockRejected)
        .on(EventTypes.PAYMENT_AUTHORIZED_V1, answers::paymentAuthorized)
        .on(EventTypes.PAYMENT_DECLINED_V1, answers::paymentDeclined)
        .on(EventTypes.STOCK_COMMITTED_V1, settled::committed)
        .on(EventTypes.STOCK_RELEASED_V1, settled::released);

    Router router = defaults.router();
    OrderPlacement placement = new OrderPlacement(defaults.pool(), products, orders, timeline, defaults.outbox(),
        metrics, saga, clock, config.currency());
    new OrdersRoutes(defaults.pool(), orders, timeline, placement).mount(router);
    sweeper = new DeadlineSweeper(vertx, defaults.pool(), orders, driver, registry);
    keyExpiry = new IdempotencyKeyExpiry(vertx, defaults.pool(), new IdempotencyRepository(),
        config.idempotencyRetention(), registry);

    return defaults.migrateAndRelay()                                  // migrate, then relay the outbox
        .compose(v -> defaults.startConsumers())                       // subscribe
        .onSuccess(v -> sweeper.start(config.sweepInterval()))         // cancel orders that ran out of time
        .onSuccess(v -> keyExpiry.start())                             // forget old idempotency keys
        .compose(v -> defaults.serve(router));                         // listen
  }

  @Override
  public Future<?> stop() {
    if (sweeper != null) {
      sweeper.stop();
    }
    if (keyExpiry != null) {
      keyExpiry.stop();
    }
    return defaults == null ? Future.succeededFuture() : defaults.close();
  }
}
