package org.bazaar.edge.http;

import java.util.Set;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.AllowForwardHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.CorsHandler;
import io.vertx.ext.web.openapi.router.RequestExtractor;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import io.vertx.micrometer.PrometheusScrapingHandler;
import io.vertx.openapi.contract.OpenAPIContract;
import org.bazaar.edge.PublicPaths;
import org.bazaar.edge.config.EdgeConfig;
import org.bazaar.edge.config.WebConfig;
import org.bazaar.platform.health.Health;
import org.bazaar.platform.http.Problems;

/**
 * Composes the edge's router: CORS (only when origins are configured), security and trace headers, health
 * and metrics, then the OpenAPI operations under {@code /api/v1} behind a body limit, and problem+json for
 * every failure, 404 and 405.
 */
public final class EdgeRouter {

  private EdgeRouter() {
  }

  public static Future<Router> create(Vertx vertx, EdgeConfig config, Health health, PrometheusMeterRegistry registry,
      EdgeRoutes routes) {
    return Contract.load(vertx).map(loaded -> {
          OpenAPIContract contract = loaded.openApi();
          RouterBuilder builder = RouterBuilder.create(vertx, contract, RequestExtractor.withBodyHandler());
          routes.mount(builder, loaded.document(), new ContractValidator(vertx, contract));
          Router api = builder.createRouter();
          api.route().failureHandler(Problems.failureHandler());

          Router router = Router.router(vertx);
          if (config.web().trustForwarded()) {
            router.allowForward(AllowForwardHeaders.ALL);
          }
          if (config.web().cors()) {
            CorsHandler cors = cors(config.web());
            Set<String> allowed = Set.copyOf(config.web().corsOrigins());
            // another origin gets no CORS headers (the browser refuses the answer), rather than the handler's 500
            router.route().handler(ctx -> {
              String origin = ctx.request().getHeader("Origin");
              if (origin == null || allowed.contains(origin)) {
                cors.handle(ctx);
              } else {
                ctx.next();
              }
            });
          }
          router.route().handler(new EdgeHeaders(config.web().hsts()));
          health.mount(router);
          router.get("/metrics").handler(PrometheusScrapingHandler.create(registry));
          router.route(PublicPaths.PREFIX + "/*").handler(new MalformedRequests());
          router.route(PublicPaths.PREFIX + "/*").handler(BodyHandler.create(false)
              .setBodyLimit(config.bodyLimitBytes()));
          router.route(PublicPaths.PREFIX + "/*").subRouter(api);
          router.route().last().handler(new NoRoute(contract));
          router.route().failureHandler(Problems.failureHandler());
          // a path that does not decode matches no route, not even the failure handler's
          router.errorHandler(400, ctx -> Problems.send(ctx, Problems.forStatus(400)));
          return router;
        });
  }

  /** Browsers on the configured origins may call the API with a bearer token (no cookies, so no credentials). */
  private static CorsHandler cors(WebConfig web) {
    return CorsHandler.create().addOrigins(web.corsOrigins())
        .allowedMethods(Set.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE))
        .allowedHeaders(Set.of("Authorization", "Content-Type", "Idempotency-Key", "traceparent", "Accept"))
        .exposedHeaders(Set.of("Location", "Retry-After", "WWW-Authenticate", "traceparent"))
        .maxAgeSeconds(600);
  }
}
