package org.bazaar.inventory;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.ext.web.Router;
import org.bazaar.events.EventTypes;
import org.bazaar.inventory.config.InventoryConfig;
import org.bazaar.inventory.http.InventoryRoutes;
import org.bazaar.inventory.messaging.OrderCancelledHandler;
import org.bazaar.inventory.messaging.OrderConfirmedHandler;
import org.bazaar.inventory.messaging.OrderPlacedHandler;
import org.bazaar.inventory.messaging.ProductCreatedHandler;
import org.bazaar.inventory.messaging.ReservationMetrics;
import org.bazaar.inventory.persistence.ReservationRepository;
import org.bazaar.inventory.persistence.StockRepository;
import org.bazaar.platform.config.Env;
import org.bazaar.platform.inbox.Inbox;
import org.bazaar.platform.launch.ServiceDefaults;
import org.bazaar.platform.outbox.Outbox;

/** Wires the inventory service: its repositories, the four event handlers, the admin routes. */
public final class InventoryVerticle extends VerticleBase {

  private final Env env;
  private final PrometheusMeterRegistry registry;
  private ServiceDefaults defaults;

  public InventoryVerticle(Env env, PrometheusMeterRegistry registry) {
    this.env = env;
    this.registry = registry;
  }

  @Override
  public Future<?> start() {
    InventoryConfig config = InventoryConfig.from(env);
    defaults = new ServiceDefaults(vertx, config.service(), registry);
    StockRepository stock = new StockRepository(defaults.pool());
    ReservationRepository reservations = new ReservationRepository();
    Inbox inbox = defaults.inbox(InventoryConfig.NAME);
    Outbox outbox = defaults.outbox();
    ReservationMetrics metrics = new ReservationMetrics(registry);

    // consume
    defaults.consumer()
        .on(EventTypes.PRODUCT_CREATED_V1, new ProductCreatedHandler(inbox, stock)::handle)
        .on(EventTypes.ORDER_PLACED_V1, new OrderPlacedHandler(inbox, stock, reservations, outbox, metrics)::handle)
        .on(EventTypes.ORDER_CONFIRMED_V1,
            new OrderConfirmedHandler(inbox, stock, reservations, outbox, metrics)::handle)
        .on(EventTypes.ORDER_CANCELLED_V1,
            new OrderCancelledHandler(inbox, stock, reservations, outbox, metrics)::handle);

    // serve
    Router router = defaults.router();
    new InventoryRoutes(defaults.pool(), stock, outbox).mount(router);
    return defaults.migrateAndRelay()
        .compose(v -> defaults.startConsumers())
        .compose(v -> defaults.serve(router));
  }

  @Override
  public Future<?> stop() {
    return defaults == null ? Future.succeededFuture() : defaults.close();
  }
}
