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
import org.bazaar.edge.http.EdgeRouter;
import org.bazaar.edge.http.Readiness;
import org.bazaar.platform.config.Env;
import org.bazaar.platform.discovery.Discovery;
import org.bazaar.platform.health.Health;
import org.bazaar.platform.security.Jwt;

/** Wires the edge: settings, token verifier, discovery, one breaker-guarded client per service, the router. */
public final class EdgeVerticle extends VerticleBase {

  private static final Logger LOG = LogManager.getLogger(EdgeVerticle.class);

  private final Env env;
  private final PrometheusMeterRegistry registry;
  private Discovery discovery;
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
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    Health health = new Health(vertx);
    return Discovery.create(vertx, env, EdgeConfig.SERVICES)              // service endpoints
        .compose(found -> {
          discovery = found;
          ServiceClients services = new ServiceClients(vertx, found, config, registry);
          Readiness.register(health, services, config.readinessTimeout());
          return EdgeRouter.create(vertx, config, health, registry, services, Jwt.verifier(vertx, config.jwt()));
        })
        .compose(router -> vertx.createHttpServer(new HttpServerOptions()  // listen
                .setHost(config.httpHost()).setPort(config.httpPort()))
            .requestHandler(router)
            .listen())
        .onSuccess(listening -> {
          server = listening;
          LOG.info("edge listening on {}:{}", config.httpHost(), listening.actualPort());
        });
  }

  @Override
  public Future<?> stop() {
    Future<Void> http = server == null ? Future.succeededFuture() : server.shutdown();
    return http.eventually(() -> {
      if (discovery != null) {
        discovery.close();
      }
      return Future.succeededFuture();
    });
  }
}
