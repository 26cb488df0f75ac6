package org.bazaar.cart;

import java.time.Clock;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.ext.web.Router;
import org.bazaar.cart.config.CartConfig;
import org.bazaar.cart.http.CartRoutes;
import org.bazaar.cart.messaging.OrderConfirmedHandler;
import org.bazaar.cart.messaging.ProductCopyHandler;
import org.bazaar.cart.persistence.CartRepository;
import org.bazaar.cart.persistence.CartStore;
import org.bazaar.cart.persistence.ProductCopyRepository;
import org.bazaar.events.EventTypes;
import org.bazaar.platform.config.Env;
import org.bazaar.platform.inbox.Inbox;
import org.bazaar.platform.launch.ServiceDefaults;

/** Wires the cart: carts and the product copy in Postgres, the catalog's and orders' events, the HTTP routes. */
public final class CartVerticle extends VerticleBase {

  private final Env env;
  private final PrometheusMeterRegistry registry;
  private ServiceDefaults defaults;

  public CartVerticle(Env env, PrometheusMeterRegistry registry) {
    this.env = env;
    this.registry = registry;
  }

  @Override
  public Future<?> start() {
    CartConfig config = CartConfig.from(env);
    defaults = new ServiceDefaults(vertx, config.service(), registry);
    ProductCopyRepository products = new ProductCopyRepository();
    CartStore carts = new CartStore(defaults.pool(), new CartRepository(), products, config.currency(),
        Clock.systemUTC());

    // consume the product copy and confirmed orders
    Inbox inbox = defaults.inbox(CartConfig.NAME);
    ProductCopyHandler copy = new ProductCopyHandler(inbox, products);
    OrderConfirmedHandler confirmed = new OrderConfirmedHandler(inbox, carts);
    defaults.consumer()
        .on(EventTypes.PRODUCT_CREATED_V1, copy::created)
        .on(EventTypes.PRODUCT_UPDATED_V1, copy::updated)
        .on(EventTypes.PRODUCT_DISCONTINUED_V1, copy::discontinued)
        .on(EventTypes.ORDER_CONFIRMED_V1, confirmed::handle);

    // declare the routes
    Router router = defaults.router();
    new CartRoutes(carts).mount(router);

    return defaults.migrateAndRelay()                                  // migrate, then relay the outbox
        .compose(v -> defaults.startConsumers())                       // subscribe
        .compose(v -> defaults.serve(router));                         // listen
  }

  @Override
  public Future<?> stop() {
    return defaults == null ? Future.succeededFuture() : defaults.close();
  }
}
