package org.bazaar.catalog;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.ext.web.Router;
import org.bazaar.catalog.config.CatalogConfig;
import org.bazaar.catalog.http.CatalogRoutes;
import org.bazaar.catalog.messaging.StockLevelsHandler;
import org.bazaar.catalog.persistence.ProductRepository;
import org.bazaar.platform.config.Env;
import org.bazaar.platform.launch.ServiceDefaults;
import org.bazaar.platform.messaging.EventConsumer;

/** Wires catalog: products in Postgres, their events through the outbox, stock levels from inventory's events. */
public final class CatalogVerticle extends VerticleBase {

  private final Env env;
  private final PrometheusMeterRegistry registry;
  private ServiceDefaults defaults;

  public CatalogVerticle(Env env, PrometheusMeterRegistry registry) {
    this.env = env;
    this.registry = registry;
  }

  @Override
  public Future<?> start() {
    CatalogConfig config = CatalogConfig.from(env);
    defaults = new ServiceDefaults(vertx, config.service(), registry);
    ProductRepository products = new ProductRepository(defaults.pool(), defaults.outbox());

    // consume stock levels
    StockLevelsHandler stock = new StockLevelsHandler(defaults.inbox(CatalogConfig.NAME), products);
    EventConsumer consumer = defaults.consumer();
    StockLevelsHandler.TYPES.forEach(type -> consumer.on(type, stock::handle));

    // declare the routes
    Router router = defaults.router();
    new CatalogRoutes(products, config.currency()).mount(router);

    return defaults.migrateAndRelay()
        .compose(v -> defaults.startConsumers())
        .compose(v -> defaults.serve(router));
  }

  @Override
  public Future<?> stop() {
    return defaults == null ? Future.succeededFuture() : defaults.close();
  }
}
