package org.bazaar.recommendations;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.ext.web.Router;
import org.bazaar.platform.config.Env;
import org.bazaar.platform.inbox.Inbox;
import org.bazaar.platform.launch.ServiceDefaults;
import org.bazaar.platform.messaging.EventConsumer;
import org.bazaar.recommendations.config.RecommendationsConfig;
import org.bazaar.recommendations.http.RecommendationsRoutes;
import org.bazaar.recommendations.messaging.CoPurchaseHandler;
import org.bazaar.recommendations.messaging.ProductCopyHandler;
import org.bazaar.recommendations.messaging.ProductViewedHandler;
import org.bazaar.recommendations.messaging.StockLevelsHandler;
import org.bazaar.recommendations.persistence.CoPurchaseRepository;
import org.bazaar.recommendations.persistence.HistoryRepository;
import org.bazaar.recommendations.persistence.ProductRepository;

/**
 * Wires recommendations: a copy of the catalog and its stock levels, co-purchase counts from confirmed
 * orders and browsing histories from product views, all built from events and served over HTTP.
 */
public final class RecommendationsVerticle extends VerticleBase {

  private final Env env;
  private final PrometheusMeterRegistry registry;
  private ServiceDefaults defaults;

  public RecommendationsVerticle(Env env, PrometheusMeterRegistry registry) {
    this.env = env;
    this.registry = registry;
  }

  @Override
  public Future<?> start() {
    RecommendationsConfig config = RecommendationsConfig.from(env);
    defaults = new ServiceDefaults(vertx, config.service(), registry);
    ProductRepository products = new ProductRepository();
    CoPurchaseRepository coPurchases = new CoPurchaseRepository(defaults.pool());
    HistoryRepository history = new HistoryRepository(defaults.pool(), config.historySize());

    // consume products, stock levels, confirmed orders and product views
    Inbox inbox = defaults.inbox(RecommendationsConfig.NAME);
    EventConsumer consumer = defaults.consumer();
    ProductCopyHandler copies = new ProductCopyHandler(inbox, products);
    ProductCopyHandler.TYPES.forEach(type -> consumer.on(type, copies::handle));
    StockLevelsHandler stock = new StockLevelsHandler(inbox, products);
    StockLevelsHandler.TYPES.forEach(type -> consumer.on(type, stock::handle));
    consumer.on(CoPurchaseHandler.TYPE, new CoPurchaseHandler(inbox, coPurchases)::handle);
    consumer.on(ProductViewedHandler.TYPE, new ProductViewedHandler(inbox, history)::handle);

    // declare the routes
    Router router = defaults.router();
    new RecommendationsRoutes(coPurchases, history).mount(router);

    return defaults.migrateAndRelay()
        .compose(v -> defaults.startConsumers())
        .compose(v -> defaults.serve(router));
  }

  @Override
  public Future<?> stop() {
    return defaults == null ? Future.succeededFuture() : defaults.close();
  }
}
