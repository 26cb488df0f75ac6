package org.bazaar.edge.http;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.openapi.router.RequestExtractor;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import io.vertx.micrometer.PrometheusScrapingHandler;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.validation.RequestValidator;
import org.bazaar.edge.PublicPaths;
import org.bazaar.edge.client.ServiceClients;
import org.bazaar.edge.config.EdgeConfig;
import org.bazaar.platform.health.Health;
import org.bazaar.platform.http.Problems;

/**
 * Composes the edge's router: security and trace headers first, health and metrics, then the OpenAPI
 * operations under {@code /api/v1} behind a body limit, and problem+json for every failure, 404 and 405.
 */
public final class EdgeRouter {

  private EdgeRouter() {
  }

  public static Future<Router> create(Vertx vertx, EdgeConfig config, Health health, PrometheusMeterRegistry registry,
      ServiceClients services, JWTAuth verifier) {
    return Contract.load(vertx).map(loaded -> {
          OpenAPIContract contract = loaded.openApi();
          RouterBuilder builder = RouterBuilder.create(vertx, contract, RequestExtractor.withBodyHandler());
          new EdgeRoutes(services, loaded.document()).mount(builder, new Authenticate(verifier),
              RequestValidator.create(vertx, contract));
          Router api = builder.createRouter();
          api.route().failureHandler(Problems.failureHandler());

          Router router = Router.router(vertx);
          router.route().handler(new EdgeHeaders());
          health.mount(router);
          router.get("/metrics").handler(PrometheusScrapingHandler.create(registry));
          router.route(PublicPaths.PREFIX + "/*").handler(BodyHandler.create(false)
              .setBodyLimit(config.bodyLimitBytes()));
          router.route(PublicPaths.PREFIX + "/*").subRouter(api);
          router.route().last().handler(new NoRoute(contract));
          router.route().failureHandler(Problems.failureHandler());
          return router;
        });
  }
}
