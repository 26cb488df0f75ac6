package org.bazaar.reviews;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.ext.web.Router;
import org.bazaar.events.EventTypes;
import org.bazaar.platform.config.Env;
import org.bazaar.platform.inbox.Inbox;
import org.bazaar.platform.launch.ServiceDefaults;
import org.bazaar.platform.messaging.EventConsumer;
import org.bazaar.reviews.config.ReviewsConfig;
import org.bazaar.reviews.http.ReviewsRoutes;
import org.bazaar.reviews.messaging.OrderConfirmedHandler;
import org.bazaar.reviews.messaging.ProductCopyHandler;
import org.bazaar.reviews.messaging.UserRegisteredHandler;
import org.bazaar.reviews.persistence.CopyRepository;
import org.bazaar.reviews.persistence.ReviewRepository;

/**
 * Wires reviews: reviews and rating totals in Postgres, review.posted through the outbox, and copies of
 * products, users and purchases built from catalog's, identity's and orders' events.
 */
public final class ReviewsVerticle extends VerticleBase {

  private final Env env;
  private final PrometheusMeterRegistry registry;
  private ServiceDefaults defaults;

  public ReviewsVerticle(Env env, PrometheusMeterRegistry registry) {
    this.env = env;
    this.registry = registry;
  }

  @Override
  public Future<?> start() {
    ReviewsConfig config = ReviewsConfig.from(env);
    defaults = new ServiceDefaults(vertx, config.service(), registry);
    ReviewRepository reviews = new ReviewRepository(defaults.pool(), defaults.outbox());
    CopyRepository copies = new CopyRepository();

    // consume products, users and purchases
    Inbox inbox = defaults.inbox(ReviewsConfig.NAME);
    ProductCopyHandler products = new ProductCopyHandler(inbox, copies);
    EventConsumer consumer = defaults.consumer();
    ProductCopyHandler.TYPES.forEach(type -> consumer.on(type, products::handle));
    consumer.on(EventTypes.USER_REGISTERED_V1, new UserRegisteredHandler(inbox, copies)::handle);
    consumer.on(EventTypes.ORDER_CONFIRMED_V1, new OrderConfirmedHandler(inbox, copies)::handle);

    // declare the routes
    Router router = defaults.router();
    new ReviewsRoutes(reviews).mount(router);

    return defaults.migrateAndRelay()
        .compose(v -> defaults.startConsumers())
        .compose(v -> defaults.serve(router));
  }

  @Override
  public Future<?> stop() {
    return defaults == null ? Future.succeededFuture() : defaults.close();
  }
}
