package org.bazaar.edge;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.bazaar.edge.client.ServiceClients;
import org.bazaar.edge.config.EdgeConfig;
import org.bazaar.edge.http.DeadLetterRoutes;
import org.bazaar.edge.http.EdgeRouter;
import org.bazaar.edge.http.EdgeRoutes;
import org.bazaar.edge.http.InvalidRequests;
import org.bazaar.edge.http.RateLimits;
import org.bazaar.edge.http.Readiness;
import org.bazaar.edge.http.VerifiedTokens;
import org.bazaar.edge.messaging.OrderFeed;
import org.bazaar.edge.messaging.ViewRecorder;
import org.bazaar.platform.config.Env;
import org.bazaar.platform.discovery.Discovery;
import org.bazaar.platform.health.Health;
import org.bazaar.platform.security.Jwt;

/**
 * Wires the edge: settings, token verifier, discovery, one breaker-guarded client per service, rate limits,
 * the product view recorder, the one order-status consumer and its watchers, the router.
 */
public final class EdgeVerticle extends VerticleBase {

  private static final Logger LOG = LogManager.getLogger(EdgeVerticle.class);

  private final Env env;
  private final PrometheusMeterRegistry registry;
  private final OrderWatchers watchers = new OrderWatchers();
  private Discovery discovery;
  private ViewRecorder views;
  private OrderFeed feed;
  private DeadLetterRoutes deadLetters;
  private RateLimits limits;
  private HttpServer server;

  public EdgeVerticle(Env env, PrometheusMeterRegistry registry) {
    this.env = env;
    this.registry = registry;
  }

  @Override
  public Future<?> start() {
    EdgeConfig config;
    try {
      config = EdgeConfig.from(env);                                      // validated settings
      views = new ViewRecorder(vertx, config.kafkaBootstrapServers(), config.viewQueue(), registry);
      feed = new OrderFeed(vertx, config.kafkaBootstrapServers(), watchers, registry);
      deadLetters = new DeadLetterRoutes(vertx, config.kafkaBootstrapServers());
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    limits = new RateLimits(vertx, config.rateLimits(), registry);
    limits.start();
    Health health = new Health(vertx);
    return Discovery.create(vertx, env, EdgeConfig.SERVICES)              // service endpoints
        .compose(found -> {
          discovery = found;
          ServiceClients services = new ServiceClients(vertx, found, config, registry);
          Readiness.register(health, services, config.readinessTimeout());
          return EdgeRouter.create(vertx, config, health, registry, deadLetters.register(new EdgeRoutes(vertx, config,
              services, views, watchers, limits, new VerifiedTokens(Jwt.verifier(vertx, config.jwt())))));
        })
        .compose(router -> feed.start().map(router))                     // order status feed
        .compose(router -> vertx.createHttpServer(new HttpServerOptions()  // listen
                .setHost(config.httpHost()).setPort(config.httpPort()))
            .requestHandler(router)
            .invalidRequestHandler(new InvalidRequests())             // problem+json for unreadable HTTP
            .listen())
        .onSuccess(listening -> {
          server = listening;
          LOG.info("edge listening on {}:{}", config.httpHost(), listening.actualPort());
        })
        .onFailure(failure -> stop());                                    // release what was opened
  }

  @Override
  public Future<?> stop() {
    watchers.shutdown();                                                  // end the live streams first
    Future<Void> http = server == null ? Future.succeededFuture() : server.shutdown();
    return http
        .eventually(() -> feed == null ? Future.succeededFuture() : feed.stop())
        .eventually(() -> views == null ? Future.succeededFuture() : views.close())
        .eventually(() -> deadLetters == null ? Future.succeededFuture() : deadLetters.close())
        .eventually(() -> {
          if (limits != null) {
            limits.stop();
          }
          if (discovery != null) {
            discovery.close();
          }
          return Future.succeededFuture();
        });
  }
}
