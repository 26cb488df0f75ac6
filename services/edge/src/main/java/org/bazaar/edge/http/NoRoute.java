package org.bazaar.edge.http;

import java.util.stream.Collectors;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.contract.Path;
import org.bazaar.platform.http.Problems;

/**
 * The last handler: a path the contract knows, asked with another method, is 405 with {@code Allow};
 * anything else is 404. (A sub-router loses the router's own 405 detection, so the contract decides.)
 */
final class NoRoute implements Handler<RoutingContext> {

  private final OpenAPIContract contract;

  NoRoute(OpenAPIContract contract) {
    this.contract = contract;
  }

  @Override
  public void handle(RoutingContext ctx) {
    Path path = ctx.request().path().length() > 1 ? contract.findPath(ctx.request().path()) : null;
    if (path == null || path.getOperations().isEmpty()) {
      ctx.fail(404);
      return;
    }
    ctx.response().putHeader("Allow", path.getOperations().stream().map(op -> op.getHttpMethod().name())
        .sorted().collect(Collectors.joining(", ")));
    Problems.send(ctx, Problems.forStatus(405));
  }
}
